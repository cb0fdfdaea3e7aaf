// Output formats of `postmortem lint`: pure functions from analysed files to text.
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

/** `file:line:col severity code message`, one per line, and a closing count. */
export function formatText(files: LintedFile[]): string {
  const lines = files.flatMap((file) => file.diagnostics.map((d) => `${file.path}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`));
  const all = files.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  lines.push(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${all.length - errors - warnings} other`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(files: LintedFile[]): string {
  return `${JSON.stringify(files.map((f) => ({ file: f.path, diagnostics: f.diagnostics })), null, 2)}\n`;
}

const SARIF_LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The base of relative artifact URIs in SARIF (GitHub code scanning knows it as the checkout). */
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0, for code-scanning upload: one run, every rule described, one result per diagnostic. Relative file
 * URIs are resolved against `srcRootUri` (the working folder, a file: URI ending in "/").
 */
export function formatSarif(files: LintedFile[], ruleDocsBaseUri: string | undefined, srcRootUri?: string): string {
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
        results: files.flatMap((file) =>
          file.diagnostics.map((d) => ({
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
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
