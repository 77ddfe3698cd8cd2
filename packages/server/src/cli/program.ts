import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config/config.js';
import { adminCommands } from './commands/admin.commands.js';
import { checkCommand } from './commands/check.command.js';
import { documentCommands } from './commands/documents.commands.js';
import { measurementsCommands } from './commands/measurements.commands.js';
import { statusCommand } from './commands/status.command.js';
import { userCommands } from './commands/user.commands.js';
import { cliContext } from './context.js';
import { type Output, reportError, stdio } from './output.js';

const HELP_FOOTER = `
Configuration (environment variables):
  DATABASE_URL   postgres://… to use PostgreSQL; unset: SQLite in DATA_DIR/kurs.db
  DATA_DIR       folder of the SQLite database (default ./data)
  PORT, HOST     where \`kurs start\` listens (default 3000 on 127.0.0.1)
  KURS_DEMO      false: no demo workspace on the first start
  KURS_PUBLIC_URL  the address people open Kurs at (https: secure cookies, HSTS)
  KURS_SERVER, KURS_TOKEN  like --server and --token
  LOG_LEVEL      fatal, error, warn, info (default), debug, trace or silent

Examples:
  kurs check plan.yaml
  kurs import plan.yaml --workspace acme
  kurs export digital-strategy-2027 --format json > plan.json
  kurs user create --email anna@example.com --role owner
  kurs --server https://kurs.example.com --token kurs_pat_… list
  kurs measurements import ga4.csv --plan digital-strategy-2027 --mapping '{"format":"ga4","columns":{"Sessions":"visits"}}'
`;

export function buildProgram(output: Output, env: Record<string, string | undefined>): Command {
  const ctx = cliContext(output, () => loadConfig(env));
  const program = new Command()
    .name('kurs')
    .description('Kurs: build, run and review a digital strategy roadmap')
    .option('--debug', 'show the stack of unexpected errors')
    .option('--server <url>', 'work on this Kurs server over HTTP instead of the local database (import, export, list, status, measurements import)', env.KURS_SERVER)
    .option('--token <token>', 'the API token for --server (create one in the web app under API tokens)', env.KURS_TOKEN)
    .hook('preAction', (command) => ctx.setRemote(command.opts()))
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', HELP_FOOTER)
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .exitOverride();
  adminCommands(program, ctx);
  checkCommand(program, ctx);
  documentCommands(program, ctx);
  statusCommand(program, ctx);
  measurementsCommands(program, ctx);
  userCommands(program, ctx);
  return program;
}

/** Runs the CLI and returns the exit code. */
export async function runCli(argv: string[], output: Output = stdio, env = process.env): Promise<number> {
  const program = buildProgram(output, env);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    return reportError(error, output, Boolean(program.opts().debug));
  }
}
