import { Command, CommanderError, Option } from 'commander';
import { auditListCommand, auditPurgeCommand } from '../audit/audit.command.js';
import { loadConfig, type Config } from '../config/config.js';
import { DATABASE_WAIT_MS, openDatabase, type Database, type DatabaseOptions } from '../db/database.js';
import { shutdownTracing } from '../observability/tracing.js';
import { DomainError } from '../services/errors.js';
import { PROFILES, type Profile } from '../services/validation.service.js';
import { adminCreateCommand } from './admin.command.js';
import { exportCommand } from './export.command.js';
import { generateCommand } from './generate.command.js';
import { loadPiiCipher } from '../crypto/pii-cipher.js';
import { importCommand } from './import.command.js';
import { clientCreateCommand, clientListCommand, clientRevokeCommand } from './client.command.js';
import { encryptionRotateCommand, keysRotateCommand } from './keys.command.js';
import { EXIT, failure, print, type Outcome } from './output.js';
import { tenantCreateCommand, tenantListCommand } from './tenant.command.js';
import { validateCommand, type ReportFormat } from './validate.command.js';
import { migrateCommand } from './migrate.command.js';
import { workersOption } from './serve.command.js';
import { workerCommand } from './worker.command.js';

const argv = process.argv;
/** `--format json` (validate) asks for JSON as much as `--json` does, failures included. */
const wantsJson =
  argv.includes('--json') ||
  argv.includes('--format=json') ||
  argv.some((a, i) => a === '--format' && argv[i + 1] === 'json');

async function run(action: () => Promise<Outcome>): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = await action();
  } catch (err) {
    outcome = failure(err);
  }
  print(outcome, wantsJson);
}

/** Validates the configuration once and opens the database it names, for the command's duration. */
async function withDatabase(
  fn: (db: Database, config: Config) => Promise<Outcome>,
  opts: DatabaseOptions = {},
): Promise<Outcome> {
  const config = loadConfig();
  const db = await openDatabase(config.database, opts);
  try {
    return await fn(db, config);
  } finally {
    await db.close();
  }
}

const program = new Command('rosterhub')
  .description('RosterHub: OneRoster 1.2 Japan Profile roster hub')
  .exitOverride()
  .configureOutput({ writeErr: (s) => (wantsJson ? undefined : process.stderr.write(s)) });

function positiveInt(v: string): number {
  const n = Number(v);
  if (!/^[1-9][0-9]{0,2}$/.test(v))
    throw new CommanderError(2, 'rosterhub.invalidNumber', `not a positive integer: ${v}`);
  return n;
}

function portNumber(v: string): number {
  const n = Number(v);
  if (!/^[0-9]{1,5}$/.test(v) || n > 65535)
    throw new CommanderError(2, 'rosterhub.invalidPort', `not a TCP port: ${v}`);
  return n;
}

const json = () => new Option('--json', 'print exactly one JSON object on stdout');
const profile = () =>
  new Option('--profile <profile>', 'validation profile').choices(PROFILES).default('japan');

program
  .command('validate')
  .description('validate a bundle (zip or folder) without a database')
  .argument('<bundle>')
  .addOption(
    new Option('--format <format>', 'report format (csv: for spreadsheets, UTF-8 with BOM)')
      .choices(['text', 'json', 'csv'])
      .default('text'),
  )
  .addOption(profile())
  .addOption(json())
  .action((bundle: string, o: { format: string; profile: Profile; json?: boolean }) =>
    run(() => validateCommand(bundle, o.profile, o.format as ReportFormat, loadConfig().limits)),
  );

program
  .command('import')
  .description('import a bundle into a tenant (created on first use)')
  .argument('<bundle>')
  .requiredOption('--tenant <slug>', 'tenant slug')
  .option('--dry-run', 'validate against the store without writing', false)
  .addOption(
    new Option(
      '--profile <profile>',
      "validation profile (default: the tenant's setting, else japan)",
    ).choices(PROFILES),
  )
  .addOption(json())
  .action((bundle: string, o: { tenant: string; dryRun: boolean; profile?: Profile; json?: boolean }) =>
    run(() =>
      withDatabase(async (db, config) =>
        importCommand(db, bundle, {
          tenant: o.tenant,
          dryRun: o.dryRun,
          profile: o.profile,
          json: !!o.json,
          limits: config.limits,
          pii: await loadPiiCipher(config),
        }),
      ),
    ),
  );

