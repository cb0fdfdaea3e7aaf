// `postmortem`: the language server's engine over files, for CI. Node adapter: with server.ts, the only place
// that touches the file system.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import picomatch from 'picomatch';
import { todayIso } from './clock';
import { addToTally, emptyTally, LINT_FORMATS, lintWriter, type LintFormat } from './cliFormats';
import { analysisReason, failureLine, MARKDOWN_NAME, readTarget, settingsFor, workingFolderUri, type LintTarget } from './cliLintFile';
import { defaultWorkers, isLintWorker, lintInOrder, serveLintJobs } from './cliWorkers';
import { assessText } from './engine/assess';
import { refusalReason } from './engine/limits';
import { toReport } from './engine/report';
import { ioReason } from './fileReading';

const USAGE = `Usage:
  postmortem lint [paths, folders or globs...] [--format text|json|sarif] [--max-warnings N] [--today YYYY-MM-DD] [--workers N]
      Checks post-mortems. A file named on the command line is always checked; in folders and globs, Markdown
      files that are post-mortems by path or content (files without an extension by content only), templates
      left alone. "-" reads standard input. Exits 0 when clean, 1 when an error is found or there are more than
      N warnings, 2 on bad usage, 3 when a file could not be read or analysed (the others are still checked).
      Runs of 8 files or more are checked on --workers worker threads (default: one per core, none on a single
      core; 0: this thread alone), in the same order.
  postmortem analyze FILE --format json [--today YYYY-MM-DD]
      Prints what the engine understood of FILE: header, sections, timeline, durations, stated figures,
      action items and diagnostics (lines are 1-based; null where a value is unknown). Exits 3 when FILE could
      not be read or analysed.
Only regular files of at most 5 MB are read. Settings come from the nearest .postmortemrc.json up the tree from each file (from the working folder for stdin).`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        today: { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, ...args] = positionals;
  const today = values.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) return usage(`--today must be YYYY-MM-DD, not "${today}"`);
  try {
    if (command === 'lint') return await lint(args, values.format ?? 'text', values['max-warnings'], values.workers, today);
    if (command === 'analyze') return await analyze(args, values.format ?? 'json', today);
    return usage(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }
}

function usage(problem: string): number {
  process.stderr.write(`postmortem: ${problem}\n\n${USAGE}\n`);
  return 2;
}

/** Exit codes: distinct, so CI can tell findings from a broken run. */
const EXIT = { clean: 0, findings: 1, usage: 2, unreadable: 3 } as const;

/** "path: could not read: reason" on stderr: the run goes on with the other files. */
function failure(path: string, what: 'could not read' | 'could not analyse', reason: string): void {
  process.stderr.write(`${failureLine(path, what, reason)}\n`);
}

/** Team-file problems already printed: each is said once per run, not once per file. */
const said = new Set<string>();

function sayOnce(messages: string[]): void {
  for (const message of messages) {
    if (said.has(message)) continue;
    said.add(message);
    process.stderr.write(`${message}\n`);
  }
}

