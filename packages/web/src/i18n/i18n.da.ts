import shell from './da.json';

/** Every catalogue in Danish, by file: one chunk, loaded beside the page's own. */
export const catalogues: Record<string, Record<string, string>> = {
  'shell.da.json': shell,
  ...import.meta.glob<Record<string, string>>('../features/*/*.messages.da.json', { eager: true, import: 'default' }),
};
