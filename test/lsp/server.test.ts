import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import { timelineRequest, timelineViewSchema } from '../../schemas/requests';
import { LspTestClient } from '../helpers/lspClient';
import { readSeed, sharedMissing } from '../helpers/paths';

const POSTMORTEM_URI = 'file:///workspace/postmortems/2025-10-26-outage.md';
const README_URI = 'file:///workspace/README.md';

describe('language server over stdio', () => {
  let client: LspTestClient;

  before(() => {
    client = new LspTestClient();
  });
  after(() => client.dispose());

  it('answers initialize with incremental sync', async () => {
    const result = await client.initialize();
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.equal(result.serverInfo?.name, 'postmortem-language-server');
  });

  it('publishes placeholder diagnostics after didOpen, with codes, ranges and docs links', async () => {
    await client.open(POSTMORTEM_URI, '# Post-Mortem: [Incident Title]\n\nAuthor: [Name]\n', 1);
    const { diagnostics, version } = await client.diagnostics(POSTMORTEM_URI, 1);
    assert.equal(version, 1);
    const placeholders = diagnostics.filter((d) => d.code === 'placeholder');
    assert.deepEqual(placeholders.map((d) => d.range), [
      { start: { line: 0, character: 15 }, end: { line: 0, character: 31 } },
      { start: { line: 2, character: 8 }, end: { line: 2, character: 14 } },
    ]);
    assert.equal(placeholders[0].source, 'postmortem');
    assert.match(placeholders[0].codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/placeholder\.md$/);
    assert.ok(diagnostics.some((d) => d.code === 'missing-section'));
  });

  it('publishes updated diagnostics after an incremental didChange', async () => {
    // Replace "[Incident Title]" (line 0, characters 15-31) with a real title.
    await client.change(POSTMORTEM_URI, 2, [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 31 } }, text: 'Checkout outage' }]);
    const { diagnostics } = await client.diagnostics(POSTMORTEM_URI, 2);
    const placeholders = diagnostics.filter((d) => d.code === 'placeholder');
    assert.deepEqual(placeholders.map((d) => d.range.start.line), [2]);
  });

  it('checks only the last of a burst of edits (debounced, stale versions dropped)', async () => {
    for (let version = 3; version <= 7; version++) {
      await client.change(POSTMORTEM_URI, version, [{ range: { start: { line: 2, character: 8 }, end: { line: 2, character: 8 } }, text: 'x' }]);
    }
    const { diagnostics } = await client.diagnostics(POSTMORTEM_URI, 7);
    const placeholder = diagnostics.find((d) => d.code === 'placeholder');
    assert.deepEqual(placeholder?.range.start, { line: 2, character: 13 });
    const versions = client.publishedFor(POSTMORTEM_URI).map((p) => p.version);
    assert.deepEqual(versions.filter((v) => v! >= 3), [7]);
  });

  it('with no debounce, checks edits received together once, at the last version', async () => {
    const uri = 'file:///workspace/postmortems/no-debounce.md';
    const eager = new LspTestClient();
    try {
      await eager.initialize({}, { postmortem: { debounceMs: 0 } });
      await eager.open(uri, '# Post-Mortem: [Title]\n\n## Summary\n\nText.\n', 1);
      await eager.diagnostics(uri, 1);
      const edits = [2, 3, 4, 5, 6].map((version) => ({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'x' }] } }));
      eager.notifyTogether(edits);
      const { diagnostics } = await eager.diagnostics(uri, 6);
      assert.ok(diagnostics.some((d) => d.code === 'placeholder'));
      assert.deepEqual(eager.publishedFor(uri).map((p) => p.version), [1, 6]);
    } finally {
      await eager.dispose();
    }
  });

  it('answers postmortem/timeline with the entries, milestones and durations the preview draws', { skip: sharedMissing }, async () => {
    const uri = 'file:///workspace/postmortems/timeline-seed.md';
    await client.open(uri, readSeed(), 1);
    const view = timelineViewSchema.parse(await client.connection.sendRequest(timelineRequest.method, { uri }));
    assert.equal(view!.entries.length, 15);
    assert.deepEqual(view!.entries[3], { line: 20, time: '14:05', at: null, minutesFromStart: 5, event: 'Confirmed database connections at max (100/100)', actor: 'SRE (Jane)', milestone: 'triaged', milestones: ['triaged'], approximate: false, unreadable: false });
    assert.equal(view!.durations.impactMinutes, 30);
    assert.equal(await client.connection.sendRequest(timelineRequest.method, { uri: README_URI }), null);
    assert.equal(await client.connection.sendRequest(timelineRequest.method, { nonsense: true }), null);
  });

  it('publishes no diagnostics for an ordinary Markdown file', async () => {
    await client.open(README_URI, '# Project\n\nTODO: [Name] writes the docs.\n', 1);
    const { diagnostics } = await client.diagnostics(README_URI, 1);
    assert.deepEqual(diagnostics, []);
  });

  it('recognises a post-mortem by content wherever it lives', { skip: sharedMissing }, async () => {
    const uri = 'file:///workspace/notes/outage.md';
    await client.open(uri, '# Incident Report: CDN purge\n\n[Name]\n', 1);
    const { diagnostics } = await client.diagnostics(uri, 1);
    assert.ok(diagnostics.some((d) => d.code === 'placeholder'));
    const seedUri = 'file:///workspace/postmortems/seed.md';
    await client.open(seedUri, readSeed(), 1);
    const seed = await client.diagnostics(seedUri, 1);
    assert.equal(seed.diagnostics.filter((d) => d.code === 'placeholder').length, 13);
    assert.equal(seed.diagnostics.filter((d) => d.code === 'missing-section').length, 0);
  });
});

