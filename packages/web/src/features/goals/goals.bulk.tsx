import { TEXT_LIMITS } from '@kurs/core/browser';
import { useIntl } from 'react-intl';
import type { Entity } from '../../shared/api/api.types';
import type { EntitySaves } from '../../shared/entity-saves';
import { BulkEditBar } from '../../shared/ui/bulk-edit';
import { useProblemWords } from '../../shared/ui/problem-words';

/** The chosen goals' owner set at once; one undo takes the change back from all of them. */
export function GoalsBulkBar(props: { chosen: Entity<'goals'>[]; owners: readonly string[]; saves: EntitySaves<'goals'>; onClear: () => void }) {
  const intl = useIntl();
  const words = useProblemWords();
  const count = props.chosen.length;

  const apply = async (_key: string, owner: string) => {
    const { failed } = await props.saves.saveAll(props.chosen, { owner }, intl.formatMessage({ id: 'goals.bulk.done' }, { count, owner }));
    if (failed.length === 0) {
      props.onClear();
      return null;
    }
    const reason = words.problem(failed[0]!.error) ?? intl.formatMessage({ id: 'inline.failed' });
    return intl.formatMessage({ id: 'goals.bulk.failed' }, { count: failed.length, reason });
  };

  return (
    <BulkEditBar
      chosen={intl.formatMessage({ id: 'goals.bulk.chosen' }, { count })}
      clear={intl.formatMessage({ id: 'goals.bulk.clear' })}
      fields={[
        {
          key: 'owner',
          kind: 'text',
          label: intl.formatMessage({ id: 'goals.bulk.owner' }),
          apply: intl.formatMessage({ id: 'goals.bulk.apply' }),
          suggestions: props.owners,
          maxLength: TEXT_LIMITS.name,
          required: intl.formatMessage({ id: 'goals.bulk.ownerRequired' }),
        },
      ]}
      onApply={apply}
      onClear={props.onClear}
    />
  );
}
