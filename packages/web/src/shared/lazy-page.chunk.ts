import type { ComponentType } from 'react';

/** A page's module: fetched once, by navigation for the page the app opens at, else when first shown. */
export interface PageChunk {
  (): Promise<{ default: ComponentType }>;
  /** The page, once its chunk is in: it then renders without a loader. */
  loaded?: ComponentType;
}

/** A page's chunk, without React, so that the app's first lines can start it before React loads. */
export function pageChunk(load: () => Promise<{ default: ComponentType }>): PageChunk {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const chunk: PageChunk = () =>
    (loading ??= load().then((module) => {
      chunk.loaded = module.default;
      return module;
    }));
  return chunk;
}
