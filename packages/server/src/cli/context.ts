import type { Config } from '../config/config.js';
import type { Container } from '../container.js';
import type { Backend } from './backend.js';
import type { Output } from './output.js';

export interface Remote {
  server?: string;
  token?: string;
}

export interface CliContext {
  output: Output;
  config(): Config;
  /** --server and --token, set before a command runs. */
  setRemote(remote: Remote): void;
  /** Opens (and migrates) the database for the length of `work`; refused with --server. */
  withContainer<T>(work: (container: Container) => Promise<T>): Promise<T>;
  /** The data behind the import, export, list, status and measurements commands: the local database, or a server. */
  withBackend<T>(work: (backend: Backend) => Promise<T>): Promise<T>;
}

export function cliContext(output: Output, loadConfig: () => Config): CliContext {
  let config: Config | undefined;
  let remote: Remote = {};
  const getConfig = () => (config ??= loadConfig());
  const context: CliContext = {
    output,
    config: getConfig,
    setRemote(value) {
      remote = value;
      if (Boolean(remote.server) !== Boolean(remote.token)) throw new Error('--server and --token go together (or KURS_SERVER and KURS_TOKEN)');
    },
    async withBackend(work) {
      if (remote.server && remote.token) {
        const { httpBackend } = await import('./backend.js');
        return work(httpBackend(remote.server, remote.token));
      }
      const { localBackend } = await import('./backend.js');
      return context.withContainer((container) => work(localBackend(container)));
    },
    async withContainer(work) {
      if (remote.server) throw new Error('this command works on the local database only; leave out --server and --token');
      // Loaded on demand: `kurs check` and `--help` need no database drivers.
      const { createContainer } = await import('../container.js');
      const container = await createContainer(getConfig(), { logger: silentLogger() });
      try {
        return await work(container);
      } finally {
        await container.close();
      }
    },
  };
  return context;
}

async function noop() {}
function silentLogger() {
  // Commands print their own plain words; the server log is for `kurs start`.
  const logger = { info: noop, warn: noop, error: noop, debug: noop, trace: noop, fatal: noop, level: 'silent' };
  return logger as never;
}
