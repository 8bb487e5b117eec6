import { Command, Option } from 'commander';
import { ROLES } from '../platform/auth/contract';
import { backupCommand, restoreCommand } from './backup';
import { explain } from './context';
import { migrateCommand, seedCommand } from './database';
import { serveCommand } from './serve';
import { userAddCommand, userListCommand, userPasswdCommand } from './users';

const program = new Command('iza')
  .description('IZA — hệ thống thông tin KCN, KKT (industrial-zone information system)')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nEnvironment: DATABASE_URL (PostgreSQL; unset = embedded PGlite), IZA_DATA_DIR (default ./.iza), PORT, HOST, LOG_LEVEL',
  );

program
  .command('serve')
  .description('Start the web server (migrates the database and loads the reference data first)')
  .option('-p, --port <port>', 'port to listen on (default $PORT or 3000)')
  .option('--host <host>', 'address to listen on (default $HOST or 0.0.0.0)')
  .option('--demo', 'on an empty database, also load the demo dataset and demo accounts (never in production)')
  .action(serveCommand);

program.command('migrate').description('Apply the database migrations and exit').action(migrateCommand);

program
  .command('seed [dataset]')
  .description(
    'Load the reference data (provinces, regions, countries, waste codes, calendar decisions); ' +
      '"iza seed demo" also loads the synthetic demo country (into an empty registry) and the demo accounts',
  )
  .option('--demo', 'the same as the dataset "demo"')
  .option('--scale <n>', 'demo country size: 1 ≈ 480 parks and 21,000 projects; 10 for benchmarks', '1')
  .option('--seed <n>', 'demo country random seed (the same seed gives the same country)', '2026')
  .option(
    '--reports-from <year>',
    'demo enterprise reports from this year on, e.g. 2015 (default: the last five years)',
  )
  .action(seedCommand);

const user = program.command('user').description('Manage user accounts');
user
  .command('add <username>')
  .description('Create a user; the password is asked for, or generated and printed with --generate-password')
  .addOption(new Option('-r, --role <role>', 'role').choices(ROLES).makeOptionMandatory())
  .requiredOption('-n, --name <displayName>', 'full name shown in the interface')
  .option('--email <email>', 'e-mail address')
  .option('--province <code>', 'GSO code of the Board’s province (board_leader, board_officer)')
  .option('--enterprise <uuid>', 'enterprise id (developer, enterprise)')
  .option('--password-stdin', 'read the password from standard input')
  .option('--generate-password', 'generate a strong password and print it once')
  .action(userAddCommand);
user
  .command('passwd <username>')
  .description('Set a user’s password (unlocks the account and ends its sessions)')
  .option('--password-stdin', 'read the password from standard input')
  .option('--generate-password', 'generate a strong password and print it once')
  .action(userPasswdCommand);
user.command('list').description('List the user accounts').action(userListCommand);

program
  .command('backup <file>')
  .description('Write a backup: PGlite data folder as .tar.gz, or pg_dump custom format for PostgreSQL')
  .action(backupCommand);
program
  .command('restore <file>')
  .description('Restore a backup made by "iza backup" (replaces the current data; stop the server first)')
  .option('--yes', 'do not ask for confirmation')
  .action(restoreCommand);

program.parseAsync(process.argv).catch((err) => {
  console.error(explain(err));
  process.exit(1);
});
