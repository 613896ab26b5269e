#!/usr/bin/env node
// The CLI runs from the compiled build (made by `npm install` through the prepare script).
await import('../dist/cli/main.js');
