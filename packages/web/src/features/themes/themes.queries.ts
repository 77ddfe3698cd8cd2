import type { ThemeBudgets } from '@kurs/core';
import { useQuery } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../../shared/api/api.client';
import { queryKeys } from '../../shared/api/api.queries';

/** Hours planned and spent against each theme's budget, per quarter, and the maintenance share. */
export function useThemeBudgets(ws: string, plan: string) {
  return useQuery({
    queryKey: [...queryKeys.plan(ws, plan), 'theme-budgets'] as const,
    queryFn: async () => (await apiRequest<ThemeBudgets>(apiPath('workspaces', ws, 'plans', plan, 'theme-budgets'))).data,
  });
}
