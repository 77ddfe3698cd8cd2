import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function adminCommands(program: Command, ctx: CliContext): void {
  program
    .command('start')
    .description('start the server (web app and API); migrates the database and creates the demo on a first start')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1; 0.0.0.0 for every interface)')
    .action(async (options: { port?: string; host?: string }) => {
      const config = { ...ctx.config() };
      if (options.port !== undefined) {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${options.port}"`);
        config.port = port;
      }
      if (options.host) config.host = options.host;
      const { startServer } = await import('../../server.js');
      const server = await startServer(config);
      ctx.output.out(`Kurs is running on ${server.url} (database: ${config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL'}). Stop it with Ctrl+C.`);
      if ((await server.container.services.accounts.setup()).needs_first_account) {
        ctx.output.out(`No account yet: open ${config.publicUrl ?? server.url} to create the first one (the owner), or run \`kurs user create --email you@example.com\`.`);
      }
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => {});
    });

  program
    .command('migrate')
    .description('bring the database schema up to date (start does this too)')
    .action(async () => {
      const { openDatabase } = await import('../../db/database.js');
      const { migrateToLatest } = await import('../../db/migrate.js');
      const db = openDatabase(ctx.config().database);
      try {
        const { applied } = await db.exclusive(() => migrateToLatest(db.kysely));
        ctx.output.out(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await db.close();
      }
    });

  program
    .command('backup')
    .description('write every workspace and plan as plan documents plus a manifest into a folder')
    .argument('<dir>', 'the folder to write (created if missing)')
    .action(async (dir: string) => {
      await ctx.withContainer(async ({ services }) => {
        const report = await services.backup.backup(dir);
        ctx.output.out(`Backed up ${report.plans} plan(s) in ${report.workspaces} workspace(s) to ${dir}.`);
      });
    });

  program
    .command('restore')
    .description('restore a backup folder: plans with the same id are replaced, others created, all in one transaction')
    .argument('<dir>', 'a folder written by `kurs backup`')
    .action(async (dir: string) => {
      await ctx.withContainer(async ({ services }) => {
        const report = await services.backup.restore(dir);
        ctx.output.out(`Restored ${report.plans} plan(s) in ${report.workspaces} workspace(s) from ${dir}.`);
      });
    });
}
