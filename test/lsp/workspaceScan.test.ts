// The workspace scan, through the built server: names from the other post-mortems of a workspace full of ordinary
// Markdown files, never waited for, read only where they are post-mortems, and kept up to date file by file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { FileChangeType, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../helpers/lspClient';
import { completionItems, scanReports } from '../helpers/workspaceScanLog';

const READMES = 500;
/** Every LARGE_EVERY-th README is 300 KB, its tail past the head the scan reads. */
const LARGE_EVERY = 50;

function actionItems(owner: string): string {
  return `## Action Items\n\n| Action | Owner |\n|---|---|\n| Add a limit | ${owner} |\n`;
}

function filler(kb: number): string {
  return 'An ordinary line of prose that says nothing about any outage.\n'.repeat(Math.ceil((kb * 1024) / 63));
}

function readme(i: number): string {
  if (i % LARGE_EVERY !== 0) return `# Package ${i}\n\nInstall it with npm.\n\n## Usage\n\n\`\`\`js\nrequire('package-${i}');\n\`\`\`\n`;
  // A head the line scan cannot rule out (a Timeline heading), which the head's model then does; past it, an owner
  // that would be offered if the file were read whole.
  return `# Project roadmap ${i}\n\n## Timeline\n\nWhat ships when.\n\n${filler(300)}\n${actionItems('Tail Owner')}`;
}

