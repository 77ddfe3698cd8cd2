import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../shared/api/api.types';
import { headerPatch, headerValues } from './plans.settings.model';

const plan: PlanSummary = {
  id: 'p',
  name: 'Plan 2027',
  organisation: 'Sykkelverkstedet AS',
  locale: 'nb',
  currency: 'NOK',
  period: { start: '2027-01-01', end: '2027-12-31' },
  version: 3,
  archived: false,
  archived_at: null,
};

describe('headerPatch', () => {
  it('sends nothing when nothing changed, spaces around a name included', () => {
    const values = headerValues(plan);
    expect(headerPatch(values, { ...values, name: ' Plan 2027 ' })).toEqual({});
  });

  it('sends the changed fields, the whole period, and null for an emptied optional field', () => {
    const values = headerValues(plan);
    const edited = { ...values, name: 'Plan 2028', end: '2028-03-31', organisation: '  ', currency: 'EUR', business_objective: 'Grow' };
    expect(headerPatch(values, edited)).toEqual({
      name: 'Plan 2028',
      period: { start: '2027-01-01', end: '2028-03-31' },
      organisation: null,
      currency: 'EUR',
      business_objective: 'Grow',
    });
  });
});
