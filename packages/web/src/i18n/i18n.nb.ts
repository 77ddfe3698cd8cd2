import shell from './nb.json';

/** Every catalogue in Norwegian bokmål, by file: one chunk, loaded beside the page's own. */
export const catalogues: Record<string, Record<string, string>> = {
  'shell.nb.json': shell,
  ...import.meta.glob<Record<string, string>>('../features/*/*.messages.nb.json', { eager: true, import: 'default' }),
};
