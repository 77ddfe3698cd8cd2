import { FREQUENCIES, TEXT_LIMITS } from '@kurs/core/browser';
import { useIntl } from 'react-intl';
import type { EntityPatch } from '../../shared/api/api.resources';
import type { Entity } from '../../shared/api/api.types';
import type { EntitySaves } from '../../shared/entity-saves';
import { BulkEditBar } from '../../shared/ui/bulk-edit';
import { useProblemWords } from '../../shared/ui/problem-words';

/** The chosen KPIs' owner or frequency set at once; one undo takes the change back from all of them. */
export function KpisBulkBar(props: { chosen: Entity<'kpis'>[]; owners: readonly string[]; saves: EntitySaves<'kpis'>; onClear: () => void }) {
  const intl = useIntl();
  const words = useProblemWords();
  const count = props.chosen.length;
  const frequencyName = (f: string) => intl.formatMessage({ id: `kpis.frequency.${f}` as never });

  const apply = async (key: string, value: string) => {
    const patch: EntityPatch<'kpis'> = key === 'owner' ? { owner: value } : { frequency: value as Entity<'kpis'>['frequency'] };
    const shown = key === 'owner' ? value : frequencyName(value);
    const message = intl.formatMessage({ id: key === 'owner' ? 'kpis.bulk.ownerDone' : 'kpis.bulk.frequencyDone' }, { count, value: shown });
    const { failed } = await props.saves.saveAll(props.chosen, patch, message);
    if (failed.length === 0) {
      props.onClear();
      return null;
    }
    const reason = words.problem(failed[0]!.error) ?? intl.formatMessage({ id: 'inline.failed' });
    return intl.formatMessage({ id: 'kpis.bulk.failed' }, { count: failed.length, reason });
  };

  return (
    <BulkEditBar
      chosen={intl.formatMessage({ id: 'kpis.bulk.chosen' }, { count })}
      clear={intl.formatMessage({ id: 'kpis.bulk.clear' })}
      fields={[
        {
          key: 'owner',
          kind: 'text',
          label: intl.formatMessage({ id: 'kpis.bulk.owner' }),
          apply: intl.formatMessage({ id: 'kpis.bulk.ownerApply' }),
          suggestions: props.owners,
          maxLength: TEXT_LIMITS.name,
          required: intl.formatMessage({ id: 'kpis.bulk.ownerRequired' }),
        },
        {
          key: 'frequency',
          kind: 'select',
          label: intl.formatMessage({ id: 'kpis.bulk.frequency' }),
          apply: intl.formatMessage({ id: 'kpis.bulk.frequencyApply' }),
          options: FREQUENCIES.map((f) => ({ value: f, label: frequencyName(f) })),
          required: intl.formatMessage({ id: 'kpis.bulk.frequencyRequired' }),
        },
      ]}
      onApply={apply}
      onClear={props.onClear}
    />
  );
}
