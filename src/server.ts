import { loadConfig } from './config/config.js';
import { startTracing } from './observability/tracing.js';

// `npm start` = `rosterhub serve`: one API process (see src/lifecycle for shutdown and cluster mode).
const config = loadConfig();
// Before the app's modules load: instrumentation must hook http, pg and ioredis before first use.
const tracing = await startTracing(config);
const { runServe } = await import('./lifecycle/cluster.js');
await runServe(config, 1, { onStopped: () => tracing.shutdown() });
