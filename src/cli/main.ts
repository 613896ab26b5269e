import { Command, CommanderError, Option } from 'commander';
import { loadConfig, type Config } from '../config/config.js';
import { openDatabase, type Database } from '../db/database.js';
import { PROFILES, type Profile } from '../services/validation.service.js';
import { exportCommand } from './export.command.js';
import { generateCommand } from './generate.command.js';
import { importCommand } from './import.command.js';
import { clientCreateCommand, clientListCommand, clientRevokeCommand } from './client.command.js';
import { keysRotateCommand } from './keys.command.js';
import { EXIT, failure, print, type Outcome } from './output.js';
import { tenantCreateCommand, tenantListCommand } from './tenant.command.js';
import { validateCommand, type ReportFormat } from './validate.command.js';

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
async function withDatabase(fn: (db: Database, config: Config) => Promise<Outcome>): Promise<Outcome> {
  const config = loadConfig();
  const db = await openDatabase(config.database);
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
  .addOption(profile())
  .addOption(json())
  .action((bundle: string, o: { tenant: string; dryRun: boolean; profile: Profile; json?: boolean }) =>
    run(() =>
      withDatabase((db, config) =>
        importCommand(db, bundle, {
          tenant: o.tenant,
          dryRun: o.dryRun,
          profile: o.profile,
          json: !!o.json,
          limits: config.limits,
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
    run(() => withDatabase((db) => exportCommand(db, o))),
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
  .addOption(json())
  .action((o: { tenant: string; scopes?: string; name?: string }) =>
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

const keys = program.command('keys').description('manage token signing keys');
keys
  .command('rotate')
  .description('add a new signing key to the embedded key file (older keys still verify)')
  .addOption(json())
  .action(() => run(() => keysRotateCommand(loadConfig())));

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
