import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { PostmortemExtensionApi } from '../../../client/src/extension';
import { activateExtension, codeOf, nextPublication, ourDiagnostics, workspaceRoot } from './helpers';
import { copySeedIntoWorkspace } from './seed';

const SEED_PLACEHOLDERS = ['[Incident Title]', 'YYYY-MM-DD', '[Name]', '[Names]', '[One-paragraph summary of incident]', '[Brief impact summary - users, duration, business]', '[Root cause in one sentence]', '[How it was fixed]', '[Date]'];

/** Every range at which one of `needles` occurs in `text`, as VS Code ranges, in document order. */
function rangesOf(document: vscode.TextDocument, needles: string[]): vscode.Range[] {
  const text = document.getText();
  const ranges: vscode.Range[] = [];
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      ranges.push(new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length)));
    }
  }
  return ranges.sort((a, b) => a.start.compareTo(b.start));
}

describe('diagnostics in a real VS Code', () => {
  let api: PostmortemExtensionApi;
  let seedUri: vscode.Uri;

  before(async function () {
    api = await activateExtension();
    seedUri = await copySeedIntoWorkspace('postmortems/2025-10-26-seed-postmortem.md');
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows placeholder diagnostics at the exact ranges of the seed\'s template leftovers', async () => {
    const published = nextPublication(api, seedUri);
    const document = await vscode.workspace.openTextDocument(seedUri);
    await vscode.window.showTextDocument(document);
    await published;
    const placeholders = ourDiagnostics(seedUri).filter((d) => codeOf(d) === 'placeholder');
    assert.deepEqual(
      placeholders.map((d) => d.range),
      rangesOf(document, SEED_PLACEHOLDERS),
    );
    assert.ok(placeholders.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.equal(placeholders.length, 13);
  });

  it('removes exactly that diagnostic when a real title is typed over [Incident Title]', async () => {
    const document = await vscode.workspace.openTextDocument(seedUri);
    const editor = await vscode.window.showTextDocument(document);
    if (ourDiagnostics(seedUri).length === 0) await nextPublication(api, seedUri);
    const before = ourDiagnostics(seedUri).filter((d) => codeOf(d) === 'placeholder');
    const [title] = rangesOf(document, ['[Incident Title]']);
    const updated = nextPublication(api, seedUri, (diagnostics) => diagnostics.filter((d) => codeOf(d) === 'placeholder').length < before.length);
    await editor.edit((edit) => edit.replace(title, 'Database connection pool exhaustion'));
    await updated;
    const after = ourDiagnostics(seedUri).filter((d) => codeOf(d) === 'placeholder');
    assert.equal(after.length, before.length - 1);
    assert.ok(!after.some((d) => d.range.start.line === title.start.line), 'the title line still has a placeholder');
    assert.deepEqual(after.map((d) => document.getText(d.range)), before.slice(1).map((d) => d.message.match(/"(.*)"/)![1]));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('warns action-item-missing-owner on the row whose owner cell was emptied (the engine feeds the editor)', async () => {
    const document = await vscode.workspace.openTextDocument(seedUri);
    const editor = await vscode.window.showTextDocument(document);
    const [owner] = rangesOf(document, ['Tom (DBA)']);
    const published = nextPublication(api, seedUri, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'action-item-missing-owner'));
    await editor.edit((edit) => edit.replace(owner, ''));
    await published;
    const missingOwner = ourDiagnostics(seedUri).filter((d) => codeOf(d) === 'action-item-missing-owner');
    assert.equal(missingOwner.length, 1);
    assert.equal(missingOwner[0].range.start.line, owner.start.line);
    assert.equal(document.getText(missingOwner[0].range), 'Add connection timeout (30s)');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('leaves an ordinary README.md alone, even with placeholder-like text', async () => {
    const readme = vscode.Uri.joinPath(workspaceRoot(), 'README.md');
    const published = nextPublication(api, readme);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme));
    assert.deepEqual(await published, []);
    assert.deepEqual(ourDiagnostics(readme), []);
    assert.match(readFileSync(readme.fsPath, 'utf8'), /TODO/);
  });
});
