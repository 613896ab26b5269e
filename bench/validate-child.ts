/** One validation in a fresh process; prints one JSON line. Usage: tsx bench/validate-child.ts <bundle> <profile> */
import { validateBundle, type Profile } from '../src/services/validation.service.js';

const [bundle, profile] = process.argv.slice(2);
const started = performance.now();
const r = await validateBundle(bundle!, profile as Profile);
const wallMs = performance.now() - started;
const rows = Object.values(r.counts).reduce((a, b) => a + b, 0);
process.stdout.write(
  `${JSON.stringify({ valid: r.valid, errors: r.errorCount, rows, wallMs, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