describe('the workspace scan, over stdio', () => {
  let root: string;
  const file = (...parts: string[]) => join(root, ...parts);
  const uriOf = (...parts: string[]) => pathToFileURL(file(...parts)).href;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-scan-'));
    for (let i = 0; i < READMES; i++) {
      mkdirSync(file('packages', `p${i}`), { recursive: true });
      writeFileSync(file('packages', `p${i}`, 'README.md'), readme(i));
    }
    mkdirSync(file('postmortems'));
    mkdirSync(file('notes'));
    writeFileSync(file('postmortems', '2025-09-15-db-pool.md'), `# Post-Mortem: DB pool\n\n**Author:** Priya (DBA)\n\n${actionItems('Old Owner')}`);
    writeFileSync(file('postmortems', '2025-08-01-gone.md'), `# Post-Mortem: Gone\n\n${actionItems('Gone Owner')}`);
    // A post-mortem by its content only, small (its head is all of it) and large (its owner past the head).
    writeFileSync(file('notes', 'cache-review.md'), `# Post-Mortem: Cache stampede\n\n${actionItems('Content Owner')}`);
    writeFileSync(file('notes', 'long-review.md'), `# Post-Mortem: Long night\n\n## Summary\n\n${filler(100)}\n${actionItems('Deep Owner')}`);
    // A post-mortem by path beyond the 5 MB the server analyses: skipped, not even its head is read.
    writeFileSync(file('postmortems', '2025-01-01-huge.md'), `# Post-Mortem: Huge\n\n**Author:** Huge Owner\n\n${'x'.repeat(6 * 1024 * 1024)}\n`);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const opened = '# Post-Mortem: Outage\n\n## Action Items\n\n| Action | Owner |\n|---|---|\n| Page the team | Own Owner |\n| Fix it | \n';
  const ownerCell = { line: 7, character: 11 };

  it('offers the post-mortems\' owners, answering before the scan is done, and updates one file at a time', async () => {
    const client = new LspTestClient();
    const scan = scanReports(client);
    const uri = uriOf('postmortems', '2025-10-26-outage.md');
    const complete = async () => (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: ownerCell })) as CompletionItem[] | CompletionList;
    const labels = (answer: CompletionItem[] | CompletionList) => completionItems(answer).map((item) => item.label);
    try {
      await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }] });
      await client.connection.sendNotification('initialized', {});
      // Asked as the document opens: the scan of 500 READMEs starts with the document's analysis, and the answer
      // does not wait for it. It comes before the scan's report, marked incomplete, with the document's own names.
      void client.open(uri, opened);
      const early = await complete();
      assert.equal(scan.reports.length, 0, 'the completion waited for the scan');
      assert.equal((early as CompletionList).isIncomplete, true, JSON.stringify(early).slice(0, 300));
      assert.ok(labels(early).includes('Own Owner'), JSON.stringify(labels(early)));

      const first = await scan.nth(1);
      // Heads: the 500 READMEs and the two post-mortems by content; whole: the two by path and the one by content whose
      // head is not all of it (the small one was analysed from its head, which is the whole file); the huge one skipped.
      assert.deepEqual(first, { postmortems: 4, files: READMES + 5, heads: READMES + 2, whole: 3, tooLarge: 1 });
      const done = await complete();
      assert.ok(Array.isArray(done) || !done.isIncomplete, 'complete once the scan is done');
      const names = labels(done);
      for (const owner of ['Own Owner', 'Priya (DBA)', 'Old Owner', 'Gone Owner', 'Content Owner', 'Deep Owner']) assert.ok(names.includes(owner), `${owner}: ${JSON.stringify(names)}`);
      for (const unread of ['Tail Owner', 'Huge Owner']) assert.ok(!names.includes(unread), `${unread} was read: ${JSON.stringify(names)}`);

      // One post-mortem changed, one created, one deleted: those three files alone are read (no head read again).
      writeFileSync(file('postmortems', '2025-09-15-db-pool.md'), `# Post-Mortem: DB pool\n\n**Author:** Priya (DBA)\n\n${actionItems('New Owner')}`);
      writeFileSync(file('postmortems', '2025-11-01-fresh.md'), `# Post-Mortem: Fresh\n\n${actionItems('Fresh Owner')}`);
      unlinkSync(file('postmortems', '2025-08-01-gone.md'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [
          { uri: uriOf('postmortems', '2025-09-15-db-pool.md'), type: FileChangeType.Changed },
          { uri: uriOf('postmortems', '2025-11-01-fresh.md'), type: FileChangeType.Created },
          { uri: uriOf('postmortems', '2025-08-01-gone.md'), type: FileChangeType.Deleted },
        ],
      });
      const second = await scan.nth(2);
      assert.deepEqual(second, { postmortems: 4, files: READMES + 5, heads: first.heads, whole: first.whole + 2, tooLarge: first.tooLarge });
      const updated = labels(await complete());
      for (const owner of ['New Owner', 'Fresh Owner', 'Priya (DBA)', 'Content Owner']) assert.ok(updated.includes(owner), `${owner}: ${JSON.stringify(updated)}`);
      for (const gone of ['Old Owner', 'Gone Owner']) assert.ok(!updated.includes(gone), `${gone} is still offered: ${JSON.stringify(updated)}`);
      assert.equal(scan.reports.length, 2, 'nothing else was scanned');
    } finally {
      await client.dispose();
    }
  });

  it('an open post-mortem speaks for its file; closed, its file is read again alone', async () => {
    const client = new LspTestClient();
    const scan = scanReports(client);
    const uri = uriOf('postmortems', '2025-10-27-other.md');
    const pool = uriOf('postmortems', '2025-09-15-db-pool.md');
    const labels = async () => completionItems((await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: ownerCell })) as CompletionItem[] | CompletionList).map((item) => item.label);
    writeFileSync(file('postmortems', '2025-09-15-db-pool.md'), `# Post-Mortem: DB pool\n\n${actionItems('Disk Owner')}`);
    try {
      await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }] });
      await client.connection.sendNotification('initialized', {});
      await client.open(uri, opened);
      const first = await scan.nth(1);
      assert.ok((await labels()).includes('Disk Owner'));
      // Edited in the editor, not saved: the edited text is what is offered, not the file's.
      await client.open(pool, `# Post-Mortem: DB pool\n\n${actionItems('Edited Owner')}`);
      await client.diagnostics(pool, 1);
      const whileOpen = await labels();
      assert.ok(whileOpen.includes('Edited Owner') && !whileOpen.includes('Disk Owner'), JSON.stringify(whileOpen));
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: pool } });
      assert.deepEqual(await scan.nth(2), { ...first, whole: first.whole + 1 });
      const closed = await labels();
      assert.ok(closed.includes('Disk Owner') && !closed.includes('Edited Owner'), JSON.stringify(closed));
    } finally {
      await client.dispose();
    }
  });
});
