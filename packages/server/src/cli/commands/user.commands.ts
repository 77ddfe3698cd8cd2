import { randomBytes } from 'node:crypto';
import { type Command, Option } from 'commander';
import { CLI_ACTOR, actingAs } from '../../auth/auth.actor.js';
import { ROLES, type Role } from '../../auth/auth.policy.js';
import type { CliContext } from '../context.js';

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

export function userCommands(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('accounts of this instance (on the local database)');
  user
    .command('create')
    .description('create an account; as owner without --workspace it owns every workspace that has no owner yet (like the first account in the web app)')
    .requiredOption('-e, --email <email>', 'the email address to sign in with')
    .addOption(new Option('-r, --role <role>', 'the role').choices([...ROLES]).default('owner'))
    .option('-w, --workspace <id>', 'the workspace to join with the role (needed for editor and viewer)')
    .option('-n, --name <name>', 'the name shown to others (default: the part of the email before @)')
    .option('--password-stdin', 'read the password from standard input (else one is made and printed once)')
    .action(async (options: { email: string; role: Role; workspace?: string; name?: string; passwordStdin?: boolean }) => {
      const password = options.passwordStdin ? await readStdin() : randomBytes(12).toString('base64url');
      await ctx.withContainer(async ({ services }) => {
        const { user: created, workspaces } = await actingAs(CLI_ACTOR, () =>
          services.accounts.createUser({ email: options.email, password, name: options.name, role: options.role, workspace: options.workspace }),
        );
        ctx.output.out(`Created the account ${created.email} (${options.role}${workspaces.length ? ` of ${workspaces.join(', ')}` : ''}).`);
        if (!options.passwordStdin) ctx.output.out(`Password: ${password}\nIt is shown only now; change it after signing in.`);
      });
    });
}
