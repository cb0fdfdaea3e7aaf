// The extension as VS Code for the Web runs it: client and language server both in the browser (web workers).
import { assert } from 'chai';
import * as vscode from 'vscode';
import type { PostmortemExtensionApi } from '../../../client/src/activation';
import { exists, nextRender, readWorkspaceFile, writeWorkspaceFile } from '../suite/featureHelpers';
import { askUntil, codeOf, EXTENSION_ID, nextPublication, workspaceRoot } from '../suite/helpers';

describe('the extension in the browser (web worker extension host, server in a web worker)', () => {
  let api: PostmortemExtensionApi;
  let seed: vscode.Uri;

  let extension: vscode.Extension<PostmortemExtensionApi>;

  before(async function () {
    seed = vscode.Uri.joinPath(workspaceRoot(), 'postmortems', '2025-10-26-seed.md');
    if (!(await exists(seed))) {
      console.log(`  (skipped: ../shared is absent, so scripts/test.mjs laid no seed at ${seed.toString()})`);
      this.skip();
    }
    const found = vscode.extensions.getExtension<PostmortemExtensionApi>(EXTENSION_ID);
    if (!found) throw new Error(`${EXTENSION_ID} is not loaded`);
    extension = found;
    api = await extension.activate();
    await api.ready;
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('runs the extension in the browser\'s web worker extension host, with no Node', () => {
    // UI: where the workbench runs (a remote extension host would say Workspace).
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI);
    const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
    assert.strictEqual(typeof scope.importScripts, 'function');
    assert.strictEqual(scope.process?.versions?.node, undefined);
  });

  it('reports, with links to the rule docs, the seed\'s template leftovers and the owner-less action item once its owner is removed', async () => {
    const published = nextPublication(api, seed, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'placeholder'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seed));
    const placeholders = (await published).filter((d) => codeOf(d) === 'placeholder');
    assert.strictEqual(placeholders.length, 13);
    assert.strictEqual(editor.document.getText(placeholders[0].range).startsWith('['), true);
    const docs = placeholders[0].code as { target: vscode.Uri };
    assert.strictEqual(docs.target.toString(), vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'placeholder.md').toString());

    const ownerAt = editor.document.getText().indexOf('Tom (DBA)');
    const owner = new vscode.Range(editor.document.positionAt(ownerAt), editor.document.positionAt(ownerAt + 'Tom (DBA)'.length));
    const missing = nextPublication(api, seed, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'action-item-missing-owner'));
    await editor.edit((edit) => edit.replace(owner, ''));
    const [finding] = (await missing).filter((d) => codeOf(d) === 'action-item-missing-owner');
    assert.strictEqual(editor.document.getText(finding.range), 'Add connection timeout (30s)');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('draws the seed\'s timeline in the preview: 15 entries, 2 / 15 / 30 minutes', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seed), vscode.ViewColumn.One);
    const rendered = nextRender(api, (report) => report.uri === seed.toString() && report.entries.length > 0);
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.openTimelinePreview'), true);
    const report = await rendered;
    assert.strictEqual(report.entries.length, 15);
    for (const figure of ['Time to acknowledge: 2 min', 'Time to mitigate: 15 min', 'Time to resolve: 30 min']) {
      assert.ok(report.figures.includes(figure), report.figures.join(' | '));
    }
  });

  it('creates a new incident from the built-in template, and exports the seed\'s timeline as SVG, through the workspace file system', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', { title: 'Checkout down in the browser', severity: 'SEV1', start: '2025-12-04 07:30' });
    assert.strictEqual(vscode.workspace.asRelativePath(uri!), 'postmortems/2025-12-04-checkout-down-in-the-browser.md');
    const text = await readWorkspaceFile(uri!);
    assert.match(text, /^# Post-Mortem: Checkout down in the browser$/m);
    assert.match(text, /^- \*\*Severity:\*\* SEV1$/m);
    const view = await api.features.timelines.get(await vscode.workspace.openTextDocument(uri!));
    assert.strictEqual(view?.entries[0]?.time, '07:30');

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seed));
    const target = vscode.Uri.joinPath(seed, '..', '2025-10-26-seed.timeline.svg');
    await vscode.commands.executeCommand('postmortem.exportTimelineSvg', { target });
    const svg = await readWorkspaceFile(target);
    assert.strictEqual(svg.match(/<g class="entry /g)?.length, 15);
  });

  it('applies the team file nearest to a post-mortem, read by the client for the worker, and follows its changes', async () => {
    const writeTeamFile = (rules: Record<string, string>) => writeWorkspaceFile(workspaceRoot(), 'team-a/.postmortemrc.json', JSON.stringify({ rules }));
    await writeTeamFile({ placeholder: 'off' });
    const uri = await writeWorkspaceFile(workspaceRoot(), 'team-a/postmortems/2025-10-26-team-a.md', await readWorkspaceFile(seed));

    const quiet = nextPublication(api, uri, () => true);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const codes = (await quiet).map(codeOf);
    assert.notInclude(codes, 'placeholder');
    assert.include(codes, 'severity-unchosen', 'the other rules still run');

    // Wait for the file as written: a watcher may see it half-written first (defaults, with warnings), under load.
    const loud = nextPublication(api, uri, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'placeholder' && d.severity === vscode.DiagnosticSeverity.Error));
    await writeTeamFile({ placeholder: 'error' });
    const placeholders = (await loud).filter((d) => codeOf(d) === 'placeholder');
    assert.strictEqual(placeholders.length, 13);
    assert.isTrue(placeholders.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('links a related incident to another post-mortem and completes an owner named there, from files the client reads for the worker', async () => {
    await writeWorkspaceFile(workspaceRoot(), 'postmortems/2025-09-15-db-pool.md', '# Post-Mortem: DB pool\n\n**Author:** Priya (DBA)\n');
    const uri = await writeWorkspaceFile(
      workspaceRoot(),
      'postmortems/2025-10-27-outage.md',
      '# Post-Mortem: Outage\n\n## Related Incidents\n\n- 2025-09-15: the same pool ran out\n\n## Action Items\n\n| Action | Owner |\n|---|---|\n| Fix it | \n',
    );
    const published = nextPublication(api, uri, () => true);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await published;
    // New files reach the server through the file watcher: ask again (a real round trip each time) until it has.
    const links = await askUntil(
      () => vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri),
      (found) => found.length > 0,
    );
    assert.deepEqual(links.map((l) => [l.range.start.line, l.range.start.character, l.target?.path.split('/').pop()]), [[4, 2, '2025-09-15-db-pool.md']]);
    // The workspace scan runs in the background: a completion asked before it is done is marked incomplete, and
    // asked again (as the editor does while the user types) until the scan has read the other post-mortem.
    const labels = await askUntil(
      async () => {
        const owners = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(10, 11));
        return owners.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      },
      (found) => found.includes('Priya (DBA)'),
    );
    assert.include(labels, 'Priya (DBA)');
  });
});
