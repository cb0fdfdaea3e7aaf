// The CLI as built, whose markdown compile is changed as it is bundled (scripts/mdastCompilePatch.mjs), against the
// same CLI bundled with mdast-util-from-markdown as published: every finding, stderr line and exit code the same,
// on the seed, both corpora and generated post-mortems.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generatedPostmortem, longTimelinePostmortem } from '../helpers/largePostmortem';
import { repoRoot, seedPath, sharedDir, sharedMissing } from '../helpers/paths';

const CLI = join(repoRoot, 'dist', 'cli.js');

function lint(cli: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, 'lint', ...args, '--format', 'json', '--today', '2025-12-01'], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(result.error, undefined, `could not run ${cli}: ${result.error?.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('postmortem lint with the changed compile', () => {
  let dir: string;
  /** The CLI bundled without the change. */
  let libraryCli: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-compile-'));
    libraryCli = join(dir, 'cli.js');
    const esbuild = join(repoRoot, 'node_modules', 'esbuild', 'bin', 'esbuild');
    const built = spawnSync(esbuild, ['server/src/cli.ts', '--bundle', '--platform=node', '--format=cjs', '--target=node20', '--log-level=warning', `--outfile=${libraryCli}`], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    assert.doesNotMatch(readFileSync(libraryCli, 'utf8'), /eventContext/, 'bundled without the change');
    const folder = join(dir, 'postmortems');
    mkdirSync(folder);
    for (let i = 0; i < 30; i++) {
      const text = i % 3 === 0 ? longTimelinePostmortem(10 + i) : generatedPostmortem(1024 * (2 + i));
      writeFileSync(join(folder, `generated-${String(i).padStart(2, '0')}.md`), text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports what the library\'s own compile gives on a folder of generated post-mortems', () => {
    const changed = lint(CLI, ['postmortems'], dir);
    assert.match(changed.stdout, /"code"/, 'the generated files have findings to compare');
    assert.deepEqual(changed, lint(libraryCli, ['postmortems'], dir));
  });

  it('reports what the library\'s own compile gives on the seed and every corpus file', { skip: sharedMissing }, () => {
    const files = [seedPath, ...['corpus', 'corpus-2'].flatMap((name) => {
      const folder = join(sharedDir, name);
      return existsSync(folder) ? readdirSync(folder).map((file) => join(folder, file)) : [];
    })];
    assert.ok(files.length > 1);
    // Named, so each is checked, post-mortem or not.
    assert.deepEqual(lint(CLI, files, dir), lint(libraryCli, files, dir));
  });
});
