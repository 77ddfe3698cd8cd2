import { describe, expect, it } from 'vitest';
import { FORMAT_PATTERNS } from '@kurs/core/browser';
import { draftChanged, draftOf, idFromName, kpiOf, kpiPatch, moreHoldsValue } from './kpis.form.model';

describe('KPI form', () => {
  it('makes a KPI of the fields that are set', () => {
    const draft = { ...draftOf(), id: 'visits', name: ' Webshop visits ', unit: 'count', frequency: 'weekly', conversion: false };
    expect(kpiOf(draft)).toEqual({ id: 'visits', name: 'Webshop visits', unit: 'count', frequency: 'weekly', direction: 'up' });
  });

  it('patches only what changed, and removes what was emptied', () => {
    const kpi = { id: 'visits', name: 'Visits', owner: 'Ola', unit: 'count' as const, conversion: true };
    const draft = { ...draftOf(kpi), owner: '', name: 'Webshop visits', conversion: false };
    expect(kpiPatch(draft, kpi)).toEqual({ name: 'Webshop visits', owner: null, conversion: null });
    expect(kpiPatch(draftOf({ ...kpi, direction: 'down' }), { ...kpi, direction: 'down' })).toEqual({});
  });
});

describe('draftChanged', () => {
  it('tells a form with input to keep from one that only shows what is stored', () => {
    const kpi = { id: 'visits', name: 'Visits', owner: 'Ola' };
    expect(draftChanged(draftOf(kpi), kpi)).toBe(false);
    expect(draftChanged({ ...draftOf(kpi), owner: 'Kari' }, kpi)).toBe(true);
    // Spaces around a name are not a change: the save trims them.
    expect(draftChanged({ ...draftOf(kpi), name: 'Visits ' }, kpi)).toBe(false);
    expect(draftChanged(draftOf())).toBe(false);
    expect(draftChanged({ ...draftOf(), name: 'W' })).toBe(true);
    expect(draftChanged({ ...draftOf(), conversion: true })).toBe(true);
  });
});

describe('a new KPI with preset fields', () => {
  it('starts from the preset, and counts only what is typed beyond it as input', () => {
    const start = draftOf(undefined, { funnel_stage: 'retain', owner: 'Kari' });
    expect(kpiOf({ ...start, id: 'repeat', name: 'Repeat buyers' })).toEqual({
      id: 'repeat',
      name: 'Repeat buyers',
      direction: 'up',
      owner: 'Kari',
      funnel_stage: 'retain',
    });
    expect(draftChanged(start, undefined, start)).toBe(false);
    expect(draftChanged({ ...start, name: 'R' }, undefined, start)).toBe(true);
  });
});

describe('moreHoldsValue', () => {
  it('opens "More" for a stored or preset value folded there, not for the id a new name makes', () => {
    expect(moreHoldsValue(draftOf())).toBe(false);
    expect(moreHoldsValue({ ...draftOf(), id: 'visits', name: 'Visits', owner: 'Ola', unit: 'count' })).toBe(false);
    expect(moreHoldsValue(draftOf(undefined, { funnel_stage: 'reach' }))).toBe(true);
    const kpi = { id: 'visits', name: 'Visits' };
    expect(moreHoldsValue(draftOf(kpi))).toBe(false);
    expect(moreHoldsValue(draftOf({ ...kpi, definition: 'Sessions in GA4' }))).toBe(true);
    expect(moreHoldsValue(draftOf({ ...kpi, conversion: true }))).toBe(true);
  });
});

describe('idFromName', () => {
  it('makes a valid id that is not taken, keeping Nordic letters', () => {
    expect(idFromName('Besøk i nettbutikken', new Set())).toBe('besøk-i-nettbutikken');
    expect(idFromName('Visits', new Set(['visits', 'visits-2']))).toBe('visits-3');
    expect(idFromName('  %% ', new Set())).toBe('kpi');
    for (const name of ['Conversion rate (%)', 'Ärenden/vecka', '  -x- ']) expect(idFromName(name, new Set())).toMatch(FORMAT_PATTERNS.id);
  });
});
