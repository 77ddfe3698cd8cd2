import { ActionIcon, Button, Group, Stack } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useCreateEntity, useUpdateEntity } from '../../shared/api/api.queries';
import type { EntityPatch } from '../../shared/api/api.resources';
import type { CollectionTypes, Entity } from '../../shared/api/api.types';
import { useEdited } from '../../shared/entity-draft';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { AppModal } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { DeleteDialog } from '../../shared/ui/delete-dialog';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { ProblemList } from '../../shared/ui/problem-list';
import { useProblemWords } from '../../shared/ui/problem-words';
import { CancelButton } from '../../shared/ui/form-fields';
import { useCan } from '../access/access.can';
import { FindingsInline } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { entityPath, fieldErrors, type SituationCollection, type SituationFocus } from './situation.model';

/*
 * What the situation's four lists share: a modal form to add or edit one entity, a modal to
 * delete one, and the edit/delete buttons beside it. Edits send If-Match; a conflict says so
 * and offers a reload, which shows the latest version to start again from.
 */

/** The fields a form edits: every field but the id, `undefined` when the user left it empty. */
export type FormValues<C extends SituationCollection> = { [K in Exclude<keyof CollectionTypes[C], 'id'>]?: CollectionTypes[C][K] };

/** Which entity a modal works on; it stays set while the modal closes so the content does not jump. */
export function useModalTarget<T>() {
  const [state, setState] = useState<{ opened: boolean; target: T | undefined }>({ opened: false, target: undefined });
  return {
    ...state,
    open: (target: T | undefined) => setState({ opened: true, target }),
    close: () => setState((s) => ({ ...s, opened: false })),
  };
}

/**
 * The entity a modal edits as the list has it now: after a reload (a conflict) the form starts
 * again from the latest version, and a save sends that version as If-Match.
 */
export function latest<T extends { id: string }>(items: readonly T[], target: T | undefined): T | undefined {
  return target && (items.find((item) => item.id === target.id) ?? target);
}

export function useEntitySave<C extends SituationCollection>(collection: C, existing: Entity<C> | undefined) {
  const { ws, plan } = usePlanContext();
  const create = useCreateEntity(ws, plan.id, collection);
  const update = useUpdateEntity(ws, plan.id, collection);
  const active = existing ? update : create;
  const save = (values: FormValues<C> & { id?: string }, onSaved: () => void) => {
    if (existing) {
      // A field the user emptied is removed (null in a merge patch); the id never changes.
      const patch = Object.fromEntries(
        Object.entries(values)
          .filter(([key]) => key !== 'id')
          .map(([key, value]) => [key, value === undefined ? null : value]),
      ) as EntityPatch<C>;
      update.mutate({ id: existing.id, version: existing.version, patch }, { onSuccess: onSaved });
    } else {
      create.mutate(values as CollectionTypes[C], { onSuccess: onSaved });
    }
  };
  return {
    save,
    pending: active.isPending,
    error: active.error,
    conflict: Boolean(existing) && update.conflict,
    reload: update.reload,
    reset: () => (existing ? update.reset() : create.reset()),
  };
}

export type EntitySave<C extends SituationCollection> = ReturnType<typeof useEntitySave<C>>;

/** What the modal and the form show of a save, whichever collection it is for. */
export type SaveState = Pick<EntitySave<SituationCollection>, 'pending' | 'error' | 'conflict' | 'reload' | 'reset'>;

/** The server's complaint about one field of the form, shown at the field. */
export function useFieldError(saving: SaveState, fields: readonly string[]) {
  const words = useProblemWords();
  const { byField } = fieldErrors(saving.error, fields, words.field);
  return (field: string) => byField[field];
}

/** The modal around one entity's form; closing it forgets a failed save. */
export function EntityModal(props: { opened: boolean; onClose: () => void; title: ReactNode; saving: SaveState; children: ReactNode }) {
  const close = () => {
    props.saving.reset();
    props.onClose();
  };
  return (
    <AppModal opened={props.opened} onClose={close} title={props.title} size="lg">
      {props.children}
    </AppModal>
  );
}

/**
 * One entity's form: its findings on top, the fields, what went wrong, and save. `values` are
 * what a save would send: while they differ from those the form opened with, closing the
 * modal or leaving the page asks first.
 */
