import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemExtensionApi } from '../../../client/src/extension';
import { writeWorkspaceFile } from './featureHelpers';
import { activateExtension, askUntil, codeOf, nextPublication, ourDiagnostics, workspaceRoot } from './helpers';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a post-mortem into the workspace's postmortems/ folder and opens it in an editor. */
async function openPostmortem(api: PostmortemExtensionApi, name: string, text: string): Promise<{ editor: vscode.TextEditor; uri: vscode.Uri }> {
  const uri = await writeWorkspaceFile(workspaceRoot(), `postmortems/${name}`, text);
  const published = nextPublication(api, uri);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await published;
  return { editor, uri };
}

const LACKS_LESSONS = [
  '# Post-Mortem: Checkout outage',
  '',
  '**Date:** 2025-10-26',
  '**Author:** Jane (SRE)',
  '',
  '## Summary', '', 'Checkout failed.', '',
  '## Timeline', '', '| Time (UTC) | Event | Actor |', '|---|---|---|', '| 10:00 | Alert fired | Monitoring |', '| 10:02 | Jane acknowledged the alert | Jane (SRE) |', '| 10:20 | Payment service restarted | Jane (SRE) |', '| 10:30 | Incident resolved | Jane (SRE) |', '',
  '## Impact', '', 'All users.', '',
  '## Root Cause', '', 'A leak.', '',
  '## Detection', '', 'An alert.', '',
  '## Resolution', '', 'Restarted.', '',
  '## Action Items', '', '| # | Action | Owner | Due Date |', '|---|---|---|---|', '| 1 | Add a pool alert |  | 2026-12-01 |', '',
  '',
].join('\n');

