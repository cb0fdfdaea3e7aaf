// The CLI against hostile and unlucky files: I/O errors, documents the engine cannot take, FIFOs and devices,
// symbolic links out of the tree, byte order marks, bad options, a reader that goes away and endless input.
// Hangs are bounded by a kill after HANG_BOUND (a bound, not a timing assertion: a healthy run takes a second).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../helpers/paths';

const CLI = join(repoRoot, 'dist', 'cli.js');
const HANG_BOUND = 120_000;
const EXAMPLE = join(repoRoot, 'examples', 'postmortems', '2025-10-26-database-connection-pool.md');

function run(args: string[], cwd: string, input?: string, asUser?: number) {
  // As root, permissions deny nothing: the CLI runs as another user (util-linux's setpriv) where a test needs them to.
  const [command, prefix] = asUser === undefined ? [process.execPath, []] : ['setpriv', [`--reuid=${asUser}`, `--regid=${asUser}`, '--clear-groups', process.execPath]];
  const result = spawnSync(command, [...prefix, CLI, ...args], { cwd, input, encoding: 'utf8', timeout: HANG_BOUND, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.error, undefined, `could not run postmortem ${args.join(' ')}: ${result.error?.message}`);
  assert.equal(result.signal, null, `postmortem ${args.join(' ')} did not end (killed by ${result.signal})`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** No stack trace, no "Error:" from Node: every problem is one line of ours. */
function assertNoStackTrace(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at |node:internal|Node\.js v\d|Error: /m, stderr);
}

/** mkfifo through the system's own command; undefined when it works, else why the test is skipped. */
function makeFifo(path: string): string | undefined {
  const result = spawnSync('mkfifo', [path], { timeout: 10_000 });
  if (result.error || result.status !== 0) return `mkfifo is not available here (${result.error?.message ?? result.stderr}); FIFO handling not tested`;
  return undefined;
}

describe('postmortem CLI on hostile files', () => {
  let dir: string;
  const good = '# Post-Mortem: Outage\n\n## Action Items\n\n- [ ] Add an alert\n';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A fresh folder `name` under the temporary one, with one good post-mortem in it. */
  function folder(name: string): string {
    const path = join(dir, name);
    mkdirSync(join(path, 'postmortems'), { recursive: true });
    writeFileSync(join(path, 'postmortems', 'good.md'), good);
    return path;
  }

  it('reports I/O errors per file (dangling and looping links), goes on with the others and exits 3', () => {
    const root = folder('io');
    symlinkSync('nowhere.md', join(root, 'postmortems', 'dangling.md'));
    symlinkSync('loop.md', join(root, 'postmortems', 'loop.md'));
    const { status, stdout, stderr } = run(['lint', 'postmortems'], root);
    assertNoStackTrace(stderr);
    assert.match(stderr, /^postmortems\/dangling\.md: could not read: no such file/m);
    assert.match(stderr, /^postmortems\/loop\.md: could not read: too many levels of symbolic links$/m);
    assert.match(stdout, /^postmortems\/good\.md:5:7 warning action-item-missing-owner /m);
    assert.match(stdout, /^1 file checked/m);
    assert.equal(status, 3);
  });

  it('reports a file it may not read (EACCES) and a folder it may not list', () => {
    const root = folder('eacces');
    // Root reads anything: the CLI then runs as "nobody", who may read the rest of the tree.
    const nobody = process.getuid?.() === 0 ? 65534 : undefined;
    if (nobody !== undefined) for (const path of [dir, root, join(root, 'postmortems')]) chmodSync(path, 0o755);
    writeFileSync(join(root, 'postmortems', 'secret.md'), good);
    chmodSync(join(root, 'postmortems', 'secret.md'), 0o000);
    mkdirSync(join(root, 'postmortems', 'locked'));
    chmodSync(join(root, 'postmortems', 'locked'), 0o000);
    try {
      const { status, stdout, stderr } = run(['lint', 'postmortems'], root, undefined, nobody);
      assertNoStackTrace(stderr);
      assert.match(stderr, /^postmortems\/secret\.md: could not read: permission denied$/m);
      assert.match(stderr, /^postmortems\/locked: could not read: permission denied$/m);
      assert.match(stdout, /^postmortems\/good\.md:/m);
      assert.equal(status, 3);
    } finally {
      chmodSync(join(root, 'postmortems', 'locked'), 0o755);
    }
  });

  it('reports a document beyond the engine\'s limits before parsing it, as the server does, and keeps the results of the others', () => {
    const root = folder('deep');
    writeFileSync(join(root, 'postmortems', 'quotes.md'), `# Post-Mortem: x\n\n${'>'.repeat(10000)}\n`);
    writeFileSync(join(root, 'postmortems', 'lists.md'), `# Post-Mortem: x\n\n${'- '.repeat(3000)}\n`);
    // 600 emphasis markers in one paragraph: the parser would pair them in quadratic time.
    writeFileSync(join(root, 'postmortems', 'markers.md'), `# Post-Mortem: x\n\n${'*a '.repeat(600)}\n`);
    // 6,000 lines continuing a list item's paragraph lazily: the parser would look back over the paragraph at each one.
    writeFileSync(join(root, 'postmortems', 'paragraph.md'), `# Post-Mortem: x\n\n- 14:00 Alert\n${'rollback step\n'.repeat(5999)}`);
    // Not a post-mortem (no path, no post-mortem head): left alone, as the server leaves it, however deep.
    writeFileSync(join(root, 'notes.md'), `# Notes\n\n${'>'.repeat(10000)}\n`);
    const { status, stdout, stderr } = run(['lint', '.'], root);
    assertNoStackTrace(stderr);
    assert.match(stdout, /^postmortems\/good\.md:5:7 warning action-item-missing-owner /m);
    assert.deepEqual(stderr.split('\n').filter(Boolean).sort(), [
      'postmortems/lists.md: could not analyse: too deeply nested (3000 levels of list, quote or indentation on one line; the limit is 100).',
      'postmortems/markers.md: could not analyse: too many emphasis, link or HTML markers in one paragraph (600; the limit is 500).',
      'postmortems/paragraph.md: could not analyse: too long a paragraph (from line 3: 6,000 lines plus characters & ! < \\ `; the limit is 5,000). Break it up with blank lines, or put a pasted log in a fenced code block.',
      'postmortems/quotes.md: could not analyse: too deeply nested (10000 levels of list, quote or indentation on one line; the limit is 100).',
    ]);
    assert.equal(status, 3);
    const analyzed = run(['analyze', 'postmortems/quotes.md'], root);
    assertNoStackTrace(analyzed.stderr);
    assert.equal(analyzed.stderr, 'postmortems/quotes.md: could not analyse: too deeply nested (10000 levels of list, quote or indentation on one line; the limit is 100).\n');
    assert.equal(analyzed.stdout, '');
    assert.equal(analyzed.status, 3);
    // Named on the command line, a file is always checked, so its limits too.
    const named = run(['lint', 'notes.md'], root);
    assert.equal(named.stderr, 'notes.md: could not analyse: too deeply nested (10000 levels of list, quote or indentation on one line; the limit is 100).\n');
    assert.equal(named.status, 3);
  });

  it('reads only regular files: a FIFO and a link to /dev/zero named *.md are reported, never read', (t) => {
    const root = folder('special');
    const skip = makeFifo(join(root, 'postmortems', 'pipe.md'));
    if (skip) t.diagnostic(skip);
    symlinkSync('/dev/zero', join(root, 'zero.md'));
    const named = skip ? ['zero.md'] : ['zero.md', 'postmortems/pipe.md'];
    const { status, stdout, stderr } = run(['lint', ...named, 'postmortems/good.md'], root);
    assertNoStackTrace(stderr);
    assert.match(stderr, /^zero\.md: could not read: is a device, not a regular file$/m);
    if (!skip) assert.match(stderr, /^postmortems\/pipe\.md: could not read: is a FIFO \(named pipe\), not a regular file$/m);
    assert.match(stdout, /^postmortems\/good\.md:5:7 /m);
    assert.equal(status, 3);
    if (!skip) {
      // Found in a folder, too.
      const walked = run(['lint', 'postmortems'], root);
      assert.match(walked.stderr, /^postmortems\/pipe\.md: could not read: is a FIFO/m);
      assert.equal(walked.status, 3);
    }
    const analyzed = run(['analyze', 'zero.md'], root);
    assert.match(analyzed.stderr, /^zero\.md: could not read: is a device/m);
    assert.equal(analyzed.status, 3);
  });

  it('skips a file over the size limit (5 MB), saying so, and exits 3', () => {
    const root = folder('large');
    writeFileSync(join(root, 'postmortems', 'huge.md'), `${good}${'x'.repeat(5 * 1024 * 1024)}\n`);
    const { status, stdout, stderr } = run(['lint', 'postmortems'], root);
    assert.match(stderr, /^postmortems\/huge\.md: could not read: too large \(the limit is 5 MB\)$/m);
    assert.match(stdout, /^postmortems\/good\.md:5:7 /m);
    assert.equal(status, 3);
  });

  it('does not follow symbolic links out of the folder being linted, nor quote what they point to; links inside are fine', () => {
    const root = folder('links');
    const outside = join(dir, 'outside-secret.md');
    writeFileSync(outside, '# Post-Mortem: SECRET-TOKEN-1234 [Name]\n\n## Action Items\n\n- [ ] leak it\n');
    symlinkSync(outside, join(root, 'postmortems', 'notes.md'));
    mkdirSync(join(root, 'postmortems', 'archive'));
    symlinkSync(join(root, 'postmortems', 'good.md'), join(root, 'postmortems', 'archive', 'same.md'));
    const { status, stdout, stderr } = run(['lint', 'postmortems', '--format', 'json'], root);
    assert.doesNotMatch(stdout + stderr, /SECRET-TOKEN/);
    assert.match(stderr, /^postmortem: postmortems\/notes\.md: skipped: a symbolic link out of "postmortems"$/m);
    const files = (JSON.parse(stdout) as { file: string }[]).map((f) => f.file).sort();
    assert.deepEqual(files, ['postmortems/archive/same.md', 'postmortems/good.md']);
    assert.equal(status, 0);
    // Named on the command line, it is what the user asked for.
    assert.match(run(['lint', 'postmortems/notes.md'], root).stdout, /^postmortems\/notes\.md:/m);
  });

  it('strips a UTF-8 byte order mark: same lines, no false mismatch', () => {
    const root = folder('bom');
    copyFileSync(EXAMPLE, join(root, 'plain.md'));
    writeFileSync(join(root, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(EXAMPLE)]));
    const plain = run(['lint', 'plain.md', '--today', '2025-12-01'], root);
    const bom = run(['lint', 'bom.md', '--today', '2025-12-01'], root);
    assert.equal(bom.stdout.replace(/^bom\.md/gm, 'plain.md'), plain.stdout);
    assert.equal(bom.status, plain.status);
    const stdin = run(['lint', '-', '--today', '2025-12-01'], root, `\uFEFF${readFileSync(EXAMPLE, 'utf8')}`);
    assert.equal(stdin.stdout.replace(/^<stdin>/gm, 'plain.md'), plain.stdout);
    const analyzed = JSON.parse(run(['analyze', 'bom.md'], root).stdout);
    assert.deepEqual(analyzed, JSON.parse(run(['analyze', 'plain.md'], root).stdout));
  });

  it('rejects --max-warnings that is not a whole number of 0 or more (exit 2, with the reason)', () => {
    const root = folder('max');
    for (const value of ['--max-warnings=-1', '--max-warnings=', '--max-warnings=1.5', '--max-warnings=abc', '--max-warnings=1e3', '--max-warnings= 2']) {
      const { status, stderr } = run(['lint', 'postmortems', value], root);
      assert.equal(status, 2, value);
      assert.match(stderr, /^postmortem: --max-warnings must be a whole number, 0 or more, not ".*"\n\nUsage:/, value);
    }
    const separate = run(['lint', 'postmortems', '--max-warnings', '-1'], root);
    assert.equal(separate.status, 2);
    assert.match(separate.stderr, /^postmortem: .*--max-warnings/);
    assert.equal(run(['lint', 'postmortems', '--max-warnings', '0'], root).status, 1);
    assert.equal(run(['lint', 'postmortems', '--max-warnings', '10'], root).status, 0);
  });

  it('says so when a glob or a folder gives no file (a warning: still exit 0)', () => {
    const root = folder('empty');
    mkdirSync(join(root, 'nothing-here'));
    const { status, stderr, stdout } = run(['lint', 'postmortems/*.markdown', 'nothing-here', 'missing/**/*.md', 'postmortems/good.md'], root);
    assert.match(stderr, /^postmortem: warning: no file matches "postmortems\/\*\.markdown"$/m);
    assert.match(stderr, /^postmortem: warning: no Markdown file .*"nothing-here"$/m);
    assert.match(stderr, /^postmortem: warning: no file matches "missing\/\*\*\/\*\.md"$/m);
    assert.match(stdout, /^1 file checked/m);
    assert.equal(status, 0);
    // An unknown option is still bad usage.
    assert.equal(run(['lint', 'postmortems', '--fix'], root).status, 2);
  });

  it('reads the team file with a BOM; prototype names and unknown rule codes are reported once with their key', () => {
    const root = folder('team');
    writeFileSync(join(root, 'postmortems', 'second.md'), good);
    const rc = '{ "constructor": 1, "__proto__": 2, "toString": 3, "rules": { "action-item-missing-owner": "error", "no-such-rule": "off" } }';
    writeFileSync(join(root, '.postmortemrc.json'), `\uFEFF${rc}`);
    const { status, stdout, stderr } = run(['lint', 'postmortems'], root);
    assertNoStackTrace(stderr);
    assert.match(stdout, /^postmortems\/good\.md:5:7 error action-item-missing-owner /m);
    for (const key of ['constructor', '__proto__', 'toString']) assert.equal(stderr.split(`unknown key "${key}"`).length, 2, `${key} reported once: ${stderr}`);
    assert.equal(stderr.split('unknown rule "no-such-rule"').length, 2, stderr);
    assert.equal(status, 1);
  });

  it('reports a folder, FIFO or device named .postmortemrc.json (defaults apply, nothing hangs)', (t) => {
    const root = folder('team-special');
    writeFileSync(join(root, '.postmortemrc.json'), JSON.stringify({ rules: { 'action-item-missing-owner': 'error' } }));
    // A folder of that name nearer the document: reported, not silently taken as "no team file".
    mkdirSync(join(root, 'postmortems', '.postmortemrc.json'));
    let result = run(['lint', 'postmortems/good.md'], root);
    assert.match(result.stderr, /^postmortem: .*postmortems\/\.postmortemrc\.json: could not read: is a folder; using the defaults\.$/m);
    assert.match(result.stdout, /^postmortems\/good\.md:5:7 warning action-item-missing-owner /m);
    rmSync(join(root, 'postmortems', '.postmortemrc.json'), { recursive: true });
    symlinkSync('/dev/zero', join(root, 'postmortems', '.postmortemrc.json'));
    result = run(['lint', 'postmortems/good.md'], root);
    assert.match(result.stderr, /\.postmortemrc\.json: could not read: is a device, not a regular file; using the defaults\.$/m);
    assert.match(result.stdout, /^postmortems\/good\.md:5:7 warning /m);
    rmSync(join(root, 'postmortems', '.postmortemrc.json'));
    const skip = makeFifo(join(root, 'postmortems', '.postmortemrc.json'));
    if (skip) return t.skip(skip);
    result = run(['lint', 'postmortems/good.md'], root);
    assert.match(result.stderr, /\.postmortemrc\.json: could not read: is a FIFO \(named pipe\), not a regular file; using the defaults\.$/m);
    assert.match(result.stdout, /^postmortems\/good\.md:5:7 warning /m);
  });

  it('writes SARIF file URIs percent-encoded (spaces, #, %, non-ASCII), relative to %SRCROOT%', () => {
    const root = folder('sarif');
    mkdirSync(join(root, 'post mortems'));
    const names = ['my file #1 100%.md', 'café.md', 'a:b.md'];
    for (const name of names) writeFileSync(join(root, 'post mortems', name), good);
    const sarif = JSON.parse(run(['lint', 'post mortems', '--format', 'sarif'], root).stdout);
    const base = sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri as string;
    assert.equal(base, `${pathToFileURL(root).href}/`);
    const locations = (sarif.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[]).map((r) => r.locations[0].physicalLocation.artifactLocation);
    const uris = [...new Set(locations.map((l) => l.uri))].sort();
    assert.deepEqual(uris, ['post%20mortems/a:b.md', 'post%20mortems/caf%C3%A9.md', 'post%20mortems/my%20file%20%231%20100%25.md']);
    assert.ok(locations.every((l) => l.uriBaseId === '%SRCROOT%'));
    assert.deepEqual(uris.map((uri) => fileURLToPath(new URL(uri, base))).sort(), names.map((name) => join(root, 'post mortems', name)).sort());
    // Standard input has no URI: a description instead.
    const stdin = JSON.parse(run(['lint', '-', '--format', 'sarif'], root, good).stdout);
    assert.deepEqual(stdin.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { description: { text: '<stdin>' } });
  });

  it('ends quietly when the reader goes away (| head -1: EPIPE)', async () => {
    const root = folder('epipe');
    // Far more output than a pipe holds, so the CLI is still writing when the reader closes.
    writeFileSync(join(root, 'postmortems', 'many.md'), `# Post-Mortem: x\n\n${Array.from({ length: 5000 }, (_, i) => `Owner ${i}: [Name]\n`).join('\n')}`);
    const child = spawn(process.execPath, [CLI, 'lint', 'postmortems/many.md'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = await exited(child);
    assert.equal(signal, null);
    assert.equal(stderr, '');
    assert.notEqual(code, null);
  });

  it('bounds standard input: endless input is reported as too large (exit 3), not read until memory runs out', async () => {
    const root = folder('stdin');
    const child = spawn(process.execPath, [CLI, 'lint', '-'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.resume();
    const chunk = Buffer.from(`${'Owner: [Name]\n'.repeat(4096)}`);
    let open = true;
    child.stdin.on('error', () => (open = false)); // EPIPE once the CLI stops reading
    child.stdin.on('close', () => (open = false));
    const pump = () => {
      while (open && child.stdin.write(chunk));
      if (open) child.stdin.once('drain', pump);
    };
    pump();
    const [code] = await exited(child);
    assert.match(stderr, /^<stdin>: could not read: too large \(the limit is 5 MB\)$/m);
    assert.equal(code, 3);
  });
});

function exited(child: ReturnType<typeof spawn>): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolve) => {
    const bound = setTimeout(() => child.kill('SIGKILL'), HANG_BOUND);
    child.on('close', (code, signal) => {
      clearTimeout(bound);
      resolve([code, signal]);
    });
  });
}
