import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { todayIso } from '../../server/src/clock';
import { analyzeText } from '../../server/src/engine/analyze';
import { assessmentSteps, assessText } from '../../server/src/engine/assess';
import { headMayBePostmortem, headOf, looksLikePostmortem } from '../../server/src/engine/detect';
import { MAX_MARKERS_PER_PARAGRAPH, MAX_PARAGRAPH_BREAKS, measuresOf, refusalOf, scanLimits, type LimitsScan } from '../../server/src/engine/limits';
import { SectionMemo } from '../../server/src/engine/sectionParse';
import { AnalysisCache, KEPT_ANALYSES, KEPT_SECTION_MEMOS, SLICE_MS } from '../../server/src/lsp/analysisCache';
import { messageTurns } from '../../server/src/messageTurns';
import { changelog, hostileInputs } from '../helpers/hostileInputs';
import { generatedPostmortem, manySectionsPostmortem } from '../helpers/largePostmortem';
import { readSeed, sharedMissing, sharedDir } from '../helpers/paths';

describe('limits: what the engine refuses to parse', () => {
  it('refuses the inputs that overflow or stall the parser, by a linear scan before any parse', () => {
    const reasons = Object.fromEntries(hostileInputs(1).map(({ name, text }) => [name, refusalOf(text)?.reason]));
    assert.equal(reasons["'- ' x 3000 on one line"], 'too-deep');
    assert.equal(reasons["'>' x 10000"], 'too-deep');
    assert.equal(reasons["'*a' x 32k"], 'too-many-markers');
    assert.equal(reasons['1,000-deep list'], 'too-deep');
    assert.equal(reasons['16,000 lazy item lines'], 'paragraph-too-long');
    assert.equal(reasons['16,000 quoted lines'], 'paragraph-too-long');
    assert.equal(refusalOf('x'.repeat(5 * 1024 * 1024 + 1))?.reason, 'too-large');
  });

  describe(`paragraphs of more than ${MAX_PARAGRAPH_BREAKS} lines plus characters & ! < \\ \``, () => {
    const head = '# Post-Mortem: Long paragraphs\n\n## Timeline\n\n';
    /** Paragraphs of exactly `breaks` lines and run-ending characters, in each place the parser is quadratic. */
    const paragraphs: Record<string, (breaks: number) => string> = {
      'lazy lines in a list item': (breaks) => `- 14:00 Alert\n${'rollback step\n'.repeat(breaks - 1)}`,
      'lazy lines in a nested list item and quote': (breaks) => `- a\n  - b\n\n    > 14:00 Alert\n${'rollback step\n'.repeat(breaks - 1)}`,
      'quoted lines': (breaks) => '> customer report\n'.repeat(breaks),
      'indented lines in a list item': (breaks) => `- 14:00 Alert\n${'  rollback step\n'.repeat(breaks - 1)}`,
      'lines of a paragraph': (breaks) => 'rollback step\n'.repeat(breaks),
      'lines with "&" lazily in a quote': (breaks) => `> AT&T\n${'AT&T\n'.repeat(breaks / 2 - 1)}`,
      'one line of "&", "!", "\\", "`" and "<"': (breaks) => `${Array.from({ length: breaks - 1 }, (_, i) => `x${'&!\\`<'[i % 5]}`).join('')}\n`,
      'a heading': (breaks) => `## ${'AT&T '.repeat(breaks - 1)}\n`,
    };

    for (const [name, paragraph] of Object.entries(paragraphs)) {
      it(`refuses ${name} one over the limit, not at it`, () => {
        assert.equal(refusalOf(head + paragraph(MAX_PARAGRAPH_BREAKS)), undefined);
        const refusal = refusalOf(head + paragraph(MAX_PARAGRAPH_BREAKS + 2));
        assert.equal(refusal?.reason, 'paragraph-too-long');
      });
    }

    it('says where the paragraph starts, how long it is, and what to do', () => {
      const text = `${head}Intro.\n\n${paragraphs['lazy lines in a list item'](MAX_PARAGRAPH_BREAKS + 2)}`;
      assert.equal(
        refusalOf(text)?.message,
        'Post-mortem checks skipped: this document could not be analysed: too long a paragraph (from line 7: 5,002 lines plus characters & ! < \\ `; the limit is 5,000). Break it up with blank lines, or put a pasted log in a fenced code block.',
      );
    });

    it('counts no line of a fenced code block, a table row or a list item of its own against a paragraph', () => {
      const many = MAX_PARAGRAPH_BREAKS * 4;
      const rows = (prefix: string) => Array.from({ length: many }, (_, i) => `${prefix}| 14:${String(i % 60).padStart(2, '0')} | step & retry ${i} |`).join('\n');
      const fine: Record<string, string> = {
        'a fenced log': `\`\`\`\n${'GET /api 500 & retry!\n'.repeat(many)}\`\`\`\nAfter.\n`,
        'a fenced log in a list item': `- Logs:\n  ~~~~\n${'  GET /api 500 & retry!\n'.repeat(many)}  ~~~~\n`,
        'a fenced log in a quote': `> \`\`\`\n${'> GET /api 500 & retry!\n'.repeat(many)}> \`\`\`\n`,
        'a table': `| Time | Event |\n|---|---|\n${rows('')}\n`,
        'a table in a quote': `> | Time | Event |\n> |---|---|\n${rows('> ')}\n`,
        'a table in a list item': `- Timeline:\n\n  | Time | Event |\n  |---|---|\n${rows('  ')}\n`,
        'a list of one-line items': '- step & retry!\n'.repeat(many),
        'quoted paragraphs between quoted blank lines': '> customer report & retry\n>\n'.repeat(many),
      };
      for (const [name, body] of Object.entries(fine)) assert.equal(refusalOf(head + body)?.message, undefined, name);
    });

    it('ends a fenced code block in a list item or a quote with it: the lines after it count', () => {
      const text = `${head}- Logs:\n  \`\`\`\n  GET /api 500\n${'rollback step\n'.repeat(MAX_PARAGRAPH_BREAKS + 1)}`;
      assert.equal(refusalOf(text)?.reason, 'paragraph-too-long');
    });

    it('counts emphasis markers across the quoted lines of one paragraph, and none in a fenced code block', () => {
      const quoted = (lines: number) => `${head}${'> a*a\n'.repeat(lines)}`;
      assert.equal(refusalOf(quoted(MAX_MARKERS_PER_PARAGRAPH)), undefined);
      assert.equal(refusalOf(quoted(MAX_MARKERS_PER_PARAGRAPH + 1))?.reason, 'too-many-markers');
      assert.equal(refusalOf(`${head}\`\`\`json\n${'{"items": [[1], [2]], "*": "_"}\n'.repeat(MAX_MARKERS_PER_PARAGRAPH)}\`\`\`\n`), undefined);
    });

    it('counts lines that end with a lone carriage return', () => {
      assert.equal(refusalOf(head + '- 14:00 Alert\r' + 'rollback step\r'.repeat(MAX_PARAGRAPH_BREAKS + 1))?.reason, 'paragraph-too-long');
      assert.equal(refusalOf(head + 'rollback step\r\r'.repeat(MAX_PARAGRAPH_BREAKS * 2)), undefined);
    });
  });

  it('counts a paragraph\'s marker runs and HTML openings, each table row alone, not a bullet', () => {
    const runs = (count: number, run: string) => Array.from({ length: count }, (_, i) => `${run}w${i}`).join(' ');
    const refused = (text: string) => refusalOf(text)?.reason === 'too-many-markers';
    // "**" is one run; "*_" two; "<!" and "<?" one each.
    assert.ok(!refused(runs(500, '**')) && refused(runs(501, '**')));
    assert.ok(!refused(runs(250, '*_')) && refused(runs(251, '*_')));
    assert.ok(!refused(runs(500, '<!')) && refused(runs(251, '<?[')));
    // A bullet's "*" opens the item; the paragraph ends at a blank line or a line opening a block.
    assert.ok(!refused(`* ${runs(500, '~')}`) && !refused(`*\n${runs(500, '~')}`) && refused(`*x ${runs(500, '~')}`));
    assert.ok(!refused(`${runs(300, '[')}\n\n${runs(300, ']')}`) && refused(`${runs(300, '[')}\n${runs(300, ']')}`));
    // A quote opening after a paragraph outside one starts its own; quoted and lazy lines continue a quoted one.
    assert.ok(!refused(`${runs(300, '_')}\n# ${runs(300, '_')}`) && !refused(`${runs(300, '_')}\n> ${runs(300, '_')}`));
    assert.ok(refused(`> ${runs(300, '_')}\n${runs(100, '_')}\n> ${runs(200, '_')}`));
    // In a table (a delimiter row seen), each row counts alone; without one, the rows are one paragraph.
    const rows = Array.from({ length: 3 }, () => `| ${runs(300, '*')} |`).join('\n');
    assert.ok(!refused(`| a |\n|:--|\n${rows}`) && refused(`| a |\n| x |\n${rows}`));
  });

  describe('a scan resumed from the previous version\'s', () => {
    // Lines of every kind the scan tells apart, long enough together to make many segments.
    const lines = ['', 'text *a* _b_ [c] & d!', '> quoted `x` <!-- c', '- item \\ ~s~', '  - nested', '1. first', '#heading', '| a | b |', '|---|---|', '| *x* | <? |', 'lazy & line', 'x\r', '\r', '    indented'];
    // Fences rare, so that one an edit opens or closes changes the state across many segments.
    const fences = ['```', '~~~~', '- ```'];
    const line = fc.oneof({ arbitrary: fc.constantFrom(...lines), weight: 200 }, { arbitrary: fc.constantFrom(...fences), weight: 1 });
    // With one paragraph longer than any other somewhere (its breaks are the measure), across segments.
    const document = fc
      .tuple(fc.array(line, { minLength: 3000, maxLength: 6000 }), fc.nat(), fc.integer({ min: 500, max: 2500 }))
      .map(([picked, at, length]) => [...picked.slice(0, at % picked.length), '', 'lazy & line\n'.repeat(length), ...picked.slice(at % picked.length)].join('\n'));
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(200), insert: fc.constantFrom('', 'x', '\n', '\n\n', '```\n', '- ', '> ', '|---|\n', '& ! <', '*_[', '\r', '```\n', '~~~~\n', lines.join('\n').repeat(40)) });

    it('measures what a scan from the start measures, over random edits', () => {
      fc.assert(
        fc.property(document, fc.array(edit, { minLength: 1, maxLength: 8 }), (base, edits) => {
          let text = base;
          let scan = scanLimits(text);
          for (const { at, remove, insert } of edits) {
            const position = at % (text.length + 1);
            text = text.slice(0, position) + insert + text.slice(position + remove);
            scan = scanLimits(text, scan);
            assert.deepEqual(measuresOf(scan), measuresOf(scanLimits(text)));
          }
        }),
        { numRuns: Number(process.env.LIMITS_RUNS ?? 40) },
      );
    });

    it('refuses a paragraph an edit lengthens past the limit, from its line, and none the edit after ends', () => {
      const memo: { lastLimits?: LimitsScan } = {};
      const filler = '## Note\n\nA line.\n\n'.repeat(4000);
      const long = '- 14:00 Alert\n' + 'rollback step\n'.repeat(MAX_PARAGRAPH_BREAKS - 2);
      const text = `${filler}${long}${filler}`;
      assert.equal(refusalOf(text, memo), undefined);
      // Two more lines in the paragraph's middle: refused, the paragraph found where it starts.
      const at = text.indexOf('\n', filler.length + long.length / 2) + 1;
      const longer = `${text.slice(0, at)}step\nstep\n${text.slice(at)}`;
      assert.equal(refusalOf(longer, memo)?.message, refusalOf(longer)?.message);
      assert.match(refusalOf(longer, memo)?.message ?? '', new RegExp(`from line ${filler.split('\n').length}:`));
      // A blank line splitting it: nothing refused, though the segments after it are the previous version's.
      const split = `${longer.slice(0, at)}\n${longer.slice(at)}`;
      assert.equal(refusalOf(split, memo), undefined);
      // A fence opened before it: the rest is code, whose lines count for no paragraph.
      assert.equal(refusalOf(`\`\`\`\n${longer}`, memo), undefined);
    });
  });

  it('a post-mortem the parser cannot handle is refused with one message, never thrown', () => {
    for (const { name, text } of hostileInputs(1).slice(0, 2)) {
      const assessed = assessText(text, { settings: DEFAULT_SETTINGS, byPath: true });
      assert.equal(assessed.kind, 'refused', name);
      assert.match(assessed.kind === 'refused' ? assessed.refusal.message : '', /could not be analysed: too deeply nested/);
    }
  });

  it('refuses nothing in the seed and the corpus', { skip: sharedMissing }, () => {
    assert.equal(refusalOf(readSeed()), undefined);
    for (const folder of ['corpus', 'corpus-2']) {
      for (const name of readdirSync(join(sharedDir, folder)).filter((n) => !n.endsWith('.tsv'))) {
        assert.equal(refusalOf(readFileSync(join(sharedDir, folder, name), 'utf8'))?.message, undefined, name);
      }
    }
  });
});

