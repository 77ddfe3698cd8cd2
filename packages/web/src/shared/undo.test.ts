import { describe, expect, it } from 'vitest';
import { isTextField, previousValues, rememberChange, takeLastChange } from './undo';

describe('previousValues', () => {
  it('gives the changed fields as they were, null for one that was absent', () => {
    const entity = { id: 'a', title: 'Checkout', status: 'idea', estimate_hours: 12.5 };
    expect(previousValues<'activities'>(entity, { status: 'planned', owner: 'Kari', estimate_hours: null })).toEqual({
      status: 'idea',
      owner: null,
      estimate_hours: 12.5,
    });
  });
});

describe('the last change', () => {
  const record = (message: string) => ({
    ws: 'w',
    plan: 'p',
    message,
    changes: [{ collection: 'activities' as const, id: 'a', version: 3, before: { status: 'idea' as const } }],
  });

  it('is handed out once, the newest one', () => {
    rememberChange(record('first'));
    rememberChange(record('second'));
    expect(takeLastChange()?.message).toBe('second');
    expect(takeLastChange()).toBeNull();
  });

  it('is nothing when no entity changed', () => {
    rememberChange(record('kept'));
    rememberChange({ ...record('empty'), changes: [] });
    expect(takeLastChange()).toBeNull();
  });
});

describe('isTextField', () => {
  it('knows where Ctrl+Z belongs to the typing', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget)).toBe(true);
    expect(isTextField({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTextField({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
