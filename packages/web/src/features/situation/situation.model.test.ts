import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api.client';
import { channelsPerStage, entityPath, fieldErrors, newChannelId, siloStage, situationFocus, stageBand } from './situation.model';

describe('situationFocus', () => {
  it('finds the entity of a field path, and the section of a list path', () => {
    expect(situationFocus('situation.channels[2].goal')).toEqual({ kind: 'entity', collection: 'channels', index: 2 });
    expect(situationFocus(entityPath('audiences', 0))).toEqual({ kind: 'entity', collection: 'audiences', index: 0 });
    expect(situationFocus('situation.campaigns')).toEqual({ kind: 'section', section: 'campaigns' });
    expect(situationFocus('situation.usp')).toEqual({ kind: 'section', section: 'usp' });
  });

  it('ignores paths of other steps and near misses', () => {
    expect(situationFocus(null)).toBeNull();
    expect(situationFocus('goals[1].owner')).toBeNull();
    expect(situationFocus('situation.uspx')).toBeNull();
  });
});

describe('newChannelId', () => {
  it('makes a short lower-case id from the name, keeping Nordic letters', () => {
    expect(newChannelId('Google Ads', [])).toBe('google-ads');
    expect(newChannelId('  Nyhetsbrev / Påske ', [])).toBe('nyhetsbrev-påske');
  });

  it('numbers a name that is taken, and names a channel without letters', () => {
    expect(newChannelId('Webshop', ['webshop', 'webshop-2'])).toBe('webshop-3');
    expect(newChannelId('!!!', [])).toBe('channel');
  });

  it('gives an id the plan format accepts', () => {
    for (const name of ['Ä', '--x--', '1 2 3', 'a'.repeat(200)]) {
      expect(newChannelId(name, [])).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,79}$/u);
    }
  });
});

describe('stageBand', () => {
  it('draws neighbouring stages as one band and a lone stage alone', () => {
    expect(stageBand(['reach', 'engage', 'convert'])).toEqual({ reach: 'start', engage: 'middle', convert: 'end', retain: 'none' });
    expect(stageBand(['retain', 'reach'])).toEqual({ reach: 'alone', engage: 'none', convert: 'none', retain: 'alone' });
    expect(stageBand(undefined)).toEqual({ reach: 'none', engage: 'none', convert: 'none', retain: 'none' });
  });
});

describe('siloStage and channelsPerStage', () => {
  it('name the one stage of a present channel that works on one stage only', () => {
    expect(siloStage({ present: true, funnel: ['engage'] })).toBe('engage');
    expect(siloStage({ funnel: ['engage', 'engage'] })).toBe('engage');
    expect(siloStage({ present: false, funnel: ['engage'] })).toBeUndefined();
    expect(siloStage({ present: true, funnel: ['reach', 'engage'] })).toBeUndefined();
  });

  it('count only the channels the company is present in', () => {
    expect(
      channelsPerStage([
        { present: true, funnel: ['reach', 'convert'] },
        { funnel: ['reach'] },
        { present: false, funnel: ['retain'] },
      ]),
    ).toEqual({ reach: 2, engage: 0, convert: 1, retain: 0 });
  });
});

describe('fieldErrors', () => {
  const refused = new ApiError(422, 'Invalid', 'The channel is not valid.', [
    { path: 'name', code: 'too_small', params: { minimum: 1, origin: 'string', inclusive: true }, message: 'must not be empty' },
    { path: 'funnel[1]', code: 'not_in_list', params: { options: ['reach', 'engage', 'convert', 'retain'] }, message: 'must be one of: reach, engage, convert, retain' },
    { path: 'situation.campaigns[0].channel', code: 'unknown_reference', params: { kind: 'channel', id: 'web' }, message: 'no channel with id "web"' },
  ]);

  it('puts each error at the field it names and keeps the rest apart', () => {
    const { byField, other } = fieldErrors(refused, ['name', 'funnel', 'goal']);
    expect(byField).toEqual({ name: 'must not be empty', funnel: 'must be one of: reach, engage, convert, retain' });
    expect(other.map((e) => e.path)).toEqual(['situation.campaigns[0].channel']);
  });

  it('has nothing to show at fields for a conflict or a lost connection', () => {
    expect(fieldErrors(new ApiError(412, 'Precondition Failed'), ['name'])).toEqual({ byField: {}, other: [] });
    expect(fieldErrors(new Error('x'), ['name'])).toEqual({ byField: {}, other: [] });
  });
});
