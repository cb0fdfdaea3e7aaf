import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { PostmortemExtensionApi } from '../../../client/src/extension';
import { exists, readWorkspaceFile, statusBarText, writeWorkspaceFile } from './featureHelpers';
import { activateExtension, workspaceRoot } from './helpers';

const EXTENSION_ROOT = join(__dirname, '..', '..', '..');

describe('commands: New Incident', () => {
  let api: PostmortemExtensionApi;
  before(async () => {
    api = await activateExtension();
    // Files this suite creates, left over from an earlier run on the same workspace.
    for (const folder of ['postmortems', 'incident-reports/2025']) {
      const uri = vscode.Uri.joinPath(workspaceRoot(), ...folder.split('/'));
      if (!(await exists(uri))) continue;
      for (const [name] of await vscode.workspace.fs.readDirectory(uri)) {
        if (/^2025-12-0\d-/.test(name)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, name));
      }
    }
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('creates <folder>/<date>-<slug>.md from the template with the answers in its header, cursor in the summary', async () => {
    const answers = { title: 'Payments API: 502s after deploy', severity: 'SEV2', start: '2025-12-03 09:41' };
    const uri = (await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', answers))!;
    assert.equal(vscode.workspace.asRelativePath(uri), 'postmortems/2025-12-03-payments-api-502s-after-deploy.md');
    const text = await readWorkspaceFile(uri);
    assert.match(text, /^# Post-Mortem: Payments API: 502s after deploy$/m);
    assert.match(text, /^- \*\*Severity:\*\* SEV2$/m);
    assert.match(text, /^- \*\*Date of Incident:\*\* 2025-12-03$/m);
    assert.match(text, /^\| 09:41 \| \[What happened first/m, 'the first timeline row is at the incident time');
    assert.match(text, /^\| Time \(UTC\) \| Event \| Actor \|$/m);
    assert.doesNotMatch(text, /\{\{/);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.document.getText(editor.selection), '[One-paragraph summary of incident]');
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /^\*\*What Happened:\*\*/);
    // It is a post-mortem to the server too: the timeline has the one row at 09:41.
    const view = await api.features.timelines.get(editor.document);
    assert.equal(view?.entries[0]?.time, '09:41');
    assert.equal(view?.severity, 'SEV2');
  });

  it('never overwrites: the same answers again give a numeric suffix and leave the first file alone', async () => {
    const answers = { title: 'Same name twice', severity: 'SEV3', start: '2025-12-04 10:00' };
    const first = (await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', answers))!;
    const edited = `${await readWorkspaceFile(first)}\nEdited by hand.\n`;
    await vscode.workspace.fs.writeFile(first, new TextEncoder().encode(edited));
    const second = (await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', answers))!;
    const third = (await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', answers))!;
    assert.equal(vscode.workspace.asRelativePath(first), 'postmortems/2025-12-04-same-name-twice.md');
    assert.equal(vscode.workspace.asRelativePath(second), 'postmortems/2025-12-04-same-name-twice-2.md');
    assert.equal(vscode.workspace.asRelativePath(third), 'postmortems/2025-12-04-same-name-twice-3.md');
    assert.equal(await readWorkspaceFile(first), edited);
  });

  it('uses the folder and template settings', async () => {
    const config = vscode.workspace.getConfiguration('postmortem');
    await writeWorkspaceFile(workspaceRoot(), 'team-template.md', '# Incident Report: {{title}}\n\nSeverity: {{severity}}, {{date}} {{time}} {{timezone}}. {{unknown}}\n\n## Summary\n\n{{cursor}}\n');
    await config.update('newIncident.folder', 'incident-reports/2025', vscode.ConfigurationTarget.Workspace);
    await config.update('newIncident.template', 'team-template.md', vscode.ConfigurationTarget.Workspace);
    try {
      const uri = (await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', { title: 'Custom', severity: 'SEV1', start: '2025-12-05 23:59' }))!;
      assert.equal(vscode.workspace.asRelativePath(uri), 'incident-reports/2025/2025-12-05-custom.md');
      assert.equal(await readWorkspaceFile(uri), '# Incident Report: Custom\n\nSeverity: SEV1, 2025-12-05 23:59 UTC. {{unknown}}\n\n## Summary\n\n\n');
      assert.equal(vscode.window.activeTextEditor!.selection.active.line, 6);
    } finally {
      await config.update('newIncident.folder', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('newIncident.template', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('opens an untitled post-mortem when there is no folder to write to', async () => {
    const uri = (await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', { title: 'No folder', severity: 'SEV3', start: '2025-12-06 08:00', folder: null }))!;
    assert.equal(uri.scheme, 'untitled');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.match(editor.document.getText(), /^# Post-Mortem: No folder$/m);
    assert.equal(await exists(vscode.Uri.joinPath(workspaceRoot(), 'postmortems', '2025-12-06-no-folder.md')), false);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('ships the built-in template in the extension, with the sections of the seed\'s structure', () => {
    const template = readFileSync(join(EXTENSION_ROOT, 'templates', 'postmortem.md'), 'utf8');
    for (const heading of ['Executive Summary', 'Timeline', 'Impact', 'Root Cause Analysis', 'The Five Whys', 'Detection and Response', 'Resolution', 'Action Items', 'Lessons Learned', 'Metrics', 'Sign-off']) {
      assert.match(template, new RegExp(`^#{2,3} ${heading}$`, 'm'), heading);
    }
    assert.match(readFileSync(join(EXTENSION_ROOT, '.vscodeignore'), 'utf8'), /^!templates\/\*\*$/m);
  });
});

describe('commands: Insert Timeline Entry', () => {
  let api: PostmortemExtensionApi;
  const example = () => vscode.Uri.joinPath(workspaceRoot(), 'postmortems', '2025-10-26-database-connection-pool.md');
  before(async () => {
    api = await activateExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await api.ready;
    return editor;
  }

  /** Writes a post-mortem under postmortems/, opens it, and inserts a timeline entry at each of the moments given. */
  async function insertInto(name: string, text: string, ...moments: string[]): Promise<vscode.TextEditor> {
    const editor = await open(await writeWorkspaceFile(workspaceRoot(), `postmortems/${name}`, text));
    for (const now of moments) await vscode.commands.executeCommand('postmortem.insertTimelineEntry', { now });
    return editor;
  }

  it('puts a table row in time order, in the document\'s zone, with the cursor in the event cell, as one undoable edit', async () => {
    const editor = await open(example());
    const before = editor.document.getText();
    const row1410 = before.split('\n').findIndex((l) => l.startsWith('| 14:10 |'));
    // 15:11 in CET is 14:11 UTC: between the 14:10 and 14:12 rows.
    assert.equal(await vscode.commands.executeCommand('postmortem.insertTimelineEntry', { now: '2025-10-26T15:11:30+01:00' }), true);
    const lines = editor.document.getText().split('\n');
    assert.equal(lines[row1410 + 1], '| 14:11 |  |  |');
    assert.equal(lines[row1410 + 2].slice(0, 9), '| 14:12 |');
    assert.equal(editor.document.lineCount, before.split('\n').length + 1);
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character, editor.selection.isEmpty], [row1410 + 1, 10, true]);
    // The server sees the new row in its place.
    const view = await api.features.timelines.get(editor.document);
    assert.deepEqual(view!.entries.map((e) => e.time).slice(5, 8), ['14:10', '14:11', '14:12']);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('appends after the last row when now is later, and before the first when earlier', async () => {
    const editor = await open(example());
    const lines = () => editor.document.getText().split('\n');
    await vscode.commands.executeCommand('postmortem.insertTimelineEntry', { now: '2025-10-26T17:45:00Z' });
    const last = lines().findIndex((l) => l.startsWith('| 16:30 |'));
    assert.equal(lines()[last + 1], '| 17:45 |  |  |');
    assert.equal(lines()[last + 2], '');
    await vscode.commands.executeCommand('postmortem.insertTimelineEntry', { now: '2025-10-26T13:55:00Z' });
    const header = lines().findIndex((l) => l.startsWith('| Time (UTC)'));
    assert.equal(lines()[header + 2], '| 13:55 |  |  |');
    assert.equal(lines()[header + 3].slice(0, 9), '| 14:00 |');
  });

  it('writes a bullet like the timeline\'s own bullets, keeping their zone and bold', async () => {
    const editor = await insertInto('bullets.md', '# Post-Mortem: Bullets\n\n- **Date of Incident:** 2025-06-01\n\n## Timeline\n\n- **16:58 UTC** - Alert fired\n- **17:05 UTC** - Rolled back the deploy\n  (took two attempts)\n- **17:30 UTC** - Resolved\n\n## Summary\n\nText.\n', '2025-06-01T17:10:00Z');
    const lines = editor.document.getText().split('\n');
    assert.deepEqual(lines.slice(6, 11), ['- **16:58 UTC** - Alert fired', '- **17:05 UTC** - Rolled back the deploy', '  (took two attempts)', '- **17:10 UTC** - ', '- **17:30 UTC** - Resolved']);
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [9, '- **17:10 UTC** - '.length]);
  });

  it('puts a row after a time heading\'s event, never between the heading and it, nor between a wrapped line and its end', async () => {
    const editor = await insertInto('time-headings.md', '# Post-Mortem: Time headings\n\n## Timeline (UTC)\n\n### 2025-10-24 14:02\n\nErrors began to climb.\n\n### 2025-10-24 14:30\n\nThe service was\nrestored after a rollback.\n\n## Summary\n\nText.\n', '2025-10-24T14:10:00Z', '2025-10-24T14:40:00Z');
    const lines = editor.document.getText().split('\n');
    assert.deepEqual(lines.slice(4, 14), [
      '### 2025-10-24 14:02',
      '',
      'Errors began to climb.',
      '### 2025-10-24 14:10 ',
      '',
      '### 2025-10-24 14:30',
      '',
      'The service was',
      'restored after a rollback.',
      '### 2025-10-24 14:40 ',
    ]);
    // Each heading keeps its own event.
    const view = await api.features.timelines.get(editor.document);
    assert.deepEqual(view!.entries.map((e) => [e.time, e.event]), [
      ['2025-10-24 14:02', 'Errors began to climb.'],
      ['2025-10-24 14:10', ''],
      ['2025-10-24 14:30', 'The service was'],
      ['2025-10-24 14:40', ''],
    ]);
  });

  it('writes a paragraph of its own among a timeline told a paragraph per event, with the cursor after its time', async () => {
    const editor = await insertInto('paragraphs.md', '# Post-Mortem: Paragraphs\n\n**Date:** 2025-10-24\n\n## Timeline\n\nAt 14:02 UTC, errors began to climb.\n\nAt 14:30 UTC, the service was\nrestored after a rollback.\n\n## Summary\n\nText.\n', '2025-10-24T14:10:00Z');
    const lines = editor.document.getText().split('\n');
    assert.deepEqual(lines.slice(6, 12), ['At 14:02 UTC, errors began to climb.', '', 'At 14:10 UTC, ', '', 'At 14:30 UTC, the service was', 'restored after a rollback.']);
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [8, 'At 14:10 UTC, '.length]);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText().includes('14:10'), false);
  });

  it('keeps a row under its own day heading, and writes the date when the day is not the last entry\'s', async () => {
    const editor = await insertInto('day-headings.md', '# Post-Mortem: Day headings\n\n## Timeline (UTC)\n\n### 2025-10-24\n\n- 19:12 - Errors rise\n- 19:30 - Alert fires\n\n### 2025-10-28\n\n- 09:00 - Fix deployed\n', '2025-10-24T19:40:00Z', '2025-10-29T08:00:00Z');
    const lines = editor.document.getText().split('\n');
    assert.deepEqual(lines.slice(6, 9), ['- 19:12 - Errors rise', '- 19:30 - Alert fires', '- 19:40 - ']);
    assert.equal(lines[9], '');
    assert.equal(lines[10], '### 2025-10-28');
    assert.deepEqual(lines.slice(12, 14), ['- 09:00 - Fix deployed', '- 2025-10-29 08:00 - ']);
    // The server reads both rows at the moments they were inserted for.
    const view = await api.features.timelines.get(editor.document);
    const at = (time: string) => view!.entries.find((e) => e.time === time)?.at;
    assert.equal(Date.parse(at('19:40')!), Date.parse('2025-10-24T19:40:00Z'));
    assert.equal(Date.parse(view!.entries.at(-1)!.at!), Date.parse('2025-10-29T08:00:00Z'));
  });

  it('follows a newest-first table', async () => {
    const editor = await insertInto('newest-first.md', '# Post-Mortem: Newest first\n\n- **Date of Incident:** 2025-06-02\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 11:00 | Resolved |\n| 10:30 | Mitigated |\n| 10:00 | Alert fired |\n', '2025-06-02T10:45:00Z');
    assert.deepEqual(editor.document.getText().split('\n').slice(8, 12), ['| 11:00 | Resolved |', '| 10:45 |  |', '| 10:30 | Mitigated |', '| 10:00 | Alert fired |']);
  });
});

describe('status bar', () => {
  let api: PostmortemExtensionApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows the active post-mortem\'s severity and impact duration, and hides on other files', async () => {
    const example = vscode.Uri.joinPath(workspaceRoot(), 'postmortems', '2025-10-26-database-connection-pool.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(example));
    assert.equal(await statusBarText(api, (t) => t !== undefined), '$(flame) SEV2 · impact 30 min');
    assert.equal(api.features.statusBar.item.command, 'postmortem.openTimelinePreview');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'README.md')));
    assert.equal(await statusBarText(api, (t) => t === undefined), undefined);
  });

  it('shows a severity holding "$(icon)" as written, not as a codicon', async () => {
    const uri = await writeWorkspaceFile(
      workspaceRoot(),
      'postmortems/2025-06-04-codicon-severity.md',
      '# Post-Mortem: $(alert) Codicons\n\n- **Date of Incident:** 2025-06-04\n- **Severity:** $(alert)SEV2\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 10:00 | Alert fired |\n| 10:20 | Service restored |\n',
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const text = await statusBarText(api, (t) => t !== undefined && t.includes('alert'));
    assert.equal(text?.startsWith('$(flame) \\$(alert)SEV2 · '), true, text);
    await vscode.workspace.fs.delete(uri);
  });
});

describe('snippets', () => {
  const snippets = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'snippets', 'postmortem.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[]; description: string }>;
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('has the whole template, each section, rows, five whys and metrics, all with pm- prefixes and descriptions', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const prefix of ['pm-postmortem', 'pm-summary', 'pm-timeline', 'pm-impact', 'pm-root-cause', 'pm-detection', 'pm-resolution', 'pm-action-items', 'pm-lessons', 'pm-timeline-row', 'pm-action-item', 'pm-five-whys', 'pm-metrics']) {
      assert.ok(prefixes.includes(prefix), prefix);
    }
    assert.ok(prefixes.every((p) => p.startsWith('pm-')));
    assert.ok(Object.values(snippets).every((s) => s.description.length > 20));
    assert.equal(new Set(prefixes).size, prefixes.length);
  });

  it('are loaded by VS Code: inserting the five whys and the template gives post-mortem Markdown', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Post-mortem five whys' });
    const text = editor.document.getText();
    assert.match(text, /^### The Five Whys$/m);
    assert.equal(text.match(/^\d\. Why .*\? → /gm)?.length, 5);
    await vscode.commands.executeCommand('editor.action.selectAll');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Post-mortem: whole template' });
    const whole = editor.document.getText();
    const template = readFileSync(join(EXTENSION_ROOT, 'templates', 'postmortem.md'), 'utf8');
    const headings = (t: string) => t.split('\n').filter((l) => /^#{2,3} /.test(l));
    for (const heading of headings(template)) assert.ok(headings(whole).includes(heading), `the template snippet lacks ${heading}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('workspace trust', () => {
  it('declares limited support for Restricted Mode and tells the server whether the workspace is trusted', async () => {
    const api = await activateExtension();
    const manifest = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'package.json'), 'utf8')) as { capabilities: { untrustedWorkspaces: { supported: unknown; description: string } } };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.match(manifest.capabilities.untrustedWorkspaces.description, /\.postmortemrc\.json/);
    assert.equal((api.client.clientOptions.initializationOptions as { workspaceTrusted: boolean }).workspaceTrusted, vscode.workspace.isTrusted);
  });
});
