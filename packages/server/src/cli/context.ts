import type { Config } from '../config/config.js';
import type { Container } from '../container.js';
import type { Output } from './output.js';

export interface CliContext {
  output: Output;
  config(): Config;
  /** Opens (and migrates) the database for the length of `work`. */
  withContainer<T>(work: (container: Container) => Promise<T>): Promise<T>;
}

export function cliContext(output: Output, loadConfig: () => Config): CliContext {
  let config: Config | undefined;
  const getConfig = () => (config ??= loadConfig());
  return {
    output,
    config: getConfig,
    async withContainer(work) {
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
}

async function noop() {}
function silentLogger() {
  // Commands print their own plain words; the server log is for `kurs start`.
  const logger = { info: noop, warn: noop, error: noop, debug: noop, trace: noop, fatal: noop, level: 'silent' };
  return logger as never;
}
