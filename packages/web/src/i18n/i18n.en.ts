import shell from './en.json';

/** Every catalogue in English, by file: one chunk, loaded beside the page's own. */
export const catalogues: Record<string, Record<string, string>> = {
  'shell.en.json': shell,
  ...import.meta.glob<Record<string, string>>('../features/*/*.messages.en.json', { eager: true, import: 'default' }),
};
