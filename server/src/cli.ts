// `postmortem`: the language server's engine over files, for CI. Node adapter: with server.ts, the only place
// that touches the file system.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import picomatch from 'picomatch';
import { DEFAULT_SETTINGS, type Settings } from '../../schemas/settings';
import { applyTeamConfig, parseTeamConfig } from '../../schemas/teamConfig';
import { todayIso } from './clock';
import { formatJson, formatSarif, formatText, LINT_FORMATS, type LintedFile } from './cliFormats';
import { analyzeText } from './engine/analyze';
import { looksLikeMarkdownText, looksLikePostmortem, looksLikeTemplate, pathMatchesGlobs } from './engine/detect';
import { toReport, toReportedDiagnostics } from './engine/report';
import { nearestTeamConfig } from './teamConfigFiles';

const USAGE = `Usage:
  postmortem lint [paths, folders or globs...] [--format text|json|sarif] [--max-warnings N] [--today YYYY-MM-DD]
      Checks post-mortems. A file named on the command line is always checked; in folders and globs, Markdown
      files that are post-mortems by path or content (files without an extension by content only), templates
      left alone. "-" reads standard input. Exits 1
      when an error is found or there are more than N warnings, 2 on bad usage.
  postmortem analyze FILE --format json [--today YYYY-MM-DD]
      Prints what the engine understood of FILE: header, sections, timeline, durations, stated figures,
      action items and diagnostics (lines are 1-based; null where a value is unknown).
Settings come from the nearest .postmortemrc.json up the tree from each file (from the working folder for stdin).`;

class UsageError extends Error {}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        today: { type: 'string' },
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
    if (command === 'lint') return lint(args, values.format ?? 'text', values['max-warnings'], today);
    if (command === 'analyze') return analyze(args, values.format ?? 'json', today);
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

function lint(args: string[], format: string, maxWarnings: string | undefined, today: string): number {
  if (!(LINT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${LINT_FORMATS.join(', ')}, not "${format}"`);
  const limit = maxWarnings === undefined ? Infinity : Number(maxWarnings);
  if (!Number.isInteger(limit) && limit !== Infinity) throw new UsageError(`--max-warnings must be a whole number, not "${maxWarnings}"`);
  if (args.length === 0) throw new UsageError('lint needs at least one path, folder, glob or "-"');
  const linted: LintedFile[] = [];
  for (const { path: target, named } of collectTargets(args)) {
    const extensionless = !named && !MARKDOWN_NAME.test(target);
    const text = target === '-' ? readFileSync(0, 'utf8') : extensionless ? readPlainText(target) : readFileSync(target, 'utf8');
    if (text === undefined || (extensionless && !looksLikeMarkdownText(text))) continue;
    const settings = settingsFor(target === '-' ? join(process.cwd(), 'stdin.md') : target);
    if (extensionless && !settings.detectByContent) continue;
    const analysis = analyzeText(text, { settings, today, logger: { error: (m) => process.stderr.write(`${m}\n`) } });
    // Found in a folder or by a glob: only post-mortems (by path or content), never the README beside them.
    // A template beside them is left alone too: its placeholders are its purpose. A file without an extension is
    // taken only on its content: its name cannot say it is Markdown.
    const byPath = !extensionless && pathMatchesGlobs(resolve(target), settings.files);
    if (!named && ((!byPath && !looksLikePostmortem(analysis)) || looksLikeTemplate(analysis, target))) continue;
    linted.push({ path: target === '-' ? '<stdin>' : relative(process.cwd(), target) || target, diagnostics: toReportedDiagnostics(analysis) });
  }
  const docs = pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href;
  process.stdout.write(format === 'json' ? formatJson(linted) : format === 'sarif' ? formatSarif(linted, docs) : formatText(linted));
  const all = linted.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  return errors > 0 || warnings > limit ? 1 : 0;
}

function analyze(args: string[], format: string, today: string): number {
  if (format !== 'json') throw new UsageError(`analyze prints --format json only, not "${format}"`);
  if (args.length !== 1) throw new UsageError('analyze takes exactly one FILE (or "-")');
  const [file] = args;
  const text = file === '-' ? readFileSync(0, 'utf8') : readExisting(file);
  const analysis = analyzeText(text, { settings: settingsFor(file === '-' ? join(process.cwd(), 'stdin.md') : resolve(file)), today });
  process.stdout.write(`${JSON.stringify(toReport(analysis), null, 2)}\n`);
  return 0;
}

function readExisting(file: string): string {
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`no such file: ${file}`);
  return readFileSync(file, 'utf8');
}

function settingsFor(path: string): Settings {
  const file = nearestTeamConfig(resolve(path));
  if (!file) return DEFAULT_SETTINGS;
  const { config, problems } = parseTeamConfig(file.text);
  for (const problem of problems) process.stderr.write(`postmortem: ${problem.message}\n`);
  return applyTeamConfig(DEFAULT_SETTINGS, config);
}

/** Files named on the command line, and the Markdown files of folders and globs. */
function collectTargets(args: string[]): { path: string; named: boolean }[] {
  const targets = new Map<string, boolean>();
  for (const arg of args) {
    const stats = arg === '-' ? undefined : statSync(arg, { throwIfNoEntry: false });
    if (arg === '-' || stats?.isFile()) targets.set(arg, true);
    else if (stats?.isDirectory()) for (const file of walk(arg)) targets.set(file, targets.get(file) ?? false);
    else if (picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(arg);
      const root = base || '.';
      const matches = picomatch(glob);
      for (const file of walk(root)) if (matches(relative(root, file).replace(/\\/g, '/'))) targets.set(file, targets.get(file) ?? false);
    } else throw new UsageError(`no such file, folder or glob match: ${arg}`);
  }
  return [...targets].map(([path, named]) => ({ path, named }));
}

/** Markdown by its name, as static sites keep it too: MDX pages and ERB-templated Markdown ("x.html.md.erb"). */
const MARKDOWN_NAME = /\.(?:md|markdown|mdx)$|\.md\.erb$/i;
/** A name with an extension ("notes.txt", "logo.png", "go.sum"); "PM2022-009 - Bad AWS EKS AMI" has none. */
const HAS_EXTENSION = /\.[A-Za-z0-9_-]{1,12}$/;
/** Files without an extension larger than this are not read to see whether they are Markdown. */
const MAX_EXTENSIONLESS_BYTES = 1024 * 1024;

/**
 * The Markdown files under a folder, and the files with no extension at all: repositories keep post-mortems under
 * their bare titles too. Those are read only when small, text and Markdown-looking (see `lint`).
 */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return MARKDOWN_NAME.test(entry.name) || (entry.isFile() && !HAS_EXTENSION.test(entry.name)) ? [path] : [];
    });
}

/** The text of a file found without an extension; undefined when it is large, binary or not UTF-8. */
function readPlainText(path: string): string | undefined {
  const size = statSync(path, { throwIfNoEntry: false })?.size;
  if (size === undefined || size > MAX_EXTENSIONLESS_BYTES) return undefined;
  const bytes = readFileSync(path);
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

process.exitCode = main(process.argv.slice(2));