async function lint(args: string[], format: string, maxWarnings: string | undefined, workers: string | undefined, today: string): Promise<number> {
  if (!(LINT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${LINT_FORMATS.join(', ')}, not "${format}"`);
  const limit = parseMaxWarnings(maxWarnings);
  const threads = workers === undefined ? defaultWorkers() : parseWholeNumber('--workers', workers);
  if (args.length === 0) throw new UsageError('lint needs at least one path, folder, glob or "-"');
  const targets = collectTargets(args);
  let failed = targets.unreadable;
  const writer = lintWriter(format as LintFormat, { ruleDocsBaseUri: pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href, srcRootUri: workingFolderUri() });
  const tally = emptyTally();
  process.stdout.write(writer.opening);
  // Each file's findings are printed once it and all before it are done; only the counts are kept.
  await lintInOrder(targets.files, today, threads, (outcome) => {
    sayOnce(outcome.settingsProblems);
    for (const message of outcome.messages) process.stderr.write(`${message}\n`);
    if (outcome.failed) failed++;
    if (!outcome.linted) return;
    addToTally(tally, outcome.linted);
    process.stdout.write(writer.file(outcome.linted));
  });
  process.stdout.write(writer.closing(tally));
  if (failed > 0) return EXIT.unreadable;
  return tally.errors > 0 || tally.warnings > limit ? EXIT.findings : EXIT.clean;
}

/** `--max-warnings N`: a whole number, 0 or more; absent, no limit. */
function parseMaxWarnings(value: string | undefined): number {
  return value === undefined ? Infinity : parseWholeNumber('--max-warnings', value);
}

function parseWholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number, 0 or more, not "${value}"`);
  return Number(value);
}

async function analyze(args: string[], format: string, today: string): Promise<number> {
  if (format !== 'json') throw new UsageError(`analyze prints --format json only, not "${format}"`);
  if (args.length !== 1) throw new UsageError('analyze takes exactly one FILE (or "-")');
  const [file] = args;
  if (file !== '-' && !entryExists(file)) throw new UsageError(`no such file: ${file}`);
  if (file !== '-' && statOrUndefined(file)?.isDirectory()) throw new UsageError(`analyze takes a file, not a folder: ${file}`);
  const shown = file === '-' ? '<stdin>' : file;
  const read = await readTarget(file);
  if (read.problem !== undefined) {
    failure(shown, 'could not read', read.problem);
    return EXIT.unreadable;
  }
  let report;
  try {
    // Named, so checked whatever it is, within the engine's limits (measured before any parse).
    const { settings, problems } = settingsFor(file === '-' ? join(process.cwd(), 'stdin.md') : resolve(file));
    sayOnce(problems);
    const assessment = assessText(read.text, { settings, today, byPath: true });
    if (assessment.kind !== 'analysed') {
      failure(shown, 'could not analyse', assessment.kind === 'refused' ? refusalReason(assessment.refusal) : 'not a post-mortem');
      return EXIT.unreadable;
    }
    report = toReport(assessment.analysis);
  } catch (error) {
    failure(shown, 'could not analyse', analysisReason(error));
    return EXIT.unreadable;
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return EXIT.clean;
}

/** Something is at `path`, even a symlink to nothing or a file we may not read: reading it will say what. */
function entryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Files named on the command line, and the Markdown files of folders and globs. A folder or glob that gives no file
 * says so (a warning); a folder that cannot be listed is reported and counted as unreadable.
 */
function collectTargets(args: string[]): { files: LintTarget[]; unreadable: number } {
  const targets = new Map<string, boolean>();
  let unreadable = 0;
  const onProblem = (path: string, reason: string) => {
    failure(relative(process.cwd(), path) || path, 'could not read', reason);
    unreadable++;
  };
  const add = (files: string[], arg: string, what: string) => {
    if (files.length === 0) process.stderr.write(`postmortem: warning: ${what} "${arg}"\n`);
    for (const file of files) targets.set(file, targets.get(file) ?? false);
  };
  for (const arg of args) {
    if (arg === '-') targets.set(arg, true);
    else if (statOrUndefined(arg)?.isDirectory()) add(walk(arg, walkRoot(arg), [], onProblem), arg, 'no Markdown file (or file without an extension) in the folder');
    else if (entryExists(arg)) targets.set(arg, true);
    else if (picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(arg);
      const root = base || '.';
      const matches = picomatch(glob);
      const keep = (file: string) => matches(relative(root, file).replace(/\\/g, '/'));
      add(statOrUndefined(root)?.isDirectory() ? walk(root, walkRoot(root), [], onProblem, keep) : [], arg, 'no file matches');
    } else throw new UsageError(`no such file, folder or glob match: ${arg}`);
  }
  return { files: [...targets].map(([path, named]) => ({ path, named })), unreadable };
}

interface WalkRoot {
  /** The folder as given, for messages. */
  shown: string;
  /** Its real path: symbolic links found inside must resolve under it. */
  real: string;
}

function walkRoot(dir: string): WalkRoot {
  let real = resolve(dir);
  try {
    real = realpathSync(dir);
  } catch {
    // Listing it will report why.
  }
  return { shown: dir, real };
}

/** A name with an extension ("notes.txt", "logo.png", "go.sum"); "PM2022-009 - Bad AWS EKS AMI" has none. */
const HAS_EXTENSION = /\.[A-Za-z0-9_-]{1,12}$/;
/**
 * The Markdown files under a folder, and the files with no extension at all: repositories keep post-mortems under
 * their bare titles too. Those are read only when small, text and Markdown-looking (see `lint`). Symbolic links to
 * folders are not followed; a symbolic link to a file is taken only when it stays inside the folder being linted
 * (one leading elsewhere, say to ~/.ssh/config named notes.md, is skipped with a note and never read).
 */
function walk(dir: string, root: WalkRoot, found: string[], onProblem: (path: string, reason: string) => void, keep: (path: string) => boolean = () => true): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    onProblem(dir, ioReason(error));
    return found;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, root, found, onProblem, keep);
    else if (!keep(path)) continue;
    else if (MARKDOWN_NAME.test(entry.name)) {
      if (!entry.isSymbolicLink() || linkStaysInside(path, root)) found.push(path);
    } else if (entry.isFile() && !HAS_EXTENSION.test(entry.name)) found.push(path);
  }
  return found;
}

function linkStaysInside(path: string, root: WalkRoot): boolean {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return true; // To nothing, or a loop: reading it reports why.
  }
  if (target === root.real || target.startsWith(root.real.endsWith(sep) ? root.real : root.real + sep)) return true;
  process.stderr.write(`postmortem: ${relative(process.cwd(), path) || path}: skipped: a symbolic link out of "${root.shown}"\n`);
  return false;
}

if (isLintWorker()) serveLintJobs();
else {
  // `| head -1`: the reader has gone; nothing more can be said, so end quietly instead of with an EPIPE stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit();
      throw error;
    });
  }
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`postmortem: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.unreadable;
    },
  );
}
