// The Node server's workspace files (server/src/workspaceFiles.ts): regular files only, within the size the server
// analyses, and a file's head read alone when the head decides it is no post-mortem.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { headOf } from '../../server/src/engine/detect';
import { WorkspaceScan, type WorkspaceFile, type WorkspaceFiles } from '../../server/src/lsp/workspace';
import { createWorkspaceFiles } from '../../server/src/workspaceFiles';
import { pathToFileURL } from 'node:url';

describe('the workspace scan of the Node server', () => {
  let root: string;
  const postmortem = '# Post-Mortem: DB pool\n\n**Author:** Priya (DBA)\n\n## Timeline\n\n- 10:00 Alert fired\n';
  // 1 MB of an ordinary document, with a non-ASCII character on each line.
  const readme = '# Project\n\n' + 'Ünïcode line of an ordinary README, nothing about incidents here.\n'.repeat(16_000);

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pm-wsfiles-'));
    mkdirSync(join(root, 'postmortems'));
    writeFileSync(join(root, 'postmortems', '2025-09-15-db-pool.md'), postmortem);
    // A post-mortem by path, beyond the 5 MB the server analyses.
    writeFileSync(join(root, 'postmortems', '2025-09-16-huge.md'), postmortem + '\n' + 'x'.repeat(6 * 1024 * 1024) + '\n');
    writeFileSync(join(root, 'README.md'), readme);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  async function files(): Promise<Map<string, WorkspaceFile>> {
    const scan = createWorkspaceFiles();
    scan.setFolders([pathToFileURL(root).href]);
    return new Map((await scan.list()).map((f) => [f.name, f]));
  }

  it('marks a file beyond 5 MB too large and reads it as empty, and the others whole', async () => {
    const listed = await files();
    assert.equal(listed.get('2025-09-16-huge.md')!.tooLarge, true);
    assert.equal(await listed.get('2025-09-16-huge.md')!.text(), '');
    assert.equal(listed.get('2025-09-15-db-pool.md')!.tooLarge, false);
    assert.equal(await listed.get('2025-09-15-db-pool.md')!.text(), postmortem);
    assert.equal(await listed.get('README.md')!.text(), readme);
  });

  it("reads a head equal to the engine's head of the whole text, without the rest", async () => {
    const listed = await files();
    const head = await listed.get('README.md')!.head!();
    assert.deepEqual(head, { text: headOf(readme), whole: false });
    assert.ok(head.text.length < readme.length / 10);
    assert.deepEqual(await listed.get('2025-09-15-db-pool.md')!.head!(), { text: postmortem, whole: true });
  });

  it('gives a file by its URI only inside the folders, outside hidden folders, and only Markdown', async () => {
    const scan = createWorkspaceFiles();
    scan.setFolders([pathToFileURL(root).href]);
    const uri = (...parts: string[]) => pathToFileURL(join(root, ...parts)).href;
    assert.equal((await scan.file(uri('postmortems', '2025-09-15-db-pool.md')))?.name, '2025-09-15-db-pool.md');
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, '.git', 'notes.md'), postmortem);
    writeFileSync(join(root, 'notes.txt'), postmortem);
    for (const outside of [uri('.git', 'notes.md'), uri('notes.txt'), uri('missing.md'), pathToFileURL(join(tmpdir(), 'elsewhere.md')).href]) {
      assert.equal(await scan.file(outside), undefined, outside);
    }
  });

  it('decides names from the head: a large non-post-mortem is never read whole, one too large never read', async () => {
    const listed = await files();
    const wholeReads: string[] = [];
    const counting: WorkspaceFiles = {
      setFolders: () => undefined,
      file: async () => undefined,
      list: async () =>
        [...listed.values()].map((f) => ({
          ...f,
          text: () => {
            wholeReads.push(f.name);
            return f.text();
          },
        })),
    };
    let scanned!: () => void;
    const done = new Promise<void>((resolve) => (scanned = resolve));
    const scan = new WorkspaceScan(counting, { log: () => scanned() });
    scan.start(DEFAULT_SETTINGS);
    await done;
    assert.deepEqual(scan.names(() => false), { names: ['Priya (DBA)'], complete: true });
    assert.deepEqual(wholeReads, ['2025-09-15-db-pool.md'], 'README.md was decided from its head, the 6 MB file skipped');
  });

  it('lists no FIFO named *.md (reading one would never end)', async (t) => {
    const fifo = join(root, 'postmortems', '2025-09-17-fifo.md');
    const made = spawnSync('mkfifo', [fifo], { timeout: 10_000 });
    if (made.error || made.status !== 0) return t.skip('mkfifo is not available here');
    try {
      assert.equal((await files()).has('2025-09-17-fifo.md'), false);
    } finally {
      rmSync(fifo, { force: true });
    }
  });
});
