// The lint formats written piece by piece: JSON and SARIF come out as `JSON.stringify(whole, null, 2)` would write
// them, whatever the number of files and findings (none included), and the text closing counts what went by.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addToTally, emptyTally, lintWriter, type LintedFile, type LintFormat } from '../../server/src/cliFormats';
import type { ReportedDiagnostic } from '../../server/src/engine/report';

function diagnostic(line: number, severity: ReportedDiagnostic['severity'], code: string): ReportedDiagnostic {
  return { line, column: 3, endLine: line, endColumn: 9, severity, code, message: `"quoted" \\ message\nwith a newline on ${line}` };
}

const FILES: LintedFile[] = [
  { path: 'postmortems/a.md', uri: 'postmortems/a.md', diagnostics: [diagnostic(1, 'warning', 'placeholder'), diagnostic(4, 'error', 'date-invalid')] },
  { path: 'postmortems/clean.md', uri: 'postmortems/clean.md', diagnostics: [] },
  { path: '<stdin>', diagnostics: [diagnostic(2, 'hint', 'blame-language')] },
];

function written(format: LintFormat, files: LintedFile[]): string {
  const writer = lintWriter(format, { ruleDocsBaseUri: 'file:///docs/rules', srcRootUri: 'file:///work/' });
  const tally = emptyTally();
  let output = writer.opening;
  for (const file of files) {
    addToTally(tally, file);
    output += writer.file(file);
  }
  return output + writer.closing(tally);
}

describe('lint formats written piece by piece', () => {
  for (const count of [0, 1, 3]) {
    const files = FILES.slice(0, count);
    it(`JSON and SARIF are exactly their whole document's indented JSON, ${count} file(s)`, () => {
      const json = written('json', files);
      assert.equal(json, `${JSON.stringify(files.map((f) => ({ file: f.path, diagnostics: f.diagnostics })), null, 2)}\n`);
      const sarif = written('sarif', files);
      assert.equal(sarif, `${JSON.stringify(JSON.parse(sarif), null, 2)}\n`);
      const results = JSON.parse(sarif).runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
      assert.deepEqual(
        results.map((r) => [r.ruleId, r.locations[0].physicalLocation.region.startLine]),
        files.flatMap((f) => f.diagnostics.map((d) => [d.code, d.line])),
      );
    });
  }

  it('text: one line per finding in order, and the counts of every file that went by', () => {
    assert.equal(
      written('text', FILES),
      [
        'postmortems/a.md:1:3 warning placeholder "quoted" \\ message\nwith a newline on 1',
        'postmortems/a.md:4:3 error date-invalid "quoted" \\ message\nwith a newline on 4',
        '<stdin>:2:3 hint blame-language "quoted" \\ message\nwith a newline on 2',
        '3 files checked: 1 error, 1 warning, 1 other',
        '',
      ].join('\n'),
    );
    assert.equal(written('text', []), '0 files checked: 0 errors, 0 warnings, 0 other\n');
  });
});
