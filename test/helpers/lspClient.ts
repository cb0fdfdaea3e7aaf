import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths';

/**
 * Drives the built server (`node dist/server.js --stdio`) the way any editor would, and lets tests await the
 * diagnostics published for a document version instead of sleeping.
 */
export class LspTestClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void; reject: (e: Error) => void }[] = [];
  private disposing = false;
  stderr = '';

  constructor(onConfiguration?: (items: { scopeUri?: string; section?: string }[]) => unknown[] | Promise<unknown[]>) {
    this.process = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk) => (this.stderr += chunk));
    // A crashed server fails the waiting test with its own words instead of leaving it pending.
    this.process.on('exit', (code, signal) => {
      if (this.disposing) return;
      const error = new Error(`language server exited (code ${code}, signal ${signal}):\n${this.stderr}`);
      for (const waiter of this.waiters.splice(0)) waiter.reject(error);
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.match(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    if (onConfiguration) this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => onConfiguration(params.items));
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities = {}, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  /**
   * Sends notifications in one write (a few kilobytes at most: a pipe takes it at once), as a client that batches its
   * messages does, so the server reads them all before it handles the first.
   */
  notifyTogether(messages: { method: string; params: unknown }[]): void {
    const frames = messages.map((message) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    });
    this.process.stdin.write(frames.join(''));
  }

  /** Resolves with the first diagnostics published for `uri` (at `version`, when given), past or future. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    const already = this.published.find(match);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => this.waiters.push({ match, resolve, reject }));
  }

  /** Resolves with the next diagnostics published for `uri` from now on. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => this.waiters.push({ match: (p) => p.uri === uri, resolve, reject }));
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  async dispose(): Promise<void> {
    this.disposing = true;
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the kill below is what matters.
    }
    this.connection.dispose();
    this.process.kill();
  }
}
