// `postmortem lint` on worker threads: a folder of many files gives, byte for byte, what the main thread alone gives
// (every format, stderr and exit code), in the files' order, with an unreadable file in the middle reported among
// the others.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generatedPostmortem, longTimelinePostmortem } from '../helpers/largePostmortem';
import { corpusDir, repoRoot } from '../helpers/paths';

const CLI = join(repoRoot, 'dist', 'cli.js');

function run(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(result.error, undefined, `could not run postmortem ${args.join(' ')}: ${result.error?.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The files checked, in the order the JSON output gives them. */
function filesInOrder(stdout: string): string[] {
  return (JSON.parse(stdout) as { file: string }[]).map((f) => f.file);
}

describe('postmortem lint on worker threads', () => {
  let dir: string;
  /** The generated post-mortems, in the order a folder is walked (names sorted). */
  let generated: string[];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-workers-'));
    const folder = join(dir, 'postmortems');
    mkdirSync(folder);
    // The real post-mortems when ../shared is there (read from it, written only to this temporary folder); generated
    // ones always, so the run is large enough for workers either way.
    if (existsSync(corpusDir)) {
      for (const name of readdirSync(corpusDir).filter((n) => n.endsWith('.md'))) writeFileSync(join(folder, name), readFileSync(join(corpusDir, name)));
    }
    // First in the order, and far slower than the rest, so the files after it are done first on the other worker.
    writeFileSync(join(folder, '0000-slow.md'), generatedPostmortem(200 * 1024));
    for (let i = 0; i < 40; i++) {
      const text = i % 2 ? generatedPostmortem(2048 + i * 64) : longTimelinePostmortem(5 + i);
      writeFileSync(join(folder, `2025-${String(i).padStart(3, '0')}-generated.md`), text.replace(/Post-Mortem: \w+/, `Post-Mortem: Incident ${i}`));
    }
    // In the middle of the order: a file that cannot be read, and one beyond the engine's limits.
    symlinkSync('nowhere.md', join(folder, '2025-020-a-dangling-link.md'));
    writeFileSync(join(folder, '2025-021-a-deep.md'), `# Post-Mortem: x\n\n${'>'.repeat(1000)}\n`);
    // Left alone in a folder: a template and an ordinary file.
    writeFileSync(join(folder, 'TEMPLATE.md'), '# Post-Mortem: [Incident Title]\n\n## Timeline\n\n| HH:mm | [Event] |\n');
    writeFileSync(join(dir, 'README.md'), '# Project\n\nTODO: [Name]\n');
    // A team file with a problem every worker meets: said once for the run, as on one thread.
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    generated = readdirSync(folder)
      .filter((name) => /slow|generated/.test(name))
      .sort()
      .map((name) => `postmortems/${name}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints what one thread prints, in every format, with the same stderr and exit code', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const single = run(['lint', '.', '--format', format, '--today', '2025-12-01', '--workers', '0'], dir);
      // One worker or two lint the files while the main thread hands them out and prints.
      for (const workers of ['1', '2']) {
        const pooled = run(['lint', '.', '--format', format, '--today', '2025-12-01', '--workers', workers], dir);
        assert.equal(pooled.stdout, single.stdout, `${format}, ${workers} workers`);
        assert.equal(pooled.stderr, single.stderr, `${format}, ${workers} workers`);
        assert.equal(pooled.status, single.status, `${format}, ${workers} workers`);
      }
    }
  });

  it('keeps the files in order, reports the unreadable one and the refused one among them and exits 3', () => {
    const { status, stdout, stderr } = run(['lint', '.', '--format', 'json', '--today', '2025-12-01', '--workers', '2'], dir);
    const files = filesInOrder(stdout);
    assert.deepEqual(files, [...files].sort());
    assert.deepEqual(files.filter((file) => generated.includes(file)), generated);
    const [teamFileProblem, ...problems] = stderr.split('\n').filter(Boolean);
    assert.match(teamFileProblem, /^postmortem: .*unknown rule "no-such-rule"/);
    assert.deepEqual(problems, [
      'postmortems/2025-020-a-dangling-link.md: could not read: no such file (or a symbolic link to nothing)',
      'postmortems/2025-021-a-deep.md: could not analyse: too deeply nested (1000 levels of list, quote or indentation on one line; the limit is 100).',
    ]);
    assert.equal(status, 3);
    // The same again: the order does not depend on which worker finishes first.
    assert.equal(run(['lint', '.', '--format', 'json', '--today', '2025-12-01', '--workers', '2'], dir).stdout, stdout);
  });

  it('gives the findings\' exit codes and standard input its place among the files', () => {
    const files = generated.filter((file) => !/slow/.test(file));
    const clean = run(['lint', ...files, '--today', '2025-12-01', '--workers', '2', '--max-warnings', '100000'], dir);
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(run(['lint', ...files, '--today', '2025-12-01', '--workers', '2', '--max-warnings', '0'], dir).status, 1);
    const withStdin = run(['lint', files[0], '-', ...files.slice(1), '--format', 'json', '--today', '2025-12-01', '--workers', '2'], dir, '# Post-Mortem: x\n\nOwner: [Name]\n');
    assert.deepEqual(filesInOrder(withStdin.stdout), [files[0], '<stdin>', ...files.slice(1)]);
  });

  it('rejects --workers that is not a whole number of 0 or more (exit 2, with the reason)', () => {
    for (const value of ['-1', 'two', '1.5']) {
      const { status, stderr } = run(['lint', '.', `--workers=${value}`], dir);
      assert.equal(status, 2, value);
      assert.match(stderr, new RegExp(`^postmortem: --workers must be a whole number, 0 or more, not "${value.replace('.', '\\.')}"`), value);
    }
  });
});
