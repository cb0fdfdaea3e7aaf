import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
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

/** Lines of the container shapes: 120 KB or so, where a paragraph in a list item or a quote took from 7 s to 35 s. */
const CONTAINER_LINES = 8_000;

/**
 * Long runs of lines in lists and quotes, after the seed, each line made from a line of text: a paragraph of them
 * (refused: its lines are over the limit) or blocks the parser reads in linear time (analysed).
 */
const CONTAINER_SHAPES: { name: string; before: string; line: (text: string) => string; after?: string; refused?: string }[] = [
  { name: 'quoted lines', before: '', line: (text) => `> ${text}`, refused: 'paragraph-too-long' },
  { name: 'lazy lines in a list item', before: '- Customer reports\n', line: (text) => text, refused: 'paragraph-too-long' },
  { name: 'indented lines in a list item', before: '- Customer reports\n', line: (text) => `  ${text}`, refused: 'paragraph-too-long' },
  { name: 'quoted lines in a list item', before: '- > Customer reports\n', line: (text) => `  > ${text}`, refused: 'paragraph-too-long' },
  { name: 'list item lines in a quote', before: '> - Customer reports\n', line: (text) => `>   ${text}`, refused: 'paragraph-too-long' },
  { name: 'one-line list items', before: '', line: (text) => `- ${text}` },
  { name: 'quoted lines between quoted blank lines', before: '', line: (text) => `> ${text}\n>` },
  { name: 'table rows in a quote', before: '> | Time | Event |\n> |---|---|\n', line: (text) => `> | 14:02 | ${text} |` },
  { name: 'table rows in a list item', before: '- Timeline:\n\n  | Time | Event |\n  |---|---|\n', line: (text) => `  | 14:02 | ${text} |` },
  { name: 'a fenced log in a list item', before: '- Logs:\n\n  ```\n', line: (text) => `  ${text}`, after: '  ```\n' },
];

/** As the server assesses a document: by its content (the detection's regexes run too), or known by its path. */
function assessed(text: string, byPath = false) {
  return assessText(text, { settings: DEFAULT_SETTINGS, today: '2025-12-01', byPath });
}

/** What the tests compare of an assessment, as a worker thread sends it back. */
interface Outcome {
  kind: string;
  refusal?: string;
  codes: string[];
  timelineEntries: number;
  actions: string[];
}

function outcomeOf(text: string, byPath: boolean): Outcome {
  const result = assessed(text, byPath);
  if (result.kind === 'refused') return { kind: result.kind, refusal: result.refusal.reason, codes: [], timelineEntries: 0, actions: [] };
  if (result.kind !== 'analysed') return { kind: result.kind, codes: [], timelineEntries: 0, actions: [] };
  const { findings, model } = result.analysis;
  return { kind: result.kind, codes: [...new Set(findings.map((f) => f.code))], timelineEntries: model.timeline.length, actions: model.actionItems.map((item) => item.action.text) };
}

/** How long a worker may take before the analysis counts as hung: each takes about a second now, minutes before. */
const HANG_MS = 60_000;

/**
 * Assesses the texts in a worker thread (this file, started again), so a hang fails the test at HANG_MS instead of
 * hanging the tier: synchronous work on the test's own thread cannot be stopped by a timeout.
 */
function outcomesInWorker(texts: string[], byPath: boolean): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { texts, byPath } });
    const deadline = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`not analysed within ${HANG_MS / 1000} s: a hang`));
    }, HANG_MS);
    worker.once('message', (outcomes: Outcome[]) => {
      clearTimeout(deadline);
      void worker.terminate();
      resolve(outcomes);
    });
    worker.once('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
  });
}

if (!isMainThread) {
  const { texts, byPath } = workerData as { texts: string[]; byPath: boolean };
  parentPort!.postMessage(texts.map((text) => outcomeOf(text, byPath)));
} else {
  describe('long lines', { skip: sharedMissing }, () => {
    const seed = sharedMissing ? '' : readSeed();
    const normal = sharedMissing ? undefined : outcomeOf(seed, false);

    for (const shape of SHAPES) {
      it(`analyses the seed with a ${LINE_CHARS / 1000} KB line of ${shape.name} in each place`, async () => {
        assert.equal(normal?.kind, 'analysed');
        const line = shape.opening + shape.run.repeat(Math.ceil(LINE_CHARS / shape.run.length)) + shape.ending;
        const placed = Object.entries(PLACEMENTS).map(([place, put]) => [place, put(seed, line)] as const);
        for (const [place, text] of placed) assert.notEqual(text, seed, `${place}: the line was placed`);
        // A refused document is known by its path here: the seed has no heading, so a refused head's title is the
        // line's own heading, and by its content the document would be no post-mortem at all.
        const outcomes = await outcomesInWorker(placed.map(([, text]) => text), shape.refused !== undefined);
        outcomes.forEach((outcome, i) => {
          const place = placed[i][0];
          if (shape.refused) {
            assert.equal(outcome.kind === 'refused' && outcome.refusal, shape.refused, place);
            return;
          }
          assert.equal(outcome.kind, 'analysed', place);
          for (const code of normal.codes) assert.ok(outcome.codes.includes(code), `${place}: the seed's ${code} is missing`);
          assert.equal(outcome.timelineEntries, normal.timelineEntries, `${place}: timeline entries`);
        });
      });
    }

    it(`analyses or refuses the seed with ${CONTAINER_LINES} lines of each shape in a list or a quote, never hangs`, async () => {
      assert.equal(normal?.kind, 'analysed');
      const texts = CONTAINER_SHAPES.map(({ before, line, after = '' }) => {
        const lines = Array.from({ length: CONTAINER_LINES }, (_, i) => line(`customer report ${i} & retry`));
        return `${seed}\n\n${before}${lines.join('\n')}\n${after}`;
      });
      // Known by its path: a refused document is then refused, whatever its head says.
      const outcomes = await outcomesInWorker(texts, true);
      outcomes.forEach((outcome, i) => {
        const { name, refused } = CONTAINER_SHAPES[i];
        if (refused) {
          assert.equal(outcome.kind === 'refused' && outcome.refusal, refused, name);
          return;
        }
        assert.equal(outcome.kind, 'analysed', name);
        for (const code of normal.codes) assert.ok(outcome.codes.includes(code), `${name}: the seed's ${code} is missing`);
      });
    });

    it('reads a line of thousands of stated figures, never hangs', async () => {
      // Each figure's key and sentence were read from the start of its line: 20,000 figures took 85 s.
      const text = `${seed}\n\n${'The outage lasted 3 hours and '.repeat(20_000)}x\n`;
      const [outcome] = await outcomesInWorker([text], false);
      assert.equal(outcome.kind, 'analysed');
      assert.equal(normal?.kind, 'analysed');
      for (const code of normal.codes) assert.ok(outcome.codes.includes(code), `the seed's ${code} is missing`);
    });

    it('reads a long paragraph introducing action items that never reaches its colon', async () => {
      // Before the fix a 12 KB one took 9 s (cubic).
      const text = `${seed}\n\n## Action Items\n\n${'we will '.repeat(LINE_CHARS / 8)}x\n\n- Add an alert on the pool\n`;
      const [outcome] = await outcomesInWorker([text], false);
      assert.equal(outcome.kind, 'analysed');
      assert.ok(outcome.actions.includes('Add an alert on the pool'), 'the item below the paragraph is read');
    });
  });
}
