import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { LineIndex } from '../engine/lineIndex';
import type { Finding, Severity } from '../engine/rules/rule';

export const DIAGNOSTIC_SOURCE = 'postmortem';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Engine findings to LSP diagnostics, each linking to its rule's docs page when a base URI is known. */
export function toDiagnostics(findings: readonly Finding[], lines: LineIndex, ruleDocsBaseUri?: string): Diagnostic[] {
  return findings.map((finding) => ({
    range: lines.rangeOf(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    ...(ruleDocsBaseUri ? { codeDescription: { href: `${ruleDocsBaseUri}/${finding.code}.md` } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(finding.data ? { data: finding.data } : {}),
  }));
}

/** The one diagnostic of a post-mortem the engine refused to analyse (too large, too deeply nested, too slow). */
export function refusalDiagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, code: 'not-analysed', source: DIAGNOSTIC_SOURCE, message };
}