program
  .command('export')
  .description("write a tenant's store as a Japan Profile bundle (zip)")
  .requiredOption('--tenant <slug>', 'tenant slug')
  .requiredOption('--out <zip>', 'output zip file')
  .addOption(profile())
  .option('--include-deleted', 'write a delta bundle that also carries tobedeleted records', false)
  .addOption(json())
  .action((o: { tenant: string; out: string; profile: Profile; includeDeleted: boolean }) =>
    run(() => withDatabase((db, config) => exportCommand(db, o, config))),
  );

const tenant = program.command('tenant').description('manage tenants');
tenant
  .command('create')
  .argument('<slug>')
  .option('--name <name>', 'display name')
  .addOption(json())
  .action((slug: string, o: { name?: string }) =>
    run(() => withDatabase((db) => tenantCreateCommand(db, slug, o.name))),
  );
tenant
  .command('list')
  .addOption(json())
  .action(() => run(() => withDatabase((db) => tenantListCommand(db))));

const client = program.command('client').description('manage OAuth API clients of a tenant');
client
  .command('create')
  .requiredOption('--tenant <slug>', 'tenant slug')
  .option('--scopes <scopes>', 'comma-separated scopes (default: all three rostering scopes)')
  .option('--name <name>', 'display name')
  .option('--roles <roles>', 'comma-separated admin-API roles (uploader: may send bundles); none by default')
  .addOption(json())
  .action((o: { tenant: string; scopes?: string; name?: string; roles?: string }) =>
    run(() => withDatabase((db, config) => clientCreateCommand(db, config, o))),
  );
client
  .command('list')
  .requiredOption('--tenant <slug>', 'tenant slug')
  .addOption(json())
  .action((o: { tenant: string }) =>
    run(() => withDatabase((db, config) => clientListCommand(db, config, o.tenant))),
  );
client
  .command('revoke')
  .argument('<clientId>')
  .addOption(json())
  .action((id: string) => run(() => withDatabase((db, config) => clientRevokeCommand(db, config, id))));

const admin = program.command('admin').description('manage admin users (admin UI and API)');
admin
  .command('create')
  .description('create an admin user with a one-time password (printed once)')
  .requiredOption('--email <email>', 'email address (sign-in name)')
  .option('--platform', 'a platform administrator (manages tenants)', false)
  .addOption(json())
  .action((o: { email: string; platform: boolean }) =>
    run(() => withDatabase((db, config) => adminCreateCommand(db, config, o))),
  );

const keys = program.command('keys').description('manage token signing and PII encryption keys');
keys
  .command('rotate')
  .description(
    'add a new signing key to the embedded key file (older keys still verify); with --encryption: ' +
      'add a PII encryption key (embedded file) and re-encrypt every tenant in batches',
  )
  .option('--signing', 'rotate the token signing key (the default)')
  .option('--encryption', 'rotate the PII encryption key and re-encrypt stored personal data')
  .option('--reencrypt-only', 'with --encryption: add no key, only bring every value to the newest key')
  .option('--batch-size <n>', 'with --encryption: rows per transaction', '5000')
  .addOption(json())
  .action((o: { signing?: boolean; encryption?: boolean; reencryptOnly?: boolean; batchSize: string }) => {
    if (o.signing && o.encryption) {
      return run(() =>
        Promise.reject(
          new DomainError(
            'invalid_input',
            'Choose one of --signing and --encryption',
            '--signing と --encryption のどちらか一方を指定してください',
          ),
        ),
      );
    }
    if (!o.encryption) return run(() => keysRotateCommand(loadConfig()));
    const batchSize = Number(o.batchSize);
    return run(() =>
      withDatabase((db, config) =>
        encryptionRotateCommand(db, config, {
          reencryptOnly: !!o.reencryptOnly,
          batchSize: Number.isInteger(batchSize) && batchSize > 0 ? batchSize : 5000,
        }),
      ),
    );
  });

