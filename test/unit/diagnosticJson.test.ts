import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { diagnosticJson, toDiagnostics } from '../../server/src/lsp/diagnostics';
import { encodedPieces } from '../../server/src/lspWriter';
import { generatedPostmortem } from '../helpers/largePostmortem';

const BASE = 'file:///ext/docs/rules';
const diagnosticsOf = (text: string) => {
  const analysis = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-30' });
  return toDiagnostics(analysis.findings, analysis.index.lines, BASE);
};

describe('diagnostic JSON for the stdio writer', () => {
  it('reads back as each diagnostic, in ASCII, for a post-mortem whose messages quote emoji and dashes', () => {
    const diagnostics = diagnosticsOf(generatedPostmortem(100_000)).filter((diagnostic) => diagnostic.data === undefined);
    assert.ok(diagnostics.length > 100, `${diagnostics.length} diagnostics without data`);
    assert.ok(diagnostics.some((diagnostic) => /[^\x00-\x7f]/.test(JSON.stringify(diagnostic.message))), 'some message quotes a character beyond ASCII');
    for (const diagnostic of diagnostics) {
      const json = diagnosticJson(diagnostic);
      assert.ok(json !== undefined && /^[\x00-\x7f]*$/.test(json), json);
      assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(diagnostic)));
    }
  });

  it('writes the range anew when the same finding has moved', () => {
    const text = '# Post-mortem\n\n## Action Items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Add an alert | Ana | 2026-11-01 | 📅 Planned |\n';
    const overdue = (diagnostics: Diagnostic[]) => diagnostics.find((diagnostic) => diagnostic.code === 'action-item-overdue')!;
    const before = overdue(diagnosticsOf(text));
    const after = overdue(diagnosticsOf(`\n\n${text}`));
    assert.equal(before.message, after.message);
    assert.equal(JSON.parse(diagnosticJson(before)!).range.start.line, 6);
    assert.equal(JSON.parse(diagnosticJson(after)!).range.start.line, 8);
  });

  it('knows no other value: an equal object made elsewhere, or a diagnostic carrying data for a quick fix', () => {
    const diagnostics = diagnosticsOf('# Post-mortem\n\n## Action Items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Add an alert | | 2026-11-01 | Planned |\n');
    const [made] = diagnostics.filter((diagnostic) => diagnostic.data === undefined);
    assert.ok(diagnosticJson(made) !== undefined);
    assert.equal(diagnosticJson(JSON.parse(JSON.stringify(made)) as object), undefined);
    const withData = diagnostics.filter((diagnostic) => diagnostic.data !== undefined);
    assert.ok(withData.length > 0);
    for (const carrying of withData) assert.equal(diagnosticJson(carrying), undefined);
  });

  it('is what the writer sends for a publish, which reads back as the diagnostics', () => {
    const diagnostics = diagnosticsOf(generatedPostmortem(30_000));
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///p.md', version: 3, diagnostics } };
    const bytes = Buffer.concat(encodedPieces(message, diagnosticJson));
    assert.ok(bytes.includes(Buffer.from(diagnosticJson(diagnostics[0])!)), 'the known text is written');
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(message)));
  });
});
