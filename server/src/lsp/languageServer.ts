import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../../schemas/settings';
import { looksLikePostmortem, pathMatchesGlobs } from '../engine/detect';
import { timelineRequest } from '../../../schemas/requests';
import { AnalysisCache } from './analysisCache';
import { toDiagnostics } from './diagnostics';
import { SettingsStore, type TeamConfigReader } from './settingsStore';
import { toTimelineView } from './timelineView';

export interface ServerOptions {
  /** Base URI of docs/rules, for each diagnostic's link to its rule page. */
  ruleDocsBaseUri?: string;
  /** Finds the team file for a document (Node: the nearest .postmortemrc.json up the tree). */
  readTeamConfig?: TeamConfigReader;
}

/**
 * Wires the engine to an LSP connection. Runtime-neutral: the Node entry (server.ts) passes a connection over
 * IPC or stdio; a browser worker could pass its own.
 */
export function startLanguageServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache({ error: (message) => connection.console.error(message) });
  let pullsConfiguration = false;
  const settings = new SettingsStore(connection, () => pullsConfiguration, options.readTeamConfig);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  connection.onInitialize((params): InitializeResult => {
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    const initOptions = params.initializationOptions as { settings?: unknown } | undefined;
    if (initOptions?.settings) settings.setFallback(initOptions.settings);
    return {
      capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
      serverInfo: { name: 'postmortem-language-server' },
    };
  });

  const settingsChanged = () => {
    settings.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  };
  connection.onDidChangeConfiguration(settingsChanged);
  // The client watches .postmortemrc.json files.
  connection.onDidChangeWatchedFiles(settingsChanged);

  const opened = new Set<string>();
  documents.onDidChangeContent(({ document }) => {
    // Fired on open too: a document just opened is checked at once, later edits after a pause in typing.
    if (!opened.has(document.uri)) {
      opened.add(document.uri);
      schedule(document.uri, 0);
    } else {
      void settings.get(document.uri).then((s) => schedule(document.uri, s.debounceMs));
    }
  });
  documents.onDidClose(({ document }) => {
    opened.delete(document.uri);
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    cache.delete(document.uri);
    settings.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** Debounced: a keystroke restarts the wait, so only the document as the user paused on it is checked. */
  function schedule(uri: string, delayMs: number): void {
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        void validate(uri);
      }, delayMs),
    );
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const documentSettings = await settings.get(uri);
    // Drop stale work: the document changed (or closed) while settings were being fetched.
    if (documents.get(uri)?.version !== version) return;
    const analysis = cache.get(document, documentSettings);
    const diagnostics = isPostmortem(uri, documentSettings, () => looksLikePostmortem(analysis.index))
      ? toDiagnostics(analysis.findings, analysis.index.lines, options.ruleDocsBaseUri)
      : [];
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  connection.onRequest(timelineRequest.method, async (raw: unknown) => {
    const params = timelineRequest.params.safeParse(raw);
    if (!params.success) return null;
    const document = documents.get(params.data.uri);
    if (!document) return null;
    const documentSettings = await settings.get(document.uri);
    const analysis = cache.get(document, documentSettings);
    if (!isPostmortem(document.uri, documentSettings, () => looksLikePostmortem(analysis.index))) return null;
    return toTimelineView(document.uri, document.version, analysis);
  });

  documents.listen(connection);
  connection.listen();
}

/** A Markdown file is ours when its path matches the post-mortem globs or, if enabled, its content says so. */
function isPostmortem(uri: string, settings: Settings, contentSaysSo: () => boolean): boolean {
  if (pathMatchesGlobs(pathOf(uri), settings.files)) return true;
  return settings.detectByContent && contentSaysSo();
}

function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