describe('language server settings', () => {
  it('reads settings per resource from workspace/configuration and reports a bad key', async () => {
    const asked: (string | undefined)[] = [];
    const client = new LspTestClient((items) => {
      asked.push(...items.map((i) => i.scopeUri));
      return items.map((i) => (i.scopeUri?.includes('/strict/') ? { rules: { placeholder: 'error' }, debounceMs: 'fast' } : {}));
    });
    const warnings: string[] = [];
    client.connection.onNotification('window/showMessage', (p: { message: string }) => void warnings.push(p.message));
    try {
      await client.initialize({ workspace: { configuration: true } });
      const strict = 'file:///w/strict/postmortems/a.md';
      const relaxed = 'file:///w/relaxed/postmortems/a.md';
      await client.open(strict, '# Post-Mortem: [Incident Title]\n');
      await client.open(relaxed, '# Post-Mortem: [Incident Title]\n');
      const [a, b] = await Promise.all([client.diagnostics(strict, 1), client.diagnostics(relaxed, 1)]);
      assert.equal(a.diagnostics.find((d) => d.code === 'placeholder')?.severity, 1);
      assert.equal(b.diagnostics.find((d) => d.code === 'placeholder')?.severity, 2);
      assert.ok(asked.includes(strict) && asked.includes(relaxed));
      assert.ok(warnings.some((w) => w.includes('postmortem.debounceMs')), warnings.join('\n'));
    } finally {
      await client.dispose();
    }
  });

  it('takes settings from initializationOptions when the client cannot answer workspace/configuration', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize({}, { settings: { rules: { 'missing-section': 'off' } } });
      await client.open(POSTMORTEM_URI, '# Post-Mortem: Outage\n');
      const { diagnostics } = await client.diagnostics(POSTMORTEM_URI, 1);
      assert.deepEqual(diagnostics, []);
    } finally {
      await client.dispose();
    }
  });
});

describe('language server team file', () => {
  it('ignores .postmortemrc.json when the client says the workspace is untrusted (Restricted Mode)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pm-untrusted-'));
    mkdirSync(join(root, 'postmortems'), { recursive: true });
    writeFileSync(join(root, '.postmortemrc.json'), JSON.stringify({ rules: { 'missing-section': 'off', placeholder: 'error' } }));
    const uri = pathToFileURL(join(root, 'postmortems', 'outage.md')).href;
    const codes = async (initializationOptions?: unknown) => {
      const client = new LspTestClient();
      const warnings: string[] = [];
      client.connection.onNotification('window/showMessage', (p: { message: string }) => void warnings.push(p.message));
      try {
        await client.initialize({}, initializationOptions);
        await client.open(uri, '# Post-Mortem: [Incident Title]\n');
        const { diagnostics } = await client.diagnostics(uri, 1);
        // What VS Code's client says of itself is no setting: nothing to warn about.
        assert.deepEqual(warnings, []);
        return [...new Set(diagnostics.map((d) => `${d.code} ${d.severity}`))].sort();
      } finally {
        await client.dispose();
      }
    };
    try {
      // Untrusted: the defaults (a warning for the placeholder, missing sections reported), the team file unread.
      assert.deepEqual(await codes({ workspaceTrusted: false }), ['missing-section 2', 'placeholder 2']);
      // Trusted, or not said (any other editor): the team file applies.
      assert.deepEqual(await codes({ workspaceTrusted: true }), ['placeholder 1']);
      assert.deepEqual(await codes({ workspaceTrusted: true, ruleDocsBaseUri: 'https://example.com/docs/rules/' }), ['placeholder 1']);
      assert.deepEqual(await codes(), ['placeholder 1']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('applies the nearest .postmortemrc.json up the tree and names a bad key', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pm-team-'));
    mkdirSync(join(root, 'postmortems', '2025'), { recursive: true });
    writeFileSync(join(root, '.postmortemrc.json'), JSON.stringify({ rules: { 'missing-section': 'off', placeholder: 'error' }, timezone: 42 }));
    const client = new LspTestClient();
    const warnings: string[] = [];
    client.connection.onNotification('window/showMessage', (p: { message: string }) => void warnings.push(p.message));
    try {
      await client.initialize();
      const uri = pathToFileURL(join(root, 'postmortems', '2025', 'outage.md')).href;
      await client.open(uri, '# Post-Mortem: [Incident Title]\n');
      const { diagnostics } = await client.diagnostics(uri, 1);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['placeholder', 1]]);
      assert.ok(warnings.some((w) => w.includes('.postmortemrc.json: timezone')), warnings.join('\n'));
      // Changed on disk: the client reports it, and the document is checked again without a restart.
      writeFileSync(join(root, '.postmortemrc.json'), JSON.stringify({ rules: { placeholder: 'off', 'missing-section': 'off' } }));
      const refreshed = client.nextDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, '.postmortemrc.json')).href, type: 2 }] });
      assert.deepEqual((await refreshed).diagnostics, []);
    } finally {
      await client.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
