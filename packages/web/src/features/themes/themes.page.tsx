import { Button, Group, Paper, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useSetSearchParams } from '../../shared/search-params';
import { useCollection } from '../../shared/api/api.queries';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { useFindings, useFocusPath } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { ThemeCard } from './themes.card';
import { ThemeEditor } from './themes.form';
import { useThemeBudgets } from './themes.queries';
import { ReserveSummary } from './themes.reserve';

/** The theme a fix link names: "themes[1].budget_hours" → 1. */
function focusedIndex(path: string | null): number | null {
  const m = path ? /^themes\[(\d+)\]/.exec(path) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Step 7: the themes the work is grouped into, each with its budget in hours against what is
 * planned and spent per quarter, and the maintenance reserve that keeps upkeep from starving.
 */
export default function ThemesPage() {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const themes = useCollection(ws, plan.id, 'themes');
  const budgets = useThemeBudgets(ws, plan.id);
  const { findings } = useFindings();
  const focus = useFocusPath();
  const setParams = useSetSearchParams();
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const handledFocus = useRef<string | null>(null);
  const canEdit = useCan('plan.write');

  const list = themes.data ?? [];
  const focusIndex = focusedIndex(focus);
  const focusId = focusIndex === null ? null : (list[focusIndex]?.id ?? null);

  // A fix link (?focus=themes[1].budget_hours) brings that theme into view and opens it.
  useEffect(() => {
    if (!focus || !themes.data || handledFocus.current === focus) return;
    handledFocus.current = focus;
    if (!focusId) return;
    document.querySelector(`[data-theme="${CSS.escape(focusId)}"]`)?.scrollIntoView({ block: 'center' });
    if (canEdit) setEditing({ id: focusId });
  });

  const editingTheme = editing?.id ? (list.find((t) => t.id === editing.id) ?? null) : null;
  const closeEditor = () => {
    setEditing(null);
    if (focus) setParams({ focus: null });
  };
  const addButton = canEdit && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({ id: null })}>
      {intl.formatMessage({ id: 'themes.add' })}
    </Button>
  );
  const budgetOf = (id: string | null) => budgets.data?.themes.find((b) => b.theme === id);
  const noTheme = budgetOf(null);

  let content: ReactNode;
  if (themes.isPending) content = <PageLoader />;
  else if (themes.isError) content = <ErrorAlert error={themes.error} onRetry={() => void themes.refetch()} />;
  else if (list.length === 0) {
    content = (
      <Paper withBorder radius="md" p="md">
        <StepEmptyState step="themes" action={addButton || undefined} />
      </Paper>
    );
  } else {
    content = (
      <Stack gap="md">
        {budgets.isError && <ErrorAlert error={budgets.error} onRetry={() => void budgets.refetch()} />}
        {budgets.data && <ReserveSummary budgets={budgets.data} findings={findings.filter((f) => f.step === 'themes' && f.path === 'themes')} />}
        {addButton && <Group justify="flex-end">{addButton}</Group>}
        {list.map((theme, index) => (
          <ThemeCard key={theme.id} theme={theme} index={index} budget={budgetOf(theme.id)} highlighted={theme.id === focusId} onEdit={canEdit ? () => setEditing({ id: theme.id }) : undefined} />
        ))}
        {noTheme && <ThemeCard theme={null} index={null} budget={noTheme} highlighted={false} />}
      </Stack>
    );
  }

  return (
    <StepFrame step="themes">
      {content}
      <ThemeEditor
        opened={editing !== null}
        theme={editingTheme}
        index={editingTheme ? list.indexOf(editingTheme) : null}
        onClose={closeEditor}
        takenIds={list.map((t) => t.id)}
      />
    </StepFrame>
  );
}
