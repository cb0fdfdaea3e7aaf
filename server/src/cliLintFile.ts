// `postmortem lint` on one file: read it, decide whether it is to be checked, analyse it, and say what came of it,
// as data. The same on the main thread and in a worker (cliWorkers.ts), so a run gives the same output either way.
// Node adapter, with cli.ts.
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS, type Settings } from '../../schemas/settings';
import { applyTeamConfig, parseTeamConfig } from '../../schemas/teamConfig';
import type { LintedFile } from './cliFormats';
import { assessText } from './engine/assess';
import { looksLikeMarkdownText, looksLikeTemplate, pathMatchesGlobs } from './engine/detect';
import { refusalReason } from './engine/limits';
import { toReportedDiagnostics } from './engine/report';
import { decodeUtf8, MAX_DOCUMENT_BYTES, readBoundedStream, readRegularBytes, readRegularFile, type ReadResult } from './fileReading';
import { nearestTeamConfig } from './teamConfigFiles';

export interface LintTarget {
  /** A path, or "-" for standard input. */
  path: string;
  /** Named on the command line (always checked), not found in a folder or by a glob. */
  named: boolean;
}

/** What linting one file gave: nothing (not a post-mortem, a template), its findings, or a failure. */
export interface FileOutcome {
  /** The team file's problems, each to be said once per run, however many files share the team file. */
  settingsProblems: string[];
  /** Lines for stderr: "path: could not read: reason", the engine's logged errors. */
  messages: string[];
  /** The file could not be read or analysed (exit 3). */
  failed: boolean;
  linted?: LintedFile;
}

/** Markdown by its name, as static sites keep it too: MDX pages and ERB-templated Markdown ("x.html.md.erb"). */
export const MARKDOWN_NAME = /\.(?:md|markdown|mdx)$|\.md\.erb$/i;
/** Files without an extension larger than this are not read to see whether they are Markdown. */
const MAX_EXTENSIONLESS_BYTES = 1024 * 1024;

export async function lintFile({ path: target, named }: LintTarget, today: string): Promise<FileOutcome> {
  const outcome: FileOutcome = { settingsProblems: [], messages: [], failed: false };
  const shown = shownPath(target);
  const fail = (what: 'could not read' | 'could not analyse', reason: string) => {
    outcome.messages.push(failureLine(shown, what, reason));
    outcome.failed = true;
    return outcome;
  };
  const extensionless = !named && !MARKDOWN_NAME.test(target);
  let text: string | undefined;
  if (extensionless) {
    text = readPlainText(target);
    if (text === undefined || !looksLikeMarkdownText(text)) return outcome;
  } else {
    const read = await readTarget(target);
    if (read.problem !== undefined) return fail('could not read', read.problem);
    text = read.text;
  }
  try {
    const { settings, problems } = settingsFor(target === '-' ? join(process.cwd(), 'stdin.md') : target);
    outcome.settingsProblems = problems;
    if (extensionless && !settings.detectByContent) return outcome;
    // Found in a folder or by a glob: only post-mortems (by path or content, decided as the server decides: from the
    // path, else the head), never the README beside them. A file named on the command line is always checked. A
    // file without an extension is taken only on its content: its name cannot say it is Markdown.
    const byPath = !extensionless && pathMatchesGlobs(resolve(target), settings.files);
    // Within the engine's limits (size, nesting, markers per paragraph), measured before any parse.
    const assessment = assessText(text, { settings, today, byPath: named || byPath, logger: { error: (m) => outcome.messages.push(m) } });
    if (assessment.kind === 'not-postmortem') return outcome;
    if (assessment.kind === 'refused') return fail('could not analyse', refusalReason(assessment.refusal));
    const { analysis } = assessment;
    // A template beside them is left alone too: its placeholders are its purpose.
    if (!named && looksLikeTemplate(analysis, target)) return outcome;
    outcome.linted = { path: shown, uri: target === '-' ? undefined : artifactUri(target), diagnostics: toReportedDiagnostics(analysis) };
    return outcome;
  } catch (error) {
    // Anything else the engine throws costs this document's result, not the others'.
    return fail('could not analyse', analysisReason(error));
  }
}

/** A file as the output names it: relative to the working folder where possible; "<stdin>" for standard input. */
export function shownPath(target: string): string {
  return target === '-' ? '<stdin>' : relative(process.cwd(), target) || target;
}

/** "path: could not read: reason", for stderr: the run goes on with the other files. */
export function failureLine(path: string, what: 'could not read' | 'could not analyse', reason: string): string {
  return `${path}: ${what}: ${reason}`;
}

/** Why the analysis threw, in one line: a document nested beyond the parser's stack, or the error's message. */
export function analysisReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return `nested too deeply to analyse (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}

/** Standard input (bounded like a file) or a regular file. */
export function readTarget(target: string): Promise<ReadResult> | ReadResult {
  return target === '-' ? readBoundedStream(process.stdin, MAX_DOCUMENT_BYTES) : readRegularFile(target, MAX_DOCUMENT_BYTES);
}

/** The settings for a file: the defaults under its nearest team file, and that file's problems ("postmortem: ..."). */
export function settingsFor(path: string): { settings: Settings; problems: string[] } {
  const file = nearestTeamConfig(resolve(path));
  if (!file) return { settings: DEFAULT_SETTINGS, problems: [] };
  const { config, problems } = parseTeamConfig(file.text);
  return {
    settings: applyTeamConfig(DEFAULT_SETTINGS, config),
    problems: [...(file.problem ? [file.problem] : []), ...problems.map((p) => p.message)].map((message) => `postmortem: ${message}`),
  };
}

/** The working folder as a file: URI ending in "/", the base of relative artifact URIs. */
export function workingFolderUri(): string {
  const href = pathToFileURL(process.cwd()).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A file as a percent-encoded URI reference: relative to the working folder when inside it, else absolute. */
function artifactUri(target: string): string {
  const href = pathToFileURL(resolve(target)).href;
  const base = workingFolderUri();
  if (!href.startsWith(base)) return href;
  const relativeUri = href.slice(base.length);
  // "a:b.md" would read as a URI with the scheme "a".
  return /^[^/]*:/.test(relativeUri) ? `./${relativeUri}` : relativeUri;
}

/** The text of a file found without an extension; undefined when it is large, binary, not UTF-8 or unreadable. */
function readPlainText(path: string): string | undefined {
  const { bytes } = readRegularBytes(path, MAX_EXTENSIONLESS_BYTES);
  if (!bytes || bytes.includes(0)) return undefined;
  try {
    return decodeUtf8(bytes, true);
  } catch {
    return undefined;
  }
}
