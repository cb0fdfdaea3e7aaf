import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { timelineRequest, type TimelineView } from '../../../schemas/requests';

/** Where post-mortems live: on disk, unsaved, on a remote seen from the browser, in VS Code for the Web's stores. */
export const DOCUMENT_SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web'];

/**
 * The one way the client gets a post-mortem's timeline: the server's `postmortem/timeline` request (no second
 * parser here), validated with zod, for the document's current version. One answer is kept per document
 * version, so the preview and the status bar share it.
 */
export class TimelineService {
  private readonly cache = new Map<string, { version: number; result: Promise<TimelineView | null> }>();
  /** The request in flight per document: asking for a newer version cancels it (the server then skips it). */
  private readonly inFlight = new Map<string, vscode.CancellationTokenSource>();

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly ready: Promise<void>,
  ) {}

  static isCandidate(document: vscode.TextDocument): boolean {
    return document.languageId === 'markdown' && DOCUMENT_SCHEMES.includes(document.uri.scheme);
  }

  /** The timeline of `document` as it is now, or null when it is not a post-mortem (or the server cannot say). */
  get(document: vscode.TextDocument): Promise<TimelineView | null> {
    if (!TimelineService.isCandidate(document)) return Promise.resolve(null);
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const result = this.fetch(document);
    this.cache.set(key, { version: document.version, result });
    return result;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  private async fetch(document: vscode.TextDocument): Promise<TimelineView | null> {
    await this.ready;
    const key = document.uri.toString();
    this.inFlight.get(key)?.cancel();
    const request = new vscode.CancellationTokenSource();
    this.inFlight.set(key, request);
    try {
      const view = await this.request(document, request.token);
      // Superseded by a newer version while in flight: answer with that version's timeline instead.
      return request.token.isCancellationRequested ? this.get(document) : view;
    } finally {
      if (this.inFlight.get(key) === request) this.inFlight.delete(key);
      request.dispose();
    }
  }

  private async request(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<TimelineView | null> {
    const uri = this.client.code2ProtocolConverter.asUri(document.uri);
    // The server answers for the version it has; the client sends pending changes before a request, but ask
    // again (a few times at most) should an answer still be for an older version.
    for (let attempt = 0; attempt < 5 && !token.isCancellationRequested; attempt++) {
      let raw: unknown;
      try {
        raw = await this.client.sendRequest(timelineRequest.method, { uri }, token);
      } catch (error) {
        if (!token.isCancellationRequested) this.client.warn(`postmortem/timeline failed for ${uri}`, error instanceof Error ? error.message : String(error), false);
        return null;
      }
      const parsed = timelineRequest.result.safeParse(raw);
      if (!parsed.success) {
        this.client.warn(`postmortem/timeline answered something unexpected for ${uri}`, parsed.error.message, false);
        return null;
      }
      if (parsed.data === null || parsed.data.version >= document.version || document.isClosed) return parsed.data;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
    return null;
  }
}
