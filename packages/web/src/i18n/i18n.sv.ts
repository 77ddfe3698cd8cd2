import shell from './sv.json';

/** Every catalogue in Swedish, by file: one chunk, loaded beside the page's own. */
export const catalogues: Record<string, Record<string, string>> = {
  'shell.sv.json': shell,
  ...import.meta.glob<Record<string, string>>('../features/*/*.messages.sv.json', { eager: true, import: 'default' }),
};
