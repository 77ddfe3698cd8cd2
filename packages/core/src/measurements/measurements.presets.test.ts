import { describe, expect, it } from 'vitest';
import { isRatioColumn, MEASUREMENT_PRESETS } from './measurements.presets.js';

describe('MEASUREMENT_PRESETS', () => {
  it('has one preset per id, each with a name and a way to be told apart', () => {
    const ids = MEASUREMENT_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const preset of MEASUREMENT_PRESETS) {
      expect(preset.name).not.toBe('');
      expect(preset.has.length > 0 || preset.above !== undefined || preset.dates.length > 0).toBe(true);
    }
  });
});

describe('isRatioColumn', () => {
  it('knows the rates, averages and positions of the tools in their languages, whatever the case or currency', () => {
    for (const cell of ['CTR', 'Avg. CPC', 'Cost / conv.', 'Kostnad/konv.', 'Omk./konv.', 'Gj.sn. kostnad', 'Position', 'Plassering', 'Placering', 'Fluktfrekvens', 'Engasjementsrate', 'Afvisningsprocent', 'Reach', 'Rekkevidde', 'Frequency', 'Cost per result', 'Open Rate', 'Unique Opens', 'Average order value', 'Gjennomsnittlig ordreverdi', 'engagement RATE']) {
      expect({ cell, ratio: isRatioColumn(cell) }).toEqual({ cell, ratio: true });
    }
  });

  it('is false for counts and money', () => {
    for (const cell of ['Clicks', 'Klikk', 'Impr.', 'Cost', 'Kostnad', 'Amount spent (NOK)', 'Sessions', 'Økter', 'New users', 'Total sales', 'Total followers', 'Besøk']) {
      expect({ cell, ratio: isRatioColumn(cell) }).toEqual({ cell, ratio: false });
    }
  });
});
