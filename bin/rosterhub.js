#!/usr/bin/env node
import process from 'node:process';
// The CLI runs from the compiled build (made by `npm install` through the prepare script).
// Long-running commands start tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) before the rest of
// the code loads, so that http, pg and ioredis are instrumented; a bad configuration is left for
// the command itself to report.
if (['serve', 'worker'].includes(process.argv[2] ?? '')) {
  try {
    const { loadConfig } = await import('../dist/config/config.js');
    await (await import('../dist/observability/tracing.js')).startTracing(loadConfig());
  } catch {
    // reported by the command
  }
}
await import('../dist/cli/main.js');
