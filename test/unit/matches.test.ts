import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesOf } from '../../server/src/engine/matches';

const shape = (matches: RegExpMatchArray[]) => matches.map((m) => [m.index, [...m]]);

describe('matchesOf', () => {
  it('finds what matchAll finds, empty and astral matches included', () => {
    const cases: [RegExp, string][] = [
      [/\d+/g, 'at 09:30 and 10:45'],
      [/(?<![\w-])(?=\d|[A-Za-z]{3})/g, 'On Mon 3 Mar, at 9'],
      [/x*/g, 'axxbx'],
      [/(?:)/gu, 'a😀b'],
      [/\p{L}+/gu, 'Zoë 😀 naïve'],
      [/(?<word>\b\w)(\w*)/g, 'two words'],
    ];
    for (const [pattern, text] of cases) assert.deepEqual(shape(matchesOf(pattern, text)), shape([...text.matchAll(pattern)]), String(pattern));
  });

  it('leaves the pattern as it found it, and refuses a pattern that is not global', () => {
    const pattern = /a/g;
    pattern.lastIndex = 2;
    assert.equal(matchesOf(pattern, 'banana').length, 3);
    assert.equal(pattern.lastIndex, 2);
    assert.throws(() => matchesOf(/a/, 'banana'), /global/);
  });
});
