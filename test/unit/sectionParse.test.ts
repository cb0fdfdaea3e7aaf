import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { loneCrAsLf } from '../../server/src/engine/lineIndex';
import { parseMarkdown } from '../../server/src/engine/parse';
import { scanChunks, sectionChunks } from '../../server/src/engine/sectionChunks';
import { parseInSections, piecesOf, SectionMemo } from '../../server/src/engine/sectionParse';
import { indexDocument, indexTree, offsetsOf, type DocumentIndex } from '../../server/src/engine/documentIndex';
import { readingAnew } from '../../server/src/engine/textMemo';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { documentSymbols } from '../../server/src/lsp/features/documentSymbols';
import { toTimelineView } from '../../server/src/lsp/timelineView';
import { generatedPostmortem } from '../helpers/largePostmortem';
import { readSeed, seedPath, sharedDir } from '../helpers/paths';

/** A memo that counts the chunks parsed into it. */
class CountingMemo extends SectionMemo {
  added = 0;
  override add(...chunk: Parameters<SectionMemo['add']>): void {
    this.added++;
    super.add(...chunk);
  }
}

/** Runs the parse's steps to the end, counting the chunks it parsed. */
function parseCounting(text: string, memo: CountingMemo): { tree: ReturnType<typeof parseMarkdown>; parsed: number } {
  const before = memo.added;
  const steps = parseInSections(loneCrAsLf(text), memo);
  for (;;) {
    const step = steps.next();
    if (step.done) return { tree: step.value, parsed: memo.added - before };
  }
}

