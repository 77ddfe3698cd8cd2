import { describe, expect, it } from 'vitest';
import { isMoveKey, matrixMove, scoreMove } from './activities.board';

describe('matrixMove', () => {
  it('moves across for urgency and up for importance, one level per key', () => {
    expect(matrixMove('ArrowRight', { urgency: 'low', importance: 'high' })).toEqual({ urgency: 'medium', importance: 'high' });
    expect(matrixMove('ArrowLeft', { urgency: 'high', importance: 'high' })).toEqual({ urgency: 'medium', importance: 'high' });
    expect(matrixMove('ArrowDown', { urgency: 'low', importance: 'high' })).toEqual({ urgency: 'low', importance: 'medium' });
    expect(matrixMove('ArrowUp', { urgency: 'low', importance: 'low' })).toEqual({ urgency: 'low', importance: 'medium' });
  });

  it('moves nothing at an edge or for another key', () => {
    expect(matrixMove('ArrowRight', { urgency: 'high', importance: 'low' })).toBeNull();
    expect(matrixMove('ArrowDown', { urgency: 'high', importance: 'low' })).toBeNull();
    expect(matrixMove('Enter', { urgency: 'low', importance: 'low' })).toBeNull();
  });

  it('places an unrated card in the middle, keeping a level it already has', () => {
    expect(matrixMove('ArrowUp', {})).toEqual({ urgency: 'medium', importance: 'medium' });
    expect(matrixMove('ArrowLeft', { urgency: 'high' })).toEqual({ urgency: 'high', importance: 'medium' });
  });
});

describe('scoreMove', () => {
  it('raises value with ↑ and effort with →, within 1–10', () => {
    expect(scoreMove('ArrowUp', { value: 7, effort: 3 })).toEqual({ value: 8, effort: 3 });
    expect(scoreMove('ArrowRight', { value: 7, effort: 3 })).toEqual({ value: 7, effort: 4 });
    expect(scoreMove('ArrowLeft', { value: 7, effort: 1 })).toBeNull();
    expect(scoreMove('ArrowUp', { value: 10, effort: 1 })).toBeNull();
    expect(scoreMove('ArrowDown', { value: 1.5, effort: 2 })).toEqual({ value: 1, effort: 2 });
  });

  it('places an unscored card at 5 and 5, keeping a score it already has', () => {
    expect(scoreMove('ArrowDown', {})).toEqual({ value: 5, effort: 5 });
    expect(scoreMove('ArrowDown', { effort: 9 })).toEqual({ value: 5, effort: 9 });
  });

  it('knows the four arrow keys and nothing else', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', ' '].map(isMoveKey)).toEqual([true, true, true, true, false, false]);
  });
});
