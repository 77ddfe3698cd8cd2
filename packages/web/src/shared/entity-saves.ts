import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import type { EntityPatch } from './api/api.resources';
import { entityUpdate, queryKeys } from './api/api.queries';
import type { CollectionName, Entity } from './api/api.types';
import { previousValues, type UndoChange } from './undo';
import { useUndoLast } from './ui/undo-last';

export interface EntitySaves<C extends CollectionName> {
  /** Saves one entity's change and offers to undo it; rejects as the update does (a 412 is a conflict). */
  save(entity: Entity<C>, patch: EntityPatch<C>, message: string): Promise<Entity<C>>;
  /** Saves the same change to several entities, one undo for them all; resolves with those that failed. */
  saveAll(entities: readonly Entity<C>[], patch: EntityPatch<C>, message: string): Promise<{ failed: { entity: Entity<C>; error: unknown }[] }>;
  /** Fetches the current rows after a conflict. */
  reload: () => Promise<void>;
}

/**
 * Changes made in place, one after another: a cell left with Tab while the previous cell of the
 * same row is still being saved waits for it and sends the version that save made, so quick
 * typing along a row is not refused as a conflict with itself. Each change can be undone. A
 * save is done once the server has it and the list shows it; the engine's answers (health,
 * progress) are read again meanwhile, not waited for, so a change to many rows stays quick.
 */
export function useEntitySaves<C extends CollectionName>(ws: string, plan: string, collection: C): EntitySaves<C> {
  const queryClient = useQueryClient();
  const undo = useUndoLast(ws, plan);
  const update = useMemo(() => entityUpdate(queryClient, ws, plan, collection), [queryClient, ws, plan, collection]);
  const reload = useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.collection(ws, plan, collection) }), [queryClient, ws, plan, collection]);
  // The version each entity's last save here made; the list may not have brought it yet.
  const versions = useRef(new Map<string, number>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const send = useCallback(
    (entity: Entity<C>, patch: EntityPatch<C>): Promise<{ updated: Entity<C>; change: UndoChange }> => {
      const run = async () => {
        const change = { id: entity.id, version: Math.max(entity.version, versions.current.get(entity.id) ?? 0), patch };
        const context = await update.onMutate();
        const updated = await update.mutationFn(change);
        versions.current.set(entity.id, updated.version);
        void update.onSuccess(updated, change, context);
        return { updated, change: { collection, id: entity.id, version: updated.version, before: previousValues(entity, patch) } as UndoChange };
      };
      const result = queue.current.then(run);
      queue.current = result.catch(() => undefined);
      return result;
    },
    [update, collection],
  );

  const save = useCallback(
    async (entity: Entity<C>, patch: EntityPatch<C>, message: string) => {
      const { updated, change } = await send(entity, patch);
      undo.remember(message, [change]);
      return updated;
    },
    [send, undo],
  );

  const saveAll = useCallback(
    async (entities: readonly Entity<C>[], patch: EntityPatch<C>, message: string) => {
      const changes: UndoChange[] = [];
      const failed: { entity: Entity<C>; error: unknown }[] = [];
      for (const entity of entities) {
        try {
          changes.push((await send(entity, patch)).change);
        } catch (error) {
          failed.push({ entity, error });
        }
      }
      undo.remember(message, changes);
      return { failed };
    },
    [send, undo],
  );

  return { save, saveAll, reload };
}