/** The index's lists by their definition: every node of each type, in a pre-order walk of the tree. */
function listedByWalk(tree: Root): Omit<DocumentIndex, 'text' | 'tree' | 'lines' | 'pieces' | 'unclosedBlock'> {
  const listed = { headings: [], tables: [], listItems: [], lists: [], orderedItems: new Set(), paragraphs: [], listParagraphs: new Set(), texts: [], htmls: [], codes: [], frontMatter: undefined, nonProse: [] } as {
    -readonly [K in keyof Omit<DocumentIndex, 'text' | 'tree' | 'lines' | 'pieces' | 'unclosedBlock'>]: DocumentIndex[K];
  };
  const walk = (node: Nodes): void => {
    if (node.type === 'heading' || node.type === 'code' || node.type === 'html' || node.type === 'yaml') listed.nonProse.push(offsetsOf(node));
    if (node.type === 'heading') listed.headings.push(node);
    if (node.type === 'table') listed.tables.push(node);
    if (node.type === 'list') {
      listed.lists.push(node);
      if (node.ordered) for (const item of node.children) listed.orderedItems.add(item);
    }
    if (node.type === 'listItem') {
      listed.listItems.push(node);
      for (const child of node.children) if (child.type === 'paragraph') listed.listParagraphs.add(child);
    }
    if (node.type === 'paragraph') listed.paragraphs.push(node);
    if (node.type === 'text') listed.texts.push(node);
    if (node.type === 'html') listed.htmls.push(node);
    if (node.type === 'code') listed.codes.push(node);
    if (node.type === 'yaml') listed.frontMatter ??= node;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return listed;
}

function assertSameAsWholeParse(text: string, memo = new CountingMemo(), label = ''): void {
  assert.deepStrictEqual(parseCounting(text, memo).tree, parseMarkdown(loneCrAsLf(text)), `${label}\n${JSON.stringify(text.slice(0, 2000))}`);
}

const corpusFolders = ['corpus', 'corpus-2'].map((folder) => join(sharedDir, folder));
const corpusMissing = corpusFolders.every(existsSync) ? undefined : `../shared/corpus or ../shared/corpus-2 is absent (looked in ${sharedDir}); set POSTMORTEM_SHARED`;
const seedMissing = existsSync(seedPath) ? undefined : `the seed is absent (looked for ${seedPath}); set POSTMORTEM_SHARED`;

/** Documents whose block structure runs across, or right up to, a heading line. */
const CROSSING = [
  '# A\n\n```sh\n# not a heading\n```\n# B\n',
  '# A\n\n```\n# inside a fence never closed\n\n## still inside\n',
  '# A\n\n````\n```\n# inside\n````\n# B\n',
  '# A\n\n~~~\n# inside\n```\n# inside\n~~~\n# B\n',
  '# A\n\n    ```\nnot code\n\n```\n# inside a fence the scan thinks closed\n```\n# B\n',
  '# A\n<!--\n# commented out\n-->\n# B\n<!-- one line -->\n# C\n',
  '# A\n<div>\n# inside the HTML block\n\n# B\n<pre>\n# x\n\n# y\n</pre>\n# C\n',
  '# A\n<?php\n# x\n?>\n# B\n<!DOCTYPE html>\n# C\n<![CDATA[\n# x\n]]>\n# D\n<script>\n# x\n</script>\n# E\n',
  '---\ntitle: x\n# a YAML comment\n---\n# Title\n\ntext\n# Next\n',
  '---\n# a thematic break, not front matter\n\n# B\n',
  // A thematic break after a blank line: a piece starting with it would open front matter.
  '# A\n\ntext\n\n---\n- a\n- b\n',
  '--- \ntitle: x\n--- \n# Title\n',
  '+++\ntitle = "x"\n# a TOML comment\n+++\n# Title\n\ntext\n# Next\n',
  '+++\ntitle = "x"\n---\n# still front matter\n+++\n# Title\n',
  '# A\n\ntext\n\n+++\n- a\n- b\n',
  '# A\n\n[ref] and [^1]\n\n# B\n\n[ref]: https://example.com\n[^1]: a note\n',
  '# A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n# B\n| c |\n|---|\n',
  '# A\n\n- item\n\n  continued\n# B\n> quote\nlazy\n# C\nSetext\n===\n# D\n\tcode\n#\tE\n#\n####### seven\n',
  '# A\r\n\r\ntext\r\n# B\r\n```\r\n# x\r\n```\r\n# C\rlone CR\r# D\n',
  'text before any heading\n# A\n',
  '\n\n# A\n\n\n',
  '- ```\n# A\n> ```\n# B\n   ```\n   # C\n   ```\n# D\n',
  // After a blank line: loose lists, lazy lines, quotes, indented code, a fence opened on the line itself.
  'para\n\n- a\n\n- b\n\n  more\n\nafter\n\n1) x\n\n2) y\n\n> q\n\n> r\nlazy\n\n    code\n\n    more code\n\ntext\n\n```\nin\n\nfence\n```\n\n<div>\n\n</div>\n\n-\n\nz\n',
  // Tables and lists long enough to be cut between rows and items, with what may end or change them midway.
  ...['x', '', '```', '| x | y | z |', '|---|', '> q', '- item', '* * *', '<div>', 'no pipe'].map((odd) =>
    `| a | b |\n|---|:-:|\n${Array.from({ length: 120 }, (_, i) => (i === 60 ? odd : `| ${i} | row ${i} |`)).join('\n')}\n\n${Array.from({ length: 120 }, (_, i) => (i === 60 ? odd : `${i % 50 === 49 ? '*' : '-'} item ${i}`)).join('\n')}\n`,
  ),
];

describe('section-incremental parsing', () => {
  it('splits before unindented headings, outside fences, HTML blocks and front matter', () => {
    const texts = (text: string) => sectionChunks(text)?.map((chunk) => chunk.text);
    assert.deepEqual(texts('intro\n# A\ntext\n## B\n```\n# code\n```\n'), ['intro\n', '# A\ntext\n', '## B\n```\n# code\n```\n']);
    assert.deepEqual(texts('---\n# yaml\n---\n# A\n'), ['---\n# yaml\n---\n', '# A\n']);
    assert.deepEqual(texts('+++\n# toml\n+++\n# A\n'), ['+++\n# toml\n+++\n', '# A\n']);
    assert.deepEqual(texts('# A\n<!--\n# x\n-->\n# B\n'), ['# A\n<!--\n# x\n-->\n', '# B\n']);
    assert.deepEqual(texts('# A\n #B\n #\n####### C\n'), ['# A\n #B\n #\n####### C\n']);
    assert.equal(texts('# A\n[x]: https://example.com\n'), undefined, 'a definition resolves across sections');
  });

  it('gives the tree of one whole parse for documents whose blocks run up to or across a heading', () => {
    for (const text of CROSSING) assertSameAsWholeParse(text);
  });

  it('gives the tree of one whole parse for the seed', { skip: seedMissing }, () => {
    assertSameAsWholeParse(readSeed());
  });

  it('gives the tree of one whole parse for every corpus document', { skip: corpusMissing }, () => {
    for (const folder of corpusFolders) {
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.md') || f.endsWith('.txt'))) assertSameAsWholeParse(readFileSync(join(folder, file), 'utf8'), new CountingMemo(), file);
    }
  });

  it('parses again only the section an edit touched, and never changes a tree it gave an earlier version', () => {
    const sections = Array.from({ length: 20 }, (_, i) => `## Section ${i}\n\nSome *text* with [a link](https://example.com/${i}).\n\n- item\n- item\n`);
    const memo = new CountingMemo();
    const first = parseCounting(sections.join(''), memo);
    assert.ok(first.parsed >= 20, `${first.parsed}`);
    const before = structuredClone(first.tree);
    sections[7] = sections[7].replace('Some', 'Some more');
    const second = parseCounting(sections.join(''), memo);
    assert.equal(second.parsed, 1);
    assert.deepStrictEqual(second.tree, parseMarkdown(sections.join('')));
    assert.deepStrictEqual(first.tree, before);
  });

  it('moves pieces in place when asked: an edit above shifts the nodes after it where they are, each piece placed once', () => {
    const same = '## Same\n\nSame *text* with `code`.\n\n- item\n- item\n\n';
    const memo = new CountingMemo({ movesInPlace: true });
    const first = parseCounting(`# Title\n\n${same.repeat(5)}`, memo);
    assert.deepStrictEqual(first.tree, parseMarkdown(`# Title\n\n${same.repeat(5)}`));
    // The title edited (everything after it moves) and a sixth equal section added: equal pieces, one memoised parse.
    const second = parseCounting(`# A longer title\n\n${same.repeat(6)}`, memo);
    assert.equal(second.parsed, 1);
    assert.deepStrictEqual(second.tree, parseMarkdown(`# A longer title\n\n${same.repeat(6)}`));
    assert.ok(
      second.tree.children.some((node) => first.tree.children.includes(node)),
      'a moved piece keeps its nodes',
    );
    const nodes = new Set<object>();
    const points = new Set<object>();
    let walked = 0;
    const walk = (node: Nodes) => {
      walked++;
      nodes.add(node);
      points.add(node.position!.start).add(node.position!.end);
      if ('children' in node) node.children.forEach(walk);
    };
    second.tree.children.forEach(walk);
    assert.equal(nodes.size, walked, 'no node placed twice');
    assert.equal(points.size, 2 * walked, 'no point shared by two nodes (each is shifted once)');
    // Moved back: shifted again, from where the last version put them.
    const third = parseCounting(`# T\n\n${same.repeat(6)}x\n`, memo);
    assert.deepStrictEqual(third.tree, parseMarkdown(`# T\n\n${same.repeat(6)}x\n`));
  });

  it('parses again only the piece of a long table or list an edit touched', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `| 14:${String(i % 60).padStart(2, '0')} | Step ${i} | Ann |`);
    const items = Array.from({ length: 2000 }, (_, i) => `- Lesson ${i}`);
    const text = (r: string[], l: string[]) => `## Timeline\n\n| Time | Event | Actor |\n|---|---|---|\n${r.join('\n')}\n\n## Lessons\n\n${l.join('\n')}\n`;
    const memo = new CountingMemo();
    assert.ok(parseCounting(text(rows, items), memo).parsed > 100, 'cut into many pieces');
    rows[1000] = rows[1000].replace('Step', 'Stepped');
    items[1000] = `x${items[1000]}`;
    const edited = parseCounting(text(rows, items), memo);
    assert.ok(edited.parsed <= 4, `${edited.parsed} pieces parsed again`);
    assert.deepStrictEqual(edited.tree, parseMarkdown(text(rows, items)));
  });

  it('cuts a list before an item after lazy lines or nested blocks, and gives the tree of one whole parse', () => {
    // Pasted lists: items whose text runs on over unindented lines, empty items, setext underlines, other blocks.
    // Lines with text get a number, so the hash cuts before some items and not others.
    const texts = ['- item', '* star item', '+ plus item', 'lazy text', '  - nested', '    deeper', '1. ordered', '> quote', '| a | b |', '- [ ] task', ' - indented item', '-\tTab item'];
    const marks = ['-', '- - -', '|---|---|', '```', '<div>', '===', '---', ''];
    const line = fc.oneof(
      fc.tuple(fc.constantFrom(...texts), fc.nat(999)).map(([text, n]) => `${text} ${n}`),
      fc.constantFrom(...marks),
      // Thematic breaks of any length and spacing (some hash to a cut), and empty items.
      fc.tuple(fc.constantFrom('-', '*'), fc.integer({ min: 3, max: 12 }), fc.nat(5)).map(([mark, n, spaces]) => `${`${mark} `.repeat(n).trimEnd()}${' '.repeat(spaces)}`),
      fc.nat(5).map((spaces) => `-${' '.repeat(spaces)}`),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 40, maxLength: 400 }), (lines) => assertSameAsWholeParse(lines.join('\n'))),
      { numRuns: Number(process.env.SECTION_RUNS ?? 25) * 4 },
    );
    const pasted = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? `- item ${i}` : i % 3 === 1 ? `text ${i}` : '  - nested')).join('\n');
    assert.ok(sectionChunks(pasted)!.length > 4, 'cut between items with lazy lines');
  });

  // Edits of the kinds that move block boundaries: characters, lines, headings, fences (one never closed), '#' at
  // a line start, blank lines, HTML, tables, definitions, line endings.
  const pieces = ['#', '# ', '## Heading\n', '\n', '\n\n', '```', '```\n', '~~~\n', '    ', '\t', '<!--', '-->', '<div>\n', '---\n', '| a | b |\n|---|---|\n', '> ', '- ', '1. ', '===\n', '[x]: /u\n', '\r\n', '\r', 'text', '`', '*', '- ```', '> ```', '- <div>', '> <!--', '  '];
  const edit = fc.oneof(
    fc.record({ at: fc.nat(), remove: fc.constant(0), insert: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })) }),
    fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 40 }), insert: fc.constant('') }),
    fc.record({ at: fc.nat(), remove: fc.constant(-1), insert: fc.constant('') }),
  );
  /** Applies an edit at a position taken modulo the text's length; `remove: -1` deletes the line there; '#' edits go to a line start. */
  function applied(text: string, { at, remove, insert }: { at: number; remove: number; insert: string }): string {
    let position = text.length === 0 ? 0 : at % (text.length + 1);
    if (insert.startsWith('#') || remove === -1) position = text.lastIndexOf('\n', position - 1) + 1;
    if (remove === -1) {
      const end = text.indexOf('\n', position);
      return text.slice(0, position) + (end === -1 ? '' : text.slice(end + 1));
    }
    return text.slice(0, position) + insert + text.slice(position + remove);
  }
  const synthetic = `# Post-Mortem: Synthetic\n\n**Date:** 2025-10-26\n\n## Summary\n\nText *emphasis\nacross* lines.\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert fired |\n| 14:05 | Mitigated |\n\n\`\`\`sh\n# restart\nkubectl rollout restart\n\`\`\`\n\n## Impact\n\n- All users\n  - nested\n\n> quoted\n> ## heading in a quote\n\n<!-- a comment -->\n## Root Cause\n\nA leak.\n\n## Action Items\n\n| Action | Owner | Due |\n|---|---|---|\n| Fix | Ann | 2025-11-01 |\n`;
  // Long enough that the hash cuts them between rows and items many times.
  const longBlocks = `# Post-Mortem: Long\n\n## Timeline\n\n| Time | Event | Actor |\n|:---|---|--:|\n${Array.from({ length: 300 }, (_, i) => `| 14:${String(i % 60).padStart(2, '0')} | Step ${i} **done** | Ann |`).join('\n')}\n\n## Lessons\n\n${Array.from({ length: 300 }, (_, i) => `- Lesson ${i}: *check* \`pool-${i}\``).join('\n')}\n\n## Action Items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n${Array.from({ length: 150 }, (_, i) => `| Fix ${i} | ${i % 7 === 0 ? 'TBD' : `@dev${i}`} | 2025-${String((i % 12) + 1).padStart(2, '0')}-1${i % 10} | ${['Done', 'Planned', 'in progress'][i % 3]} |`).join('\n')}\n`;
  // Equal sections: equal pieces, one memoised parse placed several times.
  const repeated = `# Post-Mortem: Repeated\n\n${'## Note\n\nAt 14:00 the *pool* was checked.\n\n- owner: Jane\n\n'.repeat(6)}`;
  // Rows that state figures and budgets (a metrics table, a line folded into the timeline), in a table long enough
  // to be cut into pieces.
  const metrics = `# Post-Mortem: Metrics\n\n**Date:** 2025-10-26\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n${Array.from({ length: 120 }, (_, i) => `| 14:${String(i % 60).padStart(2, '0')} | Step ${i}${i === 3 ? ': alert fired, outage started' : i === 90 ? ': service restored' : ''} |`).join('\n')}\n| Total Duration: 87 minutes |\n\n## Metrics\n\n| Metric | Value |\n|---|---|\n| Time to detect | 5 minutes (target: <10 min) ✅ |\n| Time to resolve | 87 minutes |\n| Customer impact | Checkout was down for about 2 hours |\n| SLA Breach | No (87 min < 43.2 min budget for 99.9%) |\n`;
  const bases = () => (seedMissing ? [synthetic, longBlocks, repeated, metrics] : [synthetic, longBlocks, repeated, metrics, readSeed()]);

  it('over random edits, each version parsed from the previous version\'s sections equals its whole parse', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases()), fc.array(edit, { minLength: 1, maxLength: 12 }), fc.boolean(), (base, edits, movesInPlace) => {
        const memo = new CountingMemo({ movesInPlace });
        let text = base;
        assertSameAsWholeParse(text, memo);
        for (const e of edits) {
          text = applied(text, e);
          assertSameAsWholeParse(text, memo);
        }
      }),
      { numRuns: Number(process.env.SECTION_RUNS ?? 25) },
    );
  });

  it('and its index (the lists every reading uses) equals the index of a whole parse, which lists every node of its types in document order', () => {
    const lists = ({ headings, tables, listItems, lists, orderedItems, paragraphs, listParagraphs, texts, htmls, codes, frontMatter, nonProse }: DocumentIndex) => ({ headings, tables, listItems, lists, orderedItems, paragraphs, listParagraphs, texts, htmls, codes, frontMatter, nonProse });
    fc.assert(
      fc.property(fc.constantFrom(...bases()), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (base, edits, movesInPlace) => {
        const memo = new CountingMemo({ movesInPlace });
        let text = loneCrAsLf(base);
        for (const e of [undefined, ...edits]) {
          if (e) text = loneCrAsLf(applied(text, e));
          const tree = parseCounting(text, memo).tree;
          assert.deepStrictEqual(lists(indexTree(text, tree, undefined, piecesOf(tree))), lists(indexDocument(text)), JSON.stringify(e));
          assert.deepStrictEqual(lists(indexDocument(text)), listedByWalk(parseMarkdown(text)), JSON.stringify(e));
        }
      }),
      { numRuns: Number(process.env.SECTION_RUNS ?? 25) },
    );
  });

  it('and its cuts, the scan resumed from the previous version\'s, equal those of a scan from the start', () => {
    const corpus = corpusMissing ? [] : corpusFolders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.md') || f.endsWith('.txt')).map((file) => readFileSync(join(folder, file), 'utf8')));
    const documents = [...bases(), ...CROSSING, generatedPostmortem(64 * 1024), ...corpus];
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(edit, { minLength: 1, maxLength: 12 }), (base, edits) => {
        let text = loneCrAsLf(base);
        let scan = scanChunks(text);
        for (const e of edits) {
          text = loneCrAsLf(applied(text, e));
          const resumed = scanChunks(text, scan);
          assert.deepStrictEqual(resumed, scanChunks(text), JSON.stringify(e));
          scan = resumed;
        }
      }),
      { numRuns: Number(process.env.SECTION_RUNS ?? 25) * 4 },
    );
    // Resumed, not scanned again: the cuts before an edit are the previous version's, those after it their texts.
    const previous = scanChunks(longBlocks)!;
    const middle = previous.chunks[Math.floor(previous.chunks.length / 2)];
    const resumed = scanChunks(`${longBlocks.slice(0, middle.start + 3)}x${longBlocks.slice(middle.start + 3)}`, previous)!;
    assert.equal(resumed.chunks[1], previous.chunks[1]);
    assert.equal(resumed.chunks[resumed.chunks.length - 1].start, previous.chunks[previous.chunks.length - 1].start + 1);
    // Only the edit is searched for a definition's "]:" when the version before had none: the colon typed after
    // "[x]" at a line's start still makes a definition, and the document is parsed whole.
    const withBracket = `${longBlocks}\n[x] https://example.com\n`;
    const typedColon = withBracket.replace('[x] ', '[x]: ');
    assert.ok(scanChunks(withBracket));
    assert.equal(scanChunks(typedColon, scanChunks(withBracket)), undefined);
    // With a "]:" already there (no definition: the line starts with "x"), the whole text is searched again.
    const notYet = `${longBlocks}\nx[y]: https://example.com\n`;
    assert.ok(scanChunks(notYet));
    assert.equal(scanChunks(notYet.replace('x[y]', '[y]'), scanChunks(notYet)), undefined);
  });

  /** Diagnostics, timeline (entries, milestones, durations), outline and the model they come from: from the memos, or everything read anew. */
  const analysed = (text: string, sections?: SectionMemo) => {
    const analysis = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-12-01', sections });
    return { diagnostics: toDiagnostics(analysis.findings, analysis.index.lines), timeline: toTimelineView('file:///p.md', 1, analysis), outline: documentSymbols(analysis), model: analysis.model };
  };
  const analysedAnew = (text: string) => readingAnew(() => analysed(text));
  /**
   * Each version analysed from its previous version's sections and the readings memoised so far equals its analysis
   * read anew, and the previous version's analysis is still its own (the readings of unchanged pieces are shared).
   */
  const sameOverEdits = (base: string, edits: Parameters<typeof applied>[1][], label = '', movesInPlace = false) => {
    const memo = new SectionMemo({ movesInPlace });
    let text = base;
    let previous = { memoised: analysed(text, memo), anew: analysedAnew(text) };
    assert.deepStrictEqual(previous.memoised, previous.anew, label);
    for (const e of edits) {
      text = applied(text, e);
      const current = { memoised: analysed(text, memo), anew: analysedAnew(text) };
      assert.deepStrictEqual(current.memoised, current.anew, `${label} after ${JSON.stringify(e)}`);
      assert.deepStrictEqual(previous.memoised.model, previous.anew.model, `${label}: the version before ${JSON.stringify(e)}, once the next was analysed`);
      previous = current;
    }
  };

  it('and its analysis (diagnostics, timeline with milestones, outline) equals the analysis of a whole parse read anew', () => {
    // Every base, each read its own way (metrics rows, equal pieces, long tables), with random edits.
    for (const base of bases()) {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (edits, movesInPlace) => sameOverEdits(base, edits, base.slice(0, 40), movesInPlace)),
        { numRuns: 2 },
      );
    }
  });

  it('reads a long timeline table\'s rows again when what they are read with changes outside their pieces: the zone its section names', () => {
    const heading = '## Timeline (all times';
    const base = `# Post-Mortem: Zones\n\n**Date:** 2025-10-26\n\n${heading} UTC)\n\n| Time | Event |\n|---|---|\n${Array.from({ length: 200 }, (_, i) => `| ${10 + Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')} | Step ${i}${i === 5 ? ': outage started' : i === 150 ? ': service restored' : ''} |`).join('\n')}\n`;
    const afterHeading = base.indexOf(heading) + heading.length;
    // The table's pieces are unchanged (each is parsed after its header, which is unchanged too); the zone is not.
    sameOverEdits(base, [{ at: afterHeading + 1, remove: 3, insert: 'PST' }, { at: afterHeading + 1, remove: 3, insert: 'CET' }, { at: afterHeading + 1, remove: 3, insert: 'UTC' }], 'zones');
  });

  it('judges the timeline again when what it reads outside the timeline changes, and keeps the last judgement otherwise', () => {
    const base = [
      '# Post-Mortem: Judged\n\n**Date:** 2025-10-26\n**Detected:** 14:05\n**Duration:** 14:00 to 14:30 UTC\n\n## Summary\n\nUsers could not log in.\n\n',
      '## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 14:00 | Checked the dashboards |\n| 14:05 | Alert fired |\n| 14:10 | Alert fired again |\n| 14:20 | Rolled back the deploy |\n| 14:30 | Service restored |\n\n',
      '## Lessons\n\nSome prose.\n',
    ].join('');
    const at = (text: string) => base.indexOf(text);
    // The header's detection time, the stated window's start, the incident's date, the zone: each changes the judgement.
    sameOverEdits(base, [{ at: at('14:05\n'), remove: 5, insert: '14:10' }, { at: at('14:00 to'), remove: 5, insert: '14:05' }, { at: at('2025-10-26'), remove: 10, insert: '2025-10-27' }, { at: at('(UTC)') + 1, remove: 3, insert: 'PST' }], 'judged');
    // A keystroke in the lessons: the same judgement, its entries shared by both versions.
    const memo = new SectionMemo();
    const before = analyzeText(base, { settings: DEFAULT_SETTINGS, today: '2025-12-01', sections: memo });
    const after = analyzeText(base.replace('Some prose.', 'Some more prose.'), { settings: DEFAULT_SETTINGS, today: '2025-12-01', sections: memo });
    assert.equal(after.model.timeline[1], before.model.timeline[1]);
    assert.equal(after.model.timeline[1].milestone, 'detected');
    // So too for a timeline of bullets naming a place, whose stamps are made again each version (equal, not the same).
    const bullets = base.replace(/\| (\d\d:\d\d) \| ([^|\n]+) \|/g, '- $1 Denver - $2').replace('| Time | Event |\n|---|---|\n', '');
    const bulletsBefore = analyzeText(bullets, { settings: DEFAULT_SETTINGS, today: '2025-12-01', sections: memo });
    const bulletsAfter = analyzeText(bullets.replace('Some prose.', 'Some more prose.'), { settings: DEFAULT_SETTINGS, today: '2025-12-01', sections: memo });
    assert.equal(bulletsBefore.model.timeline[0].form, 'bullet');
    assert.equal(bulletsAfter.model.timeline[1], bulletsBefore.model.timeline[1]);
  });

  it('and so over random edits of the corpus documents', { skip: corpusMissing }, () => {
    const documents = corpusFolders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.md') || f.endsWith('.txt')).map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') })));
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean(), ({ file, text }, edits, movesInPlace) => sameOverEdits(text, edits, file, movesInPlace)),
      { numRuns: Number(process.env.SECTION_RUNS ?? 25) },
    );
  });
});