describe('detection before analysis', () => {
  it('the cheap head scan passes every document content detection recognises (corpus and seed)', { skip: sharedMissing }, () => {
    const texts = [readSeed()];
    for (const folder of ['corpus', 'corpus-2']) {
      for (const name of readdirSync(join(sharedDir, folder)).filter((n) => !n.endsWith('.tsv'))) texts.push(readFileSync(join(sharedDir, folder, name), 'utf8'));
    }
    let recognised = 0;
    for (const text of texts) {
      if (!looksLikePostmortem(analyzeText(text, { settings: DEFAULT_SETTINGS }))) continue;
      recognised++;
      assert.ok(headMayBePostmortem(headOf(text)), text.slice(0, 80));
      assert.equal(assessText(text, { settings: DEFAULT_SETTINGS, byPath: false }).kind, 'analysed', text.slice(0, 80));
    }
    assert.ok(recognised > 80, `${recognised}`);
  });

  it('an ordinary Markdown file, however large, is turned away by its head without a parse', () => {
    const text = changelog(1024 * 1024);
    assert.equal(headMayBePostmortem(headOf(text)), false);
    assert.equal(assessText(text, { settings: DEFAULT_SETTINGS, byPath: false }).kind, 'not-postmortem');
  });
});

describe('analysis cache: steps, budget, staleness', () => {
  it('abandons an analysis that overruns its budget with a message, between steps', async () => {
    let clock = 0;
    // Each reading of the clock advances it by a second: every step "takes" a second.
    const cache = new AnalysisCache({ logger: { error: () => undefined }, budgetMs: 1500, now: () => (clock += 1000), yieldTurn: async () => undefined });
    const assessed = await cache.get({ uri: 'file:///p.md', version: 1, getText: () => '# Post-Mortem: x\n\n## Timeline\n' }, DEFAULT_SETTINGS, true);
    assert.equal(assessed.kind, 'refused');
    assert.match(assessed.kind === 'refused' ? assessed.refusal.message : '', /analysis took too long/);
  });

  it('counts the budget on its own clock once the slices pass a twentieth of it, read around each slice, not each step', async () => {
    const large = { uri: 'file:///postmortems/large.md', version: 1, getText: () => generatedPostmortem(64 * 1024) };
    // Slices of about five steps each; the budget clock says each slice took 50 ms of CPU.
    const run = async (budgetMs: number) => {
      let steps = 0;
      let budgetReadings = 0;
      let turns = 0;
      const cache = new AnalysisCache({ logger: { error: () => undefined }, budgetMs, now: () => (steps++ * SLICE_MS) / 5, budgetClock: () => budgetReadings++ * 50, yieldTurn: async () => void turns++ });
      const assessed = await cache.get(large, DEFAULT_SETTINGS, true);
      return { kind: assessed.kind, steps, budgetReadings, turns };
    };
    // A short analysis never reads the budget's clock.
    const within = await run(1e9);
    assert.equal(within.kind, 'analysed');
    assert.ok(within.turns >= 3, `${within.turns} turns`);
    assert.equal(within.budgetReadings, 0);
    // Budget 120 ms: from the slice after the first 6 ms by the step clock, the budget clock is read twice a slice
    // and says 50 ms each, so the third such slice is over budget though the step clock says 20 ms went by.
    const over = await run(120);
    assert.equal(over.kind, 'refused');
    assert.equal(over.budgetReadings, 6);
    assert.ok(over.turns < within.turns && over.turns <= 5, `${over.turns} turns, ${within.turns} in the whole analysis`);
  });

  it('does not model again the head of a document whose last version it analysed as a post-mortem by its content', async () => {
    // Outside the post-mortem folders, and longer than the 64 KB head: its head's structure decides it.
    const rows = Array.from({ length: 1200 }, (_, i) => `| ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | Step ${i} of the recovery, with enough words to fill the row |`);
    const text = (title: string) => [`# ${title}`, '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', ...rows, '', '## Root Cause', '', 'A leak.', '', 'Notes.\n\n'.repeat(3000)].join('\n');
    const stepsOf = async (cache: AnalysisCache, counter: { steps: number }, version: number, title: string) => {
      counter.steps = 0;
      const assessed = await cache.get({ uri: 'file:///notes/outage.md', version, getText: () => text(title) }, DEFAULT_SETTINGS, false);
      return { kind: assessed.kind, steps: counter.steps };
    };
    const typing = { steps: 0 };
    const cache = new AnalysisCache({ logger: { error: () => undefined }, now: () => typing.steps++, yieldTurn: async () => undefined });
    assert.equal((await stepsOf(cache, typing, 1, 'Checkout outage')).kind, 'analysed');
    // An edit in the head (its title), then the same text in a cache that has not seen the document.
    const edited = await stepsOf(cache, typing, 2, 'Checkout outage on May 3');
    const fresh = { steps: 0 };
    const unseen = await stepsOf(new AnalysisCache({ logger: { error: () => undefined }, now: () => fresh.steps++, yieldTurn: async () => undefined }), fresh, 2, 'Checkout outage on May 3');
    assert.equal(edited.kind, 'analysed');
    assert.equal(unseen.kind, 'analysed');
    // The step clock is read after every step: the head's parse and model were one more.
    assert.ok(edited.steps < unseen.steps, `${edited.steps} steps after an edit, ${unseen.steps} unseen`);
  });

  it('gives the event loop a turn after each slice of work, and one analysis per version', async () => {
    let turns = 0;
    let clock = 0;
    // Each step "takes" a whole slice.
    const cache = new AnalysisCache({ logger: { error: () => undefined }, now: () => (clock += SLICE_MS), yieldTurn: async () => void turns++ });
    const document = { uri: 'file:///postmortems/a.md', version: 1, getText: () => '# Post-Mortem: x\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert |\n' };
    const [a, b] = await Promise.all([cache.get(document, DEFAULT_SETTINGS, true), cache.get(document, DEFAULT_SETTINGS, true)]);
    assert.equal(a, b);
    assert.equal(a.kind, 'analysed');
    assert.ok(turns >= 2, `${turns}`);
  });

  it(`keeps the ${KEPT_ANALYSES} analyses asked for last, and never drops one under way`, async () => {
    const cache = new AnalysisCache({ logger: { error: () => undefined }, yieldTurn: async () => undefined });
    const documents = Array.from({ length: KEPT_ANALYSES + 10 }, (_, i) => ({ uri: `file:///postmortems/${i}.md`, version: 1, getText: () => `# Post-Mortem: ${i}\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert |\n` }));
    // All asked for at once: every one finishes (none abandoned to make room), then only the last are kept.
    const assessed = await Promise.all(documents.map((d) => cache.get(d, DEFAULT_SETTINGS, true)));
    assert.ok(assessed.every((a) => a.kind === 'analysed'));
    // Asking again for the first moves it to the front: it is kept, and the oldest of the rest goes.
    await cache.get(documents[0], DEFAULT_SETTINGS, true);
    const kept = documents.filter((d) => cache.peek(d) !== undefined).map((d) => d.uri);
    assert.equal(kept.length, KEPT_ANALYSES);
    assert.ok(kept.includes(documents[0].uri) && kept.includes(documents.at(-1)!.uri) && !kept.includes(documents[1].uri), kept.join(' '));
    // A dropped one is simply analysed again.
    assert.equal((await cache.get(documents[1], DEFAULT_SETTINGS, true)).kind, 'analysed');
  });

  it('finishes the analysis asked for last first: a keystroke in a small document is not queued behind a large one', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| 14:${String(i % 60).padStart(2, '0')} | Step ${i} |`).join('\n');
    const large = { uri: 'file:///postmortems/large.md', version: 1, getText: () => `# Post-Mortem: large\n\n## Timeline\n\n| Time | Event |\n|---|---|\n${rows}\n` };
    const small = { uri: 'file:///postmortems/small.md', version: 1, getText: () => '# Post-Mortem: small\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert |\n' };
    // Each step "takes" a whole slice, so every step gives a turn; the turns are counted.
    const counting = () => {
      let clock = 0;
      const turns = { count: 0 };
      const cache = new AnalysisCache({ logger: { error: () => undefined }, now: () => (clock += SLICE_MS), yieldTurn: () => new Promise((resolve) => setImmediate(() => resolve(void turns.count++))) });
      return { cache, turns };
    };
    const alone = counting();
    await alone.cache.get(large, DEFAULT_SETTINGS, true);
    // The small document is asked for two turns before the large one would be done: taking turns alike, the large one
    // would finish first.
    const { cache, turns } = counting();
    const finished: string[] = [];
    const largeDone = cache.get(large, DEFAULT_SETTINGS, true).then((a) => finished.push(`large ${a.kind}`));
    while (turns.count < alone.turns.count - 2) await new Promise((resolve) => setImmediate(resolve));
    const smallDone = cache.get(small, DEFAULT_SETTINGS, true).then((a) => finished.push(`small ${a.kind}`));
    await Promise.all([largeDone, smallDone]);
    assert.deepEqual(finished, ['small analysed', 'large analysed']);
  });

  it('lets what the analysis asked for last sent be written before the one it held up takes its next step', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| 14:${String(i % 60).padStart(2, '0')} | Step ${i} |`).join('\n');
    const large = { uri: 'file:///postmortems/large.md', version: 1, getText: () => `# Post-Mortem: large\n\n## Timeline\n\n| Time | Event |\n|---|---|\n${rows}\n` };
    const small = { uri: 'file:///postmortems/small.md', version: 1, getText: () => '# Post-Mortem: small\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert |\n' };
    const events: string[] = [];
    let smallDone = false;
    let clock = 0;
    // Each step "takes" a whole slice; the first clock reading after the small one is done is the large one going on.
    const now = () => {
      if (smallDone && !events.includes('large goes on')) events.push('large goes on');
      return (clock += SLICE_MS);
    };
    const cache = new AnalysisCache({ logger: { error: () => undefined }, now, yieldTurn: messageTurns });
    const largeDone = cache.get(large, DEFAULT_SETTINGS, true);
    for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setImmediate(resolve));
    // Its diagnostics are written a turn after they are sent (vscode-jsonrpc's writer takes a turn, behind a lock).
    await cache.get(small, DEFAULT_SETTINGS, true).then(() => {
      smallDone = true;
      setImmediate(() => events.push('small written'));
    });
    await largeDone;
    assert.deepEqual(events, ['small written', 'large goes on']);
  });

  it('starts none of the analyses asked for together before the last one asked for is done', async () => {
    const documents = Array.from({ length: 30 }, (_, i) => ({ uri: `file:///postmortems/${i}.md`, version: 1, getText: () => `# Post-Mortem: ${i}\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert |\n` }));
    // Each step "takes" a whole slice; the clock is read around each step, so its readings count the steps run.
    const counting = () => {
      const clock = { readings: 0 };
      const cache = new AnalysisCache({ logger: { error: () => undefined }, now: () => ++clock.readings * SLICE_MS, yieldTurn: () => new Promise((resolve) => setImmediate(resolve)) });
      return { cache, clock };
    };
    const alone = counting();
    await alone.cache.get(documents[0], DEFAULT_SETTINGS, true);
    const { cache, clock } = counting();
    let readingsWhenLastDone = 0;
    const all = documents.map((d, i) => cache.get(d, DEFAULT_SETTINGS, true).then((a) => (i === documents.length - 1 ? (readingsWhenLastDone = clock.readings) : 0, a.kind)));
    assert.ok((await Promise.all(all)).every((kind) => kind === 'analysed'));
    // The last one's own steps, and one step of the first one (asked for when nothing else ran; two readings), no
    // more: the 28 between did not start.
    assert.ok(readingsWhenLastDone <= alone.clock.readings + 2, `${readingsWhenLastDone} readings; ${alone.clock.readings} alone`);
  });

  it('tells its activity when analyses start running and when the last one running ends, not between two of a burst', async () => {
    const events: string[] = [];
    const cache = new AnalysisCache({ logger: { error: () => undefined }, yieldTurn: () => new Promise((resolve) => setImmediate(resolve)), activity: { busy: () => events.push('busy'), idle: () => events.push('idle') } });
    const documents = Array.from({ length: 10 }, (_, i) => ({ uri: `file:///postmortems/${i}.md`, version: 1, getText: () => `# Post-Mortem: ${i}\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert |\n` }));
    const burst = documents.map((d) => cache.get(d, DEFAULT_SETTINGS, true).then(() => events.push(`done ${d.uri.slice(-4)}`)));
    assert.deepEqual(events, ['busy']);
    await Promise.all(burst);
    assert.equal(events.filter((e) => e === 'busy').length, 1);
    // Idle once, when the last analysis of the burst ends (the other nine ended before); a later one is busy and idle again.
    assert.deepEqual(events.filter((e) => !e.startsWith('done')), ['busy', 'idle']);
    assert.equal(events.slice(0, events.indexOf('idle')).filter((e) => e.startsWith('done')).length, documents.length - 1, events.join(', '));
    await cache.get({ ...documents[0], version: 2 }, DEFAULT_SETTINGS, true);
    assert.deepEqual(events.filter((e) => !e.startsWith('done')), ['busy', 'idle', 'busy', 'idle']);
  });

  it('keeps an analysis without its syntax tree, its model and findings those of the whole analysis', { skip: sharedMissing }, async () => {
    const text = readSeed();
    const cache = new AnalysisCache({ logger: { error: () => undefined }, yieldTurn: async () => undefined });
    const kept = await cache.get({ uri: 'file:///postmortems/seed.md', version: 1, getText: () => text }, DEFAULT_SETTINGS, true);
    assert.equal(kept.kind, 'analysed');
    if (kept.kind !== 'analysed') return;
    const whole = analyzeText(text, { settings: DEFAULT_SETTINGS, today: todayIso() });
    assert.deepEqual(Object.keys(kept.analysis.index).sort(), ['lines', 'text']);
    assert.equal(kept.analysis.index.text, whole.index.text);
    assert.deepEqual(kept.analysis.model, whole.model);
    assert.deepEqual(kept.analysis.findings, whole.findings);
  });

  it(`analyses an edit alike whether or not its document kept its parsed sections (${KEPT_SECTION_MEMOS} kept)`, async () => {
    // Many sections, so the parse goes a section at a time and an edit parses one again.
    const text = manySectionsPostmortem(12);
    const edited = text.replace(/^## /m, '## Edited\n\nA new paragraph.\n\n## ');
    assert.notEqual(edited, text);
    const analysed = async (othersBetween: number) => {
      const cache = new AnalysisCache({ logger: { error: () => undefined }, yieldTurn: async () => undefined });
      const uri = 'file:///postmortems/edited.md';
      await cache.get({ uri, version: 1, getText: () => text }, DEFAULT_SETTINGS, true);
      for (let i = 0; i < othersBetween; i++) await cache.get({ uri: `file:///postmortems/${i}.md`, version: 1, getText: () => text }, DEFAULT_SETTINGS, true);
      const assessed = await cache.get({ uri, version: 2, getText: () => edited }, DEFAULT_SETTINGS, true);
      return assessed.kind === 'analysed' ? assessed.analysis : undefined;
    };
    const whole = analyzeText(edited, { settings: DEFAULT_SETTINGS, today: todayIso() });
    for (const othersBetween of [0, KEPT_SECTION_MEMOS]) {
      const analysis = await analysed(othersBetween);
      assert.deepEqual(analysis?.model, whole.model, `${othersBetween} documents between`);
      assert.deepEqual(analysis?.findings, whole.findings, `${othersBetween} documents between`);
    }
  });

  /** A character typed in the middle of a document (the bench's keystroke). */
  const typedInMiddle = (text: string) => {
    const middle = text.lastIndexOf('\n', text.length / 2) + 1;
    return `${text.slice(0, middle)}x${text.slice(middle)}`;
  };

  it("a keystroke's analysis of a large post-mortem goes in steps that grow in number with its size, not in a few long readings", () => {
    /** The steps of a keystroke's analysis, the document's previous version already parsed. */
    const keystrokeSteps = (text: string) => {
      const sections = new SectionMemo();
      assessText(text, { settings: DEFAULT_SETTINGS, byPath: true, sections });
      const steps = assessmentSteps(typedInMiddle(text), { settings: DEFAULT_SETTINGS, byPath: true, sections });
      for (let count = 1; ; count++) if (steps.next().done) return count;
    };
    const half = keystrokeSteps(generatedPostmortem(256 * 1024));
    const whole = keystrokeSteps(generatedPostmortem(512 * 1024));
    // Twice the rows, entries and nodes: about twice the steps, each reading yielding every so many items.
    assert.ok(whole >= 1.6 * half, `${half} steps at 256 KB, ${whole} at 512 KB`);
  });

  it("switches to a small document asked for while a large one's keystroke is analysed: it finishes within its own turns and one more", async () => {
    const large = { uri: 'file:///postmortems/large.md', version: 1, getText: () => generatedPostmortem(256 * 1024) };
    const small = { uri: 'file:///postmortems/small.md', version: 1, getText: () => '# Post-Mortem: small\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert |\n' };
    // Each step "takes" a whole slice, so every step gives a turn; the turns are counted.
    let clock = 0;
    let turns = 0;
    const cache = new AnalysisCache({ logger: { error: () => undefined }, now: () => (clock += SLICE_MS), yieldTurn: () => new Promise((resolve) => setImmediate(() => resolve(void turns++))) });
    const smallTurns = async (version: number) => {
      const before = turns;
      assert.equal((await cache.get({ ...small, version }, DEFAULT_SETTINGS, true)).kind, 'analysed');
      return turns - before;
    };
    const alone = await smallTurns(1);
    await cache.get(large, DEFAULT_SETTINGS, true);
    const typed = typedInMiddle(large.getText());
    const largeDone = cache.get({ ...large, version: 2, getText: () => typed }, DEFAULT_SETTINGS, true);
    let largeFinished = false;
    void largeDone.then(() => (largeFinished = true));
    // Asked for a few turns into the large one's keystroke.
    for (const startedAt = turns; turns < startedAt + 3; ) await new Promise((resolve) => setImmediate(resolve));
    const beside = await smallTurns(2);
    assert.equal(largeFinished, false);
    assert.ok(beside <= alone + 1, `${beside} turns beside the large one, ${alone} alone`);
    assert.equal((await largeDone).kind, 'analysed');
  });

  it('holds an analysis under way at its next step while a check is about to ask for another, and resumes it when that check is over', async () => {
    // Each step "takes" a whole slice, so every step gives a turn.
    let clock = 0;
    const cache = new AnalysisCache({ logger: { error: () => undefined }, now: () => (clock += SLICE_MS), yieldTurn: () => new Promise((resolve) => setImmediate(resolve)) });
    const large = { uri: 'file:///postmortems/large.md', version: 1, getText: () => generatedPostmortem(128 * 1024) };
    const largeDone = cache.get(large, DEFAULT_SETTINGS, true);
    const release = cache.expectAnalysis();
    // Many turns: the large one, asked for before the check that is expected, takes no step (reads no clock).
    const turns = async (count: number) => {
      for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    await turns(5);
    const held = clock;
    await turns(50);
    assert.equal(clock, held);
    release();
    release(); // Once over, a second call changes nothing.
    assert.equal((await largeDone).kind, 'analysed');
  });

  it('gives a large document a turn before its first step, so messages already received are read first', async () => {
    let turns = 0;
    const cache = new AnalysisCache({ logger: { error: () => undefined }, now: () => 0, yieldTurn: async () => void turns++ });
    const large = { uri: 'file:///postmortems/large.md', version: 1, getText: () => generatedPostmortem(128 * 1024) };
    assert.equal((await cache.get(large, DEFAULT_SETTINGS, true)).kind, 'analysed');
    assert.equal(turns, 1);
  });

  it('gives no turn to an analysis done within one slice (a small document is not held up)', async () => {
    let turns = 0;
    const cache = new AnalysisCache({ logger: { error: () => undefined }, now: () => 0, yieldTurn: async () => void turns++ });
    const document = { uri: 'file:///postmortems/a.md', version: 1, getText: () => '# Post-Mortem: x\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert |\n' };
    assert.equal((await cache.get(document, DEFAULT_SETTINGS, true)).kind, 'analysed');
    assert.equal(turns, 0);
  });
});
