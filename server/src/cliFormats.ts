// Output formats of `postmortem lint`, written as the files are checked: each format gives its opening, one piece
// per file, and its closing, so the CLI keeps nothing of a file once its piece is printed. Pure functions.
import { RULES } from './engine/rules';
import type { ReportedDiagnostic } from './engine/report';

export interface LintedFile {
  /** As given or found, relative to the working folder where possible; "<stdin>" for standard input. */
  path: string;
  /**
   * For SARIF: the file as a percent-encoded URI reference (spaces, "#", "%" and non-ASCII escaped), relative to the
   * working folder when inside it, else an absolute file: URI; undefined for standard input.
   */
  uri?: string;
  diagnostics: ReportedDiagnostic[];
}

export const LINT_FORMATS = ['text', 'json', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** What the run found, counted as the files go by: the text format's closing line and the exit code need it. */
export interface LintTally {
  files: number;
  errors: number;
  warnings: number;
  other: number;
}

export function emptyTally(): LintTally {
  return { files: 0, errors: 0, warnings: 0, other: 0 };
}

export function addToTally(tally: LintTally, file: LintedFile): void {
  tally.files++;
  for (const d of file.diagnostics) {
    if (d.severity === 'error') tally.errors++;
    else if (d.severity === 'warning') tally.warnings++;
    else tally.other++;
  }
}

/** A format written piece by piece: `opening`, then `file` for each file in order, then `closing`. */
export interface LintWriter {
  opening: string;
  file(file: LintedFile): string;
  closing(tally: LintTally): string;
}

export interface FormatContext {
  /** The rules' docs folder as a URI, for SARIF's helpUri. */
  ruleDocsBaseUri?: string;
  /** The working folder, a file: URI ending in "/": the base of relative SARIF artifact URIs. */
  srcRootUri?: string;
}

export function lintWriter(format: LintFormat, context: FormatContext = {}): LintWriter {
  if (format === 'json') return jsonWriter();
  if (format === 'sarif') return sarifWriter(context);
  return textWriter();
}

/** `file:line:col severity code message`, one per line, and a closing count. */
function textWriter(): LintWriter {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    opening: '',
    file: (file) => file.diagnostics.map((d) => `${file.path}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`).join(''),
    closing: (t) => `${plural(t.files, 'file')} checked: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.other} other\n`,
  };
}

/**
 * The elements of a JSON array written one at a time, byte for byte as `JSON.stringify(array, null, 2)` would
 * write them where the array sits `depth` levels deep: what comes before each element, and the array's closing.
 */
function streamedArray(depth: number): { element(value: unknown): string; closing(): string } {
  const indent = '  '.repeat(depth + 1);
  let count = 0;
  return {
    // A JSON text holds no raw newline but between tokens, so indenting every line is indenting the element.
    element: (value) => `${count++ === 0 ? '' : ','}\n${indent}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)}`,
    closing: () => (count === 0 ? ']' : `\n${'  '.repeat(depth)}]`),
  };
}

function jsonWriter(): LintWriter {
  const array = streamedArray(0);
  return {
    opening: '[',
    file: (file) => array.element({ file: file.path, diagnostics: file.diagnostics }),
    closing: () => `${array.closing()}\n`,
  };
}

const SARIF_LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The base of relative artifact URIs in SARIF (GitHub code scanning knows it as the checkout). */
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0, for code-scanning upload: one run, every rule described, one result per diagnostic. Relative file
 * URIs are resolved against `srcRootUri` (the working folder, a file: URI ending in "/").
 */
function sarifWriter({ ruleDocsBaseUri, srcRootUri }: FormatContext): LintWriter {
  const artifactLocation = (file: LintedFile) =>
    file.uri === undefined ? { description: { text: file.path } } : /^[a-z][a-z0-9+.-]*:/i.test(file.uri) ? { uri: file.uri } : { uri: file.uri, uriBaseId: SRCROOT };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmortem',
            rules: RULES.map((rule) => ({
              id: rule.code,
              shortDescription: { text: rule.description },
              ...(ruleDocsBaseUri ? { helpUri: `${ruleDocsBaseUri}/${rule.code}.md` } : {}),
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        ...(srcRootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: srcRootUri } } } : {}),
        // Last, so the document around it splits in two at its empty array.
        results: [],
      },
    ],
  };
  const whole = JSON.stringify(sarif, null, 2);
  const split = whole.lastIndexOf('[]');
  // The results array sits in the root object (0), its "runs" array (1) and the run (2).
  const results = streamedArray(3);
  return {
    opening: whole.slice(0, split + 1),
    file: (file) =>
      file.diagnostics
        .map((d) =>
          results.element({
            ruleId: d.code,
            ruleIndex: RULES.findIndex((rule) => rule.code === d.code),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(file),
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
              },
            ],
          }),
        )
        .join(''),
    closing: () => `${results.closing()}${whole.slice(split + 2)}\n`,
  };
}
