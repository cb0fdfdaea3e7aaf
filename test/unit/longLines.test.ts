import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { assessText } from '../../server/src/engine/assess';
import { readSeed, sharedMissing } from '../helpers/paths';

/** A line's length: tens of KB, where a super-linear regex over a line took from seconds to minutes. */
const LINE_CHARS = 40_000;

/**
 * Shapes of one long line that made a regex (or the parser) super-linear: an opening, a run repeated to LINE_CHARS and
 * the ending that makes a match fail at the last moment.
 */
const SHAPES: { name: string; opening: string; run: string; ending: string; refused?: string }[] = [
  { name: 'a word then spaces (hard line breaks)', opening: 'A', run: ' ', ending: '' },
  { name: 'opening parentheses', opening: '', run: '(', ending: '' },
  { name: 'parentheses around "DONE"', opening: '', run: '(DONE(', ending: '' },
  { name: 'tabs', opening: 'x', run: '\t', ending: '\u0000**' },
  { name: '"SEV" then tabs', opening: 'SEV', run: '\t', ending: 'J' },
  { name: '"METADATA" then tabs', opening: 'METADATA', run: '\t', ending: 'U' },
  { name: '"POSTMORTEM:V" then spaces', opening: 'POSTMORTEM:V', run: ' ', ending: 'N' },
  { name: '"AA A AA" then spaces', opening: 'AA A AA', run: ' ', ending: '\u0000' },
  { name: '"A:A" then vertical tabs', opening: 'A:A', run: '\u000b', ending: '\u0000' },
  { name: '"impact" repeated', opening: '', run: 'IMPACT ', ending: 'SP' },
  { name: '"downtime" repeated', opening: '', run: 'downtime ', ending: '' },
  { name: 'spaces in a status update left open', opening: '[update: x', run: ' ', ending: 'y' },
  // The parser reads from each "<!--" left open to the end of the heading or cell: refused before any parse.
  { name: 'HTML comments left open', opening: '', run: '<!--', ending: '', refused: 'too-many-markers' },
  // Lone carriage returns end lines: a paragraph of thousands of "[" openers, refused as before.
  { name: '"[UPDATE" with carriage returns', opening: '', run: 'M\r[UPDATE\r', ending: '', refused: 'too-many-markers' },
];

/** Where the line goes in the seed: its own paragraph, a heading, a timeline cell, a list item, a header field. */
const PLACEMENTS: Record<string, (seed: string, line: string) => string> = {
  paragraph: (seed, line) => `${seed}\n\n${line}\n`,
  heading: (seed, line) => `${seed}\n\n## ${line}\n`,
  cell: (seed, line) => seed.replace('| 14:02 |', `| 14:02 ${line.replace(/\|/g, '')} |`),
  item: (seed, line) => `${seed}\n\n- ${line}\n`,
  field: (seed, line) => seed.replace('Reviewers: ', `Reviewers: ${line} `),
};

/** As the server assesses a document: by its content (the detection's regexes run too), or known by its path. */
function assessed(text: string, byPath = false) {
  return assessText(text, { settings: DEFAULT_SETTINGS, today: '2025-12-01', byPath });
}

describe('long lines', { skip: sharedMissing }, () => {
  const seed = sharedMissing ? '' : readSeed();
  const normal = sharedMissing ? undefined : assessed(seed);

  for (const shape of SHAPES) {
    // The timeout only detects a hang (before the fixes some of these took minutes); each takes about a second now.
    it(`analyses the seed with a ${LINE_CHARS / 1000} KB line of ${shape.name} in each place`, { timeout: 60_000 }, () => {
      assert.equal(normal?.kind, 'analysed');
      const normalCodes = new Set(normal.analysis.findings.map((f) => f.code));
      const line = shape.opening + shape.run.repeat(Math.ceil(LINE_CHARS / shape.run.length)) + shape.ending;
      for (const [place, placed] of Object.entries(PLACEMENTS)) {
        const text = placed(seed, line);
        assert.notEqual(text, seed, `${place}: the line was placed`);
        // A refused document is known by its path here: the seed has no heading, so a refused head's title is the
        // line's own heading, and by its content the document would be no post-mortem at all.
        const result = assessed(text, shape.refused !== undefined);
        if (shape.refused) {
          assert.equal(result.kind === 'refused' && result.refusal.reason, shape.refused, place);
          continue;
        }
        assert.equal(result.kind, 'analysed', place);
        const codes = new Set(result.analysis.findings.map((f) => f.code));
        for (const code of normalCodes) assert.ok(codes.has(code), `${place}: the seed's ${code} is missing`);
        assert.equal(result.analysis.model.timeline.length, normal.analysis.model.timeline.length, `${place}: timeline entries`);
      }
    });
  }

  it('reads a long paragraph introducing action items that never reaches its colon', { timeout: 60_000 }, () => {
    // Before the fix a 12 KB one took 9 s (cubic); the timeout only detects a hang.
    const text = `${seed}\n\n## Action Items\n\n${'we will '.repeat(LINE_CHARS / 8)}x\n\n- Add an alert on the pool\n`;
    const result = assessed(text);
    assert.equal(result.kind, 'analysed');
    const added = result.analysis.model.actionItems.find((item) => item.action.text === 'Add an alert on the pool');
    assert.ok(added, 'the item below the paragraph is read');
  });
});
