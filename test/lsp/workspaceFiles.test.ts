// The Node server's workspace scan (server/src/workspaceFiles.ts): regular files only, within the size the server
// analyses, and a file's head read alone when the head decides it is no post-mortem.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { headOf } from '../../server/src/engine/detect';
import { WorkspaceNames, type WorkspaceFile, type WorkspaceFiles } from '../../server/src/lsp/workspace';
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

  it('reads a file beyond 5 MB as empty (no post-mortem), and the others whole', async () => {
    const listed = await files();
    assert.equal(await listed.get('2025-09-16-huge.md')!.text(), '');
    assert.equal(await listed.get('2025-09-15-db-pool.md')!.text(), postmortem);
    assert.equal(await listed.get('README.md')!.text(), readme);
  });

  it('reads a head equal to the engine\'s head of the whole text, without the rest', async () => {
    const listed = await files();
    const head = await listed.get('README.md')!.head!();
    assert.equal(head, headOf(readme));
    assert.ok(head.length < readme.length / 10);
  });

  it('decides names from the head: a large non-post-mortem is never read whole', async () => {
    const listed = await files();
    const wholeReads: string[] = [];
    const counting: WorkspaceFiles = {
      setFolders: () => undefined,
      invalidate: () => undefined,
      list: async () =>
        [...listed.values()].map((f) => ({
          ...f,
          text: () => {
            wholeReads.push(f.name);
            return f.text();
          },
        })),
    };
    const names = await new WorkspaceNames(counting).get(DEFAULT_SETTINGS);
    assert.deepEqual(names, ['Priya (DBA)']);
    assert.deepEqual(wholeReads.sort(), ['2025-09-15-db-pool.md', '2025-09-16-huge.md'], 'README.md was decided from its head');
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
