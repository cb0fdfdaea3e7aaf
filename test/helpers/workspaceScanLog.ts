import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import type { LspTestClient } from './lspClient';

/** What the server logs each time its workspace scan has read every file it knew of. */
export interface ScanReport {
  postmortems: number;
  files: number;
  heads: number;
  whole: number;
  tooLarge: number;
}

const REPORT = /^Workspace scan: (\d+) post-mortems in (\d+) Markdown files \(read so far: (\d+) heads, (\d+) whole files; (\d+) over the size limit skipped\)\.$/;

/**
 * The scan's reports, in order, as the server logs them (window/logMessage): tests wait for the n-th one instead of
 * for time. Call before initialize, so that no report is missed.
 */
export function scanReports(client: LspTestClient): { reports: ScanReport[]; nth(n: number): Promise<ScanReport> } {
  const reports: ScanReport[] = [];
  const waiters: { n: number; resolve: (report: ScanReport) => void }[] = [];
  client.connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
    const match = REPORT.exec(message);
    if (!match) return;
    const [postmortems, files, heads, whole, tooLarge] = match.slice(1).map(Number);
    reports.push({ postmortems, files, heads, whole, tooLarge });
    for (const waiter of waiters.filter((w) => w.n <= reports.length)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(reports[waiter.n - 1]);
    }
  });
  return {
    reports,
    nth: (n) => (reports.length >= n ? Promise.resolve(reports[n - 1]) : new Promise((resolve) => waiters.push({ n, resolve }))),
  };
}

/** The items of a completion answer, a list or a CompletionList. */
export function completionItems(answer: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return Array.isArray(answer) ? answer : (answer?.items ?? []);
}