describe('editor intelligence in a real VS Code', () => {
  let api: PostmortemExtensionApi;

  before(async () => {
    api = await activateExtension();
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('accepting the first completion at an empty line inserts the missing "Lessons Learned" section', async () => {
    const { editor, uri } = await openPostmortem(api, 'completion.md', LACKS_LESSONS);
    const lastLine = editor.document.lineCount - 1;
    editor.selection = new vscode.Selection(lastLine, 0, lastLine, 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(lastLine, 0));
    const first = [...list.items].sort((a, b) => (a.sortText ?? String(a.label)).localeCompare(b.sortText ?? String(b.label)))[0];
    assert.equal(first.label, 'Lessons Learned');
    // Accept it the way the editor does: through the suggest widget.
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    // The widget opens asynchronously and its state is not observable: accept until the document changes, each try
    // after a real round trip to the server.
    await askUntil(
      async () => {
        await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, editor.selection.active);
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return editor.document.getText();
      },
      (text) => text.includes('## Lessons Learned'),
    );
    assert.match(editor.document.getText(), /## Action Items[\s\S]*## Lessons Learned\n/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('applying the owner quick fix clears action-item-missing-owner, in an empty cell and in one written TBD (reported once, not also as a placeholder)', async () => {
    for (const [name, cell] of [['owner-fix.md', '  '], ['owner-tbd.md', ' TBD ']]) {
      const { editor, uri } = await openPostmortem(api, name, LACKS_LESSONS.replace('| Add a pool alert |  |', `| Add a pool alert |${cell}|`));
      const diagnostic = ourDiagnostics(uri).find((d) => codeOf(d) === 'action-item-missing-owner');
      assert.ok(diagnostic, `no action-item-missing-owner to fix in ${name}`);
      assert.deepEqual(ourDiagnostics(uri).filter((d) => codeOf(d) === 'placeholder'), [], name);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const assign = actions.find((a) => a.title === 'Assign to Jane (SRE)');
      assert.ok(assign?.edit, `no owner fix among ${actions.map((a) => a.title).join(', ')} in ${name}`);
      const cleared = nextPublication(api, uri, (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'action-item-missing-owner'));
      assert.ok(await vscode.workspace.applyEdit(assign.edit));
      await cleared;
      assert.match(editor.document.getText(), /\| 1 \| Add a pool alert \| Jane \(SRE\) \| 2026-12-01 \|/);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('a code block left open: one warning at its fence, no section reported missing, and the quick fix closes it', async () => {
    const leftOpen = LACKS_LESSONS.replace('## Summary\n\nCheckout failed.\n', '## Summary\n\nCheckout failed. The log:\n\n```\nERROR pool exhausted\n');
    const { editor, uri } = await openPostmortem(api, 'left-open.md', leftOpen);
    const diagnostics = ourDiagnostics(uri);
    const open = diagnostics.filter((d) => codeOf(d) === 'unclosed-block');
    assert.equal(open.length, 1, `expected one unclosed-block, got ${diagnostics.map(codeOf).join(', ')}`);
    assert.equal(editor.document.getText(open[0].range), '```');
    assert.deepEqual(diagnostics.filter((d) => codeOf(d) === 'missing-section').map((d) => d.message), []);
    // The rest is still read: the action item below the fence still lacks its owner.
    assert.ok(diagnostics.some((d) => codeOf(d) === 'action-item-missing-owner'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, open[0].range, vscode.CodeActionKind.QuickFix.value);
    const close = actions.find((a) => a.title === 'Close the code block before "## Timeline"');
    assert.ok(close?.edit, `no fix among ${actions.map((a) => a.title).join(', ')}`);
    const closed = nextPublication(api, uri, (published) => !published.some((d) => codeOf(d) === 'unclosed-block'));
    assert.ok(await vscode.workspace.applyEdit(close.edit));
    await closed;
    assert.match(editor.document.getText(), /ERROR pool exhausted\n```\n\n## Timeline/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('sorts an out-of-order entry among the bullets of its own parent, and offers no sort across parents', async () => {
    const restarts = LACKS_LESSONS.replace(
      /## Timeline\n[\s\S]*?\n\n## Impact/,
      ['## Timeline', '', 'All times UTC.', '', '- Web restarted:', '  - 2025-10-26 10:00 web-0 stopped', '  - 2025-10-26 10:20 web-2 stopped', '  - 2025-10-26 10:10 web-1 stopped', '- Database restarted:', '  - 2025-10-26 10:05 db-1 stopped', '  - 2025-10-26 10:30 db-2 stopped', '', '## Impact'].join('\n'),
    );
    const { editor, uri } = await openPostmortem(api, 'nested-restarts.md', restarts);
    const outOfOrder = ourDiagnostics(uri).filter((d) => codeOf(d) === 'timeline-out-of-order');
    assert.deepEqual(outOfOrder.map((d) => editor.document.getText(d.range)), ['2025-10-26 10:10', '2025-10-26 10:05']);
    const sortsOf = async (d: vscode.Diagnostic) =>
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)).filter((a) => a.title === 'Sort the timeline by time');
    assert.deepEqual(await sortsOf(outOfOrder[1]), [], '10:05 is out of order only with another parent\'s bullets');
    const [sort] = await sortsOf(outOfOrder[0]);
    assert.ok(sort?.edit, 'no sort offered for 10:10');
    const sorted = nextPublication(api, uri, (published) => published.filter((d) => codeOf(d) === 'timeline-out-of-order').length === 1);
    assert.ok(await vscode.workspace.applyEdit(sort.edit));
    await sorted;
    assert.match(editor.document.getText(), /- Web restarted:\n {2}- 2025-10-26 10:00 web-0 stopped\n {2}- 2025-10-26 10:10 web-1 stopped\n {2}- 2025-10-26 10:20 web-2 stopped\n- Database restarted:\n {2}- 2025-10-26 10:05 db-1 stopped/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('hints once at a timeline with no time zone, and the hint goes when the document states one', async () => {
    const zoneless = LACKS_LESSONS.replace('| Time (UTC) |', '| Time |');
    const { editor, uri } = await openPostmortem(api, 'zoneless.md', zoneless);
    const hints = ourDiagnostics(uri).filter((d) => codeOf(d) === 'timezone-missing');
    assert.equal(hints.length, 1, `expected one timezone-missing, got ${hints.length}`);
    assert.equal(hints[0].severity, vscode.DiagnosticSeverity.Hint);
    // On the first entry's time, "10:00", and nowhere wider.
    assert.equal(editor.document.getText(hints[0].range), '10:00');
    const cleared = nextPublication(api, uri, (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'timezone-missing'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(editor.document.getText().split('\n').indexOf('## Timeline') + 1, 0), '\nAll times UTC.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await cleared;
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('shows the computed figures as a code lens and each entry\'s offset and milestone as inlay hints', async () => {
    const { editor, uri } = await openPostmortem(api, 'hints.md', LACKS_LESSONS);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const timelineLine = editor.document.getText().split('\n').indexOf('## Timeline');
    const lens = lenses.find((l) => l.range.start.line === timelineLine);
    // The timeline opens with the alert and says nowhere when impact began: only what needs no start, and how to get the rest.
    assert.match(lens?.command?.title ?? '', /^Computed: acknowledge 2m \(no entry says when impact began: mark it \[started\]/);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, new vscode.Range(0, 0, editor.document.lineCount, 0));
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.deepEqual(labels, ['+0m · detected', '+2m · acknowledged', '+20m · mitigated', '+30m · resolved']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(symbols.some((s) => s.name === 'Timeline' && s.children.length === 4));
    // The lens runs the server's command (registered by the client from executeCommandProvider): it says how the
    // figures were computed.
    assert.equal(lens?.command?.command, 'postmortem.showFigure');
    assert.equal(await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? [])), null);
    // A change that went out before the alert starts the impact, as an estimate the lens says is one.
    const published = nextPublication(api, uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(editor.document.getText().split('\n').indexOf('| 10:00 | Alert fired | Monitoring |'), 0), '| 09:55 | Config change deployed | CI |\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await published;
    const estimated = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)).find((l) => l.range.start.line === timelineLine);
    assert.match(estimated?.command?.title ?? '', /^Computed: detect 5m \(estimated\) · acknowledge 2m · mitigate 25m \(estimated\) · resolve 35m \(estimated\)/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('with Root Cause and Resolution both missing, each warning\'s fix inserts its own section', async () => {
    const checkout = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), 'postmortems', '2025-11-14-checkout-latency.md')));
    const { editor, uri } = await openPostmortem(api, 'two-missing.md', checkout);
    const missing = ourDiagnostics(uri).filter((d) => codeOf(d) === 'missing-section');
    assert.equal(missing.length, 2, `expected two missing sections, got ${missing.map((d) => d.message).join('; ')}`);
    for (const diagnostic of missing) {
      const section = /Missing section "([^"]+)"/.exec(diagnostic.message)?.[1];
      assert.ok(section, diagnostic.message);
      // VS Code asks for the warning's range, with every diagnostic there (both warnings sit on the title), as the
      // light bulb does: one fix per warning, each adding its own section.
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const addSection = actions.filter((a) => a.title.startsWith('Add section'));
      assert.deepEqual(addSection.map((a) => a.title).sort(), ['Add section "Resolution"', 'Add section "Root Cause"'], `offered: ${actions.map((a) => a.title).join(', ')}`);
      const ownFixes = addSection.filter((a) => a.title === `Add section "${section}"`);
      const other = section === 'Root Cause' ? 'Resolution' : 'Root Cause';
      assert.ok(await vscode.workspace.applyEdit(ownFixes[0].edit!));
      assert.match(editor.document.getText(), new RegExp(`^## ${section}$`, 'm'));
      assert.doesNotMatch(editor.document.getText(), new RegExp(`^## ${other}$`, 'm'));
      // The next warning's fixes are asked with VS Code's diagnostics of the reverted text, not of the edited one.
      const restored = nextPublication(api, uri, (diagnostics) => diagnostics.filter((d) => codeOf(d) === 'missing-section').length === 2);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await restored;
    }
  });

  it('Update Computed Figures fixes exactly the one wrong figure of the seed, and a second run changes nothing', async () => {
    const seed = readFileSync(join(process.env.POSTMORTEM_SHARED ?? '', 'seed', 'postmortem-example.txt'), 'utf8');
    const wrong = seed.replace('Time to mitigate: 15 minutes', 'Time to mitigate: 25 minutes');
    assert.notEqual(wrong, seed);
    const { editor, uri } = await openPostmortem(api, 'update-figures.md', wrong);
    assert.ok(ourDiagnostics(uri).some((d) => codeOf(d) === 'stated-duration-mismatch'));
    assert.equal(await vscode.commands.executeCommand('postmortem.updateComputedFigures'), true);
    assert.equal(editor.document.getText(), seed);
    const version = editor.document.version;
    assert.equal(await vscode.commands.executeCommand('postmortem.updateComputedFigures'), false);
    assert.equal(editor.document.version, version);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Update Computed Figures leaves the figures alone when a typo puts the timeline out of order', async () => {
    const seed = readFileSync(join(process.env.POSTMORTEM_SHARED ?? '', 'seed', 'postmortem-example.txt'), 'utf8');
    // The first time typed an hour late: the command used to write "0 minutes" over the seed's figures.
    const typo = seed.replace(/^\| 14:00 \|/m, '| 15:00 |');
    assert.notEqual(typo, seed);
    const { editor, uri } = await openPostmortem(api, 'update-figures-typo.md', typo);
    assert.ok(ourDiagnostics(uri).some((d) => codeOf(d) === 'timeline-out-of-order'));
    const version = editor.document.version;
    assert.equal(await vscode.commands.executeCommand('postmortem.updateComputedFigures'), false);
    assert.equal(editor.document.version, version);
    assert.equal(editor.document.getText(), typo);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('warns of a total that no two timeline entries give, and offers no fix that would rewrite it', async () => {
    const rows = ['09:50 | Team sync', '10:40 | Release 4.2 shipped', '12:30 | Customer emails about missing invoices', '12:34 | Billing engineer looks at the queue', '15:36 | Queue drained by hand', '18:44 | Invoices sent again'];
    const text = ['# Post-Mortem: Invoices not sent', '', '**Date:** 2025-10-26', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', ...rows.map((r) => `| ${r} |`), '', '**Total Downtime:** 6 hours, 28 minutes', ''].join('\n');
    const { editor, uri } = await openPostmortem(api, 'no-two-entries.md', text);
    const mismatch = ourDiagnostics(uri).find((d) => codeOf(d) === 'stated-duration-mismatch');
    assert.ok(mismatch, 'no stated-duration-mismatch');
    assert.equal(editor.document.getText(mismatch.range), '6 hours, 28 minutes');
    assert.match(mismatch.message, /no two entries of the timeline are that far apart \(nearest: 12:30 \(line 11\) to 18:44 \(line 14\), 6 hours 14 minutes\)/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, mismatch.range, vscode.CodeActionKind.QuickFix.value);
    // The server's fix is disabled, with its reason (test/unit/figureFixes.test.ts): VS Code keeps disabled actions out of the quick fixes.
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Change to') && !a.disabled), [], `offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(await vscode.commands.executeCommand('postmortem.updateComputedFigures'), false);
    assert.equal(editor.document.getText(), text);
  });

  it('explains a timeline time on hover and links a related incident to its post-mortem', async () => {
    const other = vscode.Uri.joinPath(workspaceRoot(), 'postmortems', '2025-09-15-pool-exhausted.md');
    await vscode.workspace.fs.writeFile(other, Buffer.from('# Post-Mortem: Pool exhausted\n'));
    const text = `${LACKS_LESSONS}## Related Incidents\n\n- 2025-09-15: the same pool ran out\n`;
    const { editor, uri } = await openPostmortem(api, 'hover-links.md', text);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('| 10:20 |'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 3));
    const shown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(shown, /\+20m from first entry 10:00/);
    assert.match(shown, /Milestone \*\*mitigated\*\*/);
    // The new file reaches the server through the file watcher: ask again (a real round trip each time) until it has.
    const links = await askUntil(
      () => vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri),
      (found) => found.some((l) => l.target?.path.endsWith('2025-09-15-pool-exhausted.md')),
    );
    const related = links.find((l) => l.target?.path.endsWith('2025-09-15-pool-exhausted.md'));
    assert.ok(related, `links: ${links.map((l) => l.target?.toString()).join(', ')}`);
    assert.equal(editor.document.getText(related.range), '2025-09-15');
  });
});
