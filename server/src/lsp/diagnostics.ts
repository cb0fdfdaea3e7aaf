import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { LineIndex } from '../engine/lineIndex';
import type { Finding, Severity } from '../engine/rules/rule';
import { TextMemo } from '../engine/textMemo';

export const DIAGNOSTIC_SOURCE = 'postmortem';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Engine findings to LSP diagnostics, each linking to its rule's docs page when a base URI is known. */
export function toDiagnostics(findings: readonly Finding[], lines: LineIndex, ruleDocsBaseUri?: string): Diagnostic[] {
  return findings.map((finding) => {
    const diagnostic: Diagnostic = {
      range: lines.rangeOf(finding.start, finding.end),
      severity: SEVERITY[finding.severity],
      code: finding.code,
      ...(ruleDocsBaseUri ? { codeDescription: { href: `${ruleDocsBaseUri}/${finding.code}.md` } } : {}),
      source: DIAGNOSTIC_SOURCE,
      message: finding.message,
      ...(finding.data ? { data: finding.data } : {}),
    };
    if (!finding.data) MADE_WITHOUT_DATA.add(diagnostic);
    return diagnostic;
  });
}

/** Diagnostics `toDiagnostics` made without data: the fields `diagnosticJson` writes are all they hold. */
const MADE_WITHOUT_DATA = new WeakSet<object>();
/** The JSON of a diagnostic after its range, by the fields it is written from: the same from keystroke to keystroke. */
const TAILS = new TextMemo<string>();

/**
 * The JSON text of a diagnostic `toDiagnostics` made (undefined for any other value), for the stdio writer: a 1 MB
 * post-mortem's two thousand diagnostics were a JSON.stringify call each, a fifth of a keystroke's time. Only the
 * range is written anew; the rest is the last version's text. Characters beyond ASCII are written as escapes, so the
 * text is one byte a character and its encoding a copy.
 */
export function diagnosticJson(value: object): string | undefined {
  if (!MADE_WITHOUT_DATA.has(value)) return undefined;
  const { range, severity, code, codeDescription, source, message } = value as Diagnostic;
  const tail = TAILS.get(`${severity}\n${code}\n${codeDescription?.href ?? ''}\n${source}\n${message}`, () =>
    asciiJson({ severity, code, codeDescription, source, message }).slice(1),
  );
  const { start, end } = range;
  return `{"range":{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}},${tail}`;
}

/** JSON.stringify(value) with every character beyond ASCII written as a `\u` escape, which JSON.parse reads back. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The one diagnostic of a post-mortem the engine refused to analyse (too large, too deeply nested, too slow). */
export function refusalDiagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, code: 'not-analysed', source: DIAGNOSTIC_SOURCE, message };
}
