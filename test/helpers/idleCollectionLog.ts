import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';

/** What the server logs when it has collected the heap a burst of analyses left (server/src/idleCollection.ts). */
export interface CollectionReport {
  passes: number;
  /** The old generation's committed heap before and after, in MB. */
  beforeMb: number;
  afterMb: number;
}

const REPORT = /^Analyses settled: garbage collected \((\d+) passes, \d+ ms\), old generation (\d+) -> (\d+) MB committed\.$/;

/** Calls `onReport` with each of the server's idle collections from now on (window/logMessage). Call before initialize. */
export function onIdleCollection(connection: ProtocolConnection, onReport: (report: CollectionReport) => void): void {
  connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
    const match = REPORT.exec(message);
    if (match) onReport({ passes: Number(match[1]), beforeMb: Number(match[2]), afterMb: Number(match[3]) });
  });
}

/** Resolves with the server's first idle collection from now on. Call before initialize. */
export function firstIdleCollection(connection: ProtocolConnection): Promise<CollectionReport> {
  return new Promise((resolve) => onIdleCollection(connection, resolve));
}
