import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText, type Analysis } from '../../server/src/engine/analyze';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { codeActions } from '../../server/src/lsp/features/codeActions';
import { corpusDocuments, LABEL_FOLDERS } from '../corpus/labelFiles';
import { applyEdits } from '../helpers/applyEdits';
import { seedPath, sharedDir } from '../helpers/paths';

const TODAY = '2026-11-30';
const corporaMissing = [...LABEL_FOLDERS.map((folder) => join(sharedDir, folder)), seedPath].every(existsSync)
  ? undefined
  : `../shared (corpus, corpus-2, seed) is absent (looked in ${sharedDir}); set POSTMORTEM_SHARED to run this test`;

const analyse = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: TODAY });
const URI = 'file:///doc.md';

function realDocuments(): { name: string; text: string }[] {
  return [
    ...LABEL_FOLDERS.flatMap((folder) => corpusDocuments(sharedDir, folder).map((file) => ({ name: `${folder}/${file}`, text: readFileSync(join(sharedDir, folder, file), 'utf8') }))),
    { name: 'seed', text: readFileSync(seedPath, 'utf8') },
  ];
}

/** The document's lines with words, in sorted order: what a fix that only moves lines leaves unchanged. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => /\w/.test(line))
    .sort()
    .join('\n');

function countsByCode(analysis: Analysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of analysis.findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return counts;
}

/**
 * What a fix may leave behind by design: a new section's skeleton is empty until written; a date placeholder filled
 * with today moves the incident date past earlier due dates. (An owner marked TBD is still the owner rule's alone.)
 */
const LEFT_BY_DESIGN: Record<string, string[]> = {
  'missing-section': ['empty-section'],
  placeholder: ['date-order'],
};

describe('quick fixes on real post-mortems', { skip: corporaMissing }, () => {
  it('every quick fix offered removes its problem (unless it says it stays) and adds none but what it leaves by design', () => {
    const documents = realDocuments();
    const worse: string[] = [];
    let applied = 0;
    let sorted = 0;
    for (const { name, text } of documents) {
      const analysis = analyse(text);
      const before = countsByCode(analysis);
      for (const diagnostic of toDiagnostics(analysis.findings, analysis.index.lines)) {
        const code = String(diagnostic.code);
        const request = { uri: URI, start: 0, end: 0, diagnostics: [diagnostic], only: undefined, today: TODAY };
        for (const action of codeActions(analysis, request)) {
          const edits = action.edit?.changes?.[URI];
          if (!edits) continue;
          applied++;
          if (code === 'timeline-out-of-order') sorted++;
          const fixed = applyEdits(text, edits);
          const after = countsByCode(analyse(fixed));
          const where = `${name}:${diagnostic.range.start.line + 1} ${code} "${action.title}"`;
          // Sorting moves lines, never loses, joins or duplicates one.
          if (code === 'timeline-out-of-order' && linesOf(fixed) !== linesOf(text)) worse.push(`${where}: changes the document's lines`);
          if (!/still reported/.test(action.title) && (after.get(code) ?? 0) >= (before.get(code) ?? 0)) worse.push(`${where}: still there`);
          for (const [newCode, count] of after) {
            if (count > (before.get(newCode) ?? 0) && !(LEFT_BY_DESIGN[code] ?? []).includes(newCode)) worse.push(`${where}: adds ${newCode}`);
          }
        }
      }
    }
    assert.ok(applied > 100, `only ${applied} quick fixes were offered on ${documents.length} documents`);
    assert.ok(sorted > 0, 'no timeline of the corpora was sorted');
    assert.deepEqual(worse, []);
  });
});

describe('quick fixes in a pandoc grid table', () => {
  it('reads its items, cells wrapped over lines, and offers no edit inside it (its columns must stay aligned)', () => {
    const table = [
      '+----+---------------------+------------+------------+',
      '| \\# | Action              | Owner      | Due        |',
      '+====+=====================+============+============+',
      '| 1  | Set keepPrevious    | Luis       | 2026-04-10 |',
      '|    | for the SAML caller | Ferreira   |            |',
      '+----+---------------------+------------+------------+',
      '| 2  | Alert on SAML       |            |            |',
      '|    | decrypt errors      |            |            |',
      '+----+---------------------+------------+------------+',
    ];
    const text = ['# SAML logins failing', '', '## Action Items', '', ...table, ''].join('\n');
    const analysis = analyse(text);
    assert.deepEqual(
      analysis.model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null, i.due?.text ?? null]),
      [
        ['Set keepPrevious for the SAML caller', 'Luis Ferreira', '2026-04-10'],
        ['Alert on SAML decrypt errors', null, null],
      ],
    );
    const tableStart = text.indexOf('+----');
    const tableEnd = text.lastIndexOf('+') + 1;
    const edited: string[] = [];
    for (const diagnostic of toDiagnostics(analysis.findings, analysis.index.lines)) {
      for (const action of codeActions(analysis, { uri: URI, start: 0, end: 0, diagnostics: [diagnostic], only: undefined, today: TODAY })) {
        for (const edit of action.edit?.changes?.[URI] ?? []) {
          const at = analysis.index.lines.offsetAt(edit.range.start);
          if (at >= tableStart && at <= tableEnd) edited.push(`${diagnostic.code}: ${action.title}`);
        }
      }
    }
    assert.deepEqual(edited, []);
  });
});