export function EntityForm(props: {
  /** The entity's document path, for its findings; none for a new one. */
  path?: string;
  saving: SaveState;
  fields: readonly string[];
  values: unknown;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { saving } = props;
  const edited = useEdited(props.values);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <UnsavedGuard when={edited} />
      <Stack>
        {props.path && <FindingsInline path={props.path} />}
        {props.children}
        <SaveProblem saving={saving} fields={props.fields} />
        <Group justify="flex-end">
          <CancelButton
            onClick={() => {
              saving.reset();
              props.onCancel();
            }}
          >
            <FormattedMessage id="situation.form.cancel" />
          </CancelButton>
          <Button type="submit" loading={saving.pending}>
            <FormattedMessage id="situation.form.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A failed save: a conflict with a reload, field errors the form cannot show at a field, or the error itself. */
function SaveProblem(props: { saving: SaveState; fields: readonly string[] }) {
  const { saving } = props;
  if (!saving.error) return null;
  if (saving.conflict) return <ConflictAlert onReload={() => void saving.reload()} />;
  const { byField, other } = fieldErrors(saving.error, props.fields);
  if (Object.keys(byField).length > 0 && other.length === 0) return null;
  if (other.length > 0) return <ProblemList errors={other} problem={saving.error} />;
  return <ErrorAlert error={saving.error} />;
}

/** Asks before deleting one entity (the shared dialog, in the situation's words). */
export function DeleteModal<C extends SituationCollection>(props: { collection: C; entity: Entity<C> | null; onClose: () => void }) {
  const intl = useIntl();
  const { ws, plan } = usePlanContext();
  return (
    <DeleteDialog
      ws={ws}
      plan={plan.id}
      collection={props.collection}
      entity={props.entity}
      title={intl.formatMessage({ id: 'situation.delete.title' }, { name: props.entity?.name ?? '' })}
      body={intl.formatMessage({ id: 'situation.delete.body' })}
      confirm={intl.formatMessage({ id: 'situation.delete.confirm' })}
      cancel={intl.formatMessage({ id: 'situation.form.cancel' })}
      onClose={props.onClose}
    />
  );
}

/** Edit and delete buttons for one entity, named after it for screen readers. */
export function EntityActions(props: { name: string; onEdit: () => void; onDelete: () => void }) {
  const intl = useIntl();
  if (!useCan('plan.write')) return null;
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon variant="subtle" color="gray" onClick={props.onEdit} aria-label={intl.formatMessage({ id: 'situation.action.edit' }, { name: props.name })}>
        <IconPencil size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" color="gray" onClick={props.onDelete} aria-label={intl.formatMessage({ id: 'situation.action.delete' }, { name: props.name })}>
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

/** Empty text as `undefined`, so an emptied field is removed rather than stored blank. */
export function orUndefined(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed ? trimmed : undefined;
}

/** A DOM id for an entity's card from its document path ("situation.channels[2]" → "situation-channels-2"). */
export function domIdOf(path: string): string {
  return path.replace(/[^\w-]+/g, '-').replace(/-+$/, '');
}

/**
 * Opens the entity a fix link points at (`?focus=situation.channels[2].goal`): scrolls its card
 * into view and opens its form, where its findings are shown beside the fields.
 */
export function useFocusEntity<T>(items: readonly T[] | undefined, index: number | undefined, path: (index: number) => string, open: (item: T) => void) {
  const canEdit = useCan('plan.write');
  // Once per fix link: a list that changes later must not open the form again.
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (index === undefined) {
      handled.current = undefined;
      return;
    }
    if (index === handled.current || !items) return;
    const item = items[index];
    if (!item) return;
    handled.current = index;
    document.getElementById(domIdOf(path(index)))?.scrollIntoView({ block: 'center' });
    // Someone who may only read is shown the entity, not a form they could not save.
    if (canEdit) open(item);
  }, [index, items, path, open, canEdit]);
}

/**
 * What a list of one collection needs: who may edit it, its form and delete modals, the path of
 * each entity (for its findings), and the entity a fix link points at opened.
 */
export function useEntityList<C extends SituationCollection>(collection: C, items: Entity<C>[], focus: SituationFocus | null) {
  const canEdit = useCan('plan.write');
  const form = useModalTarget<Entity<C>>();
  const [deleting, setDeleting] = useState<Entity<C> | null>(null);
  const indexOf = new Map(items.map((item, i) => [item.id, i]));
  useFocusEntity(items, focus?.kind === 'entity' && focus.collection === collection ? focus.index : undefined, (i) => entityPath(collection, i), form.open);
  const editing = latest(items, form.target);
  return {
    canEdit,
    form,
    deleting,
    setDeleting,
    editing,
    pathOf: (item: Entity<C>) => entityPath(collection, indexOf.get(item.id) ?? 0),
  };
}

/** The button that adds to a section, for those who may write. */
export function AddButton(props: { show: boolean; onClick: () => void; children: ReactNode }) {
  if (!props.show) return null;
  return (
    <Button variant="light" size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={props.onClick}>
      {props.children}
    </Button>
  );
}