const audit = program.command('audit').description('query and purge the audit log');
audit
  .command('purge')
  .description('delete audit events older than RH_AUDIT_RETENTION_DAYS (default 5 years)')
  .addOption(json())
  .action(() => run(() => withDatabase((db, config) => auditPurgeCommand(db, config.audit.retentionDays))));
audit
  .command('list')
  .description("a tenant's audit events, newest first")
  .requiredOption('--tenant <slug>', 'tenant slug')
  .option('--since <date>', 'events at or after this date/time (ISO 8601)')
  .option('--until <date>', 'events before this date/time (ISO 8601)')
  .option('--kind <kind...>', 'event kinds (e.g. api.request, auth.*, import.record)')
  .option('--limit <n>', 'most events to print', '100')
  .addOption(
    new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'),
  )
  .addOption(json())
  .action(
    (o: {
      tenant: string;
      since?: string;
      until?: string;
      kind?: string[];
      limit: string;
      format: 'text' | 'json' | 'csv';
    }) => run(() => withDatabase((db) => auditListCommand(db, o))),
  );

program
  .command('serve')
  .description('run the HTTP server (REST API, admin API and UI) until SIGTERM/SIGINT')
  .addOption(
    new Option(
      '--workers <n>',
      'API processes (a number, or auto: one per core; more than 1 needs DATABASE_URL)',
    )
      .argParser(workersOption)
      .default(1),
  )
  .addOption(json())
  .action(async (o: { workers: number }) => {
    // The server owns the process until it stops (and exits itself); failures to start are reported here.
    try {
      const { runServe } = await import('../lifecycle/cluster.js');
      await runServe(loadConfig(), o.workers, { onStopped: shutdownTracing });
    } catch (err) {
      print(failure(err), wantsJson);
    }
  });

program
  .command('migrate')
  .description('apply pending database migrations and exit (API processes also do on start)')
  .addOption(json())
  .action(() => run(() => migrateCommand(loadConfig())));

program
  .command('worker')
  .description('run upload jobs from the shared queue (needs DATABASE_URL and REDIS_URL) until SIGTERM')
  .addOption(
    new Option('--concurrency <n>', 'uploads run at once (default RH_JOB_CONCURRENCY)').argParser(
      positiveInt,
    ),
  )
  .addOption(
    new Option(
      '--metrics-port <port>',
      'serve /health/live, /health/ready and /metrics on this port (HOST address)',
    ).argParser(portNumber),
  )
  .addOption(json())
  .action((o: { concurrency?: number; metricsPort?: number }) =>
    run(() =>
      withDatabase(
        (db, config) =>
          workerCommand(config, db, { concurrency: o.concurrency, metricsPort: o.metricsPort }).finally(
            shutdownTracing,
          ),
        { waitForServerMs: DATABASE_WAIT_MS },
      ),
    ),
  );

program
  .command('generate')
  .description('write a realistic, valid Japan Profile bundle (deterministic for a seed)')
  .requiredOption('--out <path>', 'output folder, or a path ending in .zip')
  .option('--schools <n>', 'number of schools', '2')
  .option('--students <n>', 'number of students', '200')
  .option('--seed <seed>', 'random seed', '1')
  .addOption(new Option('--layout <layout>', 'users.csv layout').choices(['jp12', 'jp121']).default('jp121'))
  .addOption(json())
  .action((o: { out: string; schools: string; students: string; seed: string; layout: 'jp12' | 'jp121' }) =>
    run(() => generateCommand(o)),
  );

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    const ok = err.exitCode === 0;
    if (!ok && wantsJson)
      print(
        { exitCode: EXIT.unusable, json: { error: { code: 'usage', message: err.message } }, text: '' },
        true,
      );
    process.exitCode = ok ? EXIT.ok : EXIT.unusable;
  } else {
    print(failure(err), wantsJson);
  }
}
