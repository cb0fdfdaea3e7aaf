import { CodeActionKind, LSPErrorCodes, ResponseError, TextDocuments, TextDocumentSyncKind, type CancellationToken, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { timelineRequest } from '../../../schemas/requests';
import type { Settings } from '../../../schemas/settings';
import { TEAM_CONFIG_FILE } from '../../../schemas/teamConfig';
import { nowInZone, todayIso } from '../clock';
import type { Analysis } from '../engine/analyze';
import { pathMatchesGlobs } from '../engine/detect';
import { zoneOf } from '../engine/timestamps';
import { AnalysisCache } from './analysisCache';
import { refusalDiagnostic, toDiagnostics } from './diagnostics';
import { codeActions, FIX_ALL_KIND, UPDATE_FIGURES_KIND } from './features/codeActions';
import { codeLenses } from './features/codeLenses';
import { completions } from './features/completion';
import { documentLinks } from './features/documentLinks';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { namesInDocument } from './features/names';
import { SettingsStore, type TeamConfigReader } from './settingsStore';
import { toTimelineView } from './timelineView';
import { WorkspaceNames, type WorkspaceFiles } from './workspace';

export interface ServerOptions {
  /** Base URI of docs/rules, for each diagnostic's link to its rule page. */
  ruleDocsBaseUri?: string;
  /** Finds the team file for a document (Node: the nearest .postmortemrc.json up the tree). */
  readTeamConfig?: TeamConfigReader;
  /** The workspace's Markdown files, for links between post-mortems and names used in them. */
  workspaceFiles?: WorkspaceFiles;
}

/**
 * Wires the engine to an LSP connection. Runtime-neutral: the Node entry (server.ts) passes a connection over
 * IPC or stdio; a browser worker could pass its own.
 */
export function startLanguageServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let ruleDocsBaseUri = options.ruleDocsBaseUri;
  const cache = new AnalysisCache({ logger: { error: (message) => connection.console.error(message) } });
  let pullsConfiguration = false;
  const refreshes = { inlayHints: false, codeLenses: false };
  let disabledCodeActions = false;
  const settings = new SettingsStore(connection, () => pullsConfiguration, options.readTeamConfig);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  connection.onInitialize((params): InitializeResult => {
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    refreshes.inlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    refreshes.codeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    disabledCodeActions = params.capabilities.textDocument?.codeAction?.disabledSupport === true;
    options.workspaceFiles?.setFolders((params.workspaceFolders ?? []).map((folder) => folder.uri));
    // `{ settings: {...} }`, or `{ postmortem: {...} }` as Helix sends its `config`.
    const initOptions = params.initializationOptions as { settings?: unknown; postmortem?: unknown; ruleDocsBaseUri?: unknown; workspaceTrusted?: unknown } | undefined;
    // VS Code's Restricted Mode: no team file (workspace configuration), diagnostics from the editor's settings.
    if (initOptions?.workspaceTrusted === false) settings.ignoreTeamFile();
    const initial = initOptions?.settings ?? initOptions?.postmortem;
    // A server that cannot know where it was loaded from (a web worker started from a blob) is told by its client.
    if (typeof initOptions?.ruleDocsBaseUri === 'string') ruleDocsBaseUri ??= initOptions.ruleDocsBaseUri;
    if (initial) settings.setFallback(initial);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['|', ':', '#', '['] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, UPDATE_FIGURES_KIND] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        documentSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'postmortem-language-server' },
    };
  });

  const workspaceNames = new WorkspaceNames(options.workspaceFiles);
  const settingsChanged = () => {
    settings.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
    // Hints, lenses and the outline depend on settings too (time zone, SLO): ask the client to fetch them again.
    const ignore = () => undefined;
    if (refreshes.inlayHints) connection.languages.inlayHint.refresh().catch(ignore);
    if (refreshes.codeLenses) connection.sendRequest('workspace/codeLens/refresh').catch(ignore);
  };
  connection.onDidChangeConfiguration(settingsChanged);
  // The client watches Markdown files (other post-mortems: links, names) and .postmortemrc.json (settings).
  connection.onDidChangeWatchedFiles(({ changes }) => {
    options.workspaceFiles?.invalidate();
    workspaceNames.invalidate();
    if (changes.some((change) => change.uri.endsWith(TEAM_CONFIG_FILE))) settingsChanged();
  });

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
    const assessment = await cache.get(document, documentSettings, byPath(uri, documentSettings));
    if (documents.get(uri)?.version !== version) return;
    const diagnostics =
      assessment.kind === 'analysed'
        ? toDiagnostics(assessment.analysis.findings, assessment.analysis.index.lines, ruleDocsBaseUri)
        : assessment.kind === 'refused'
          ? [refusalDiagnostic(assessment.refusal.message)]
          : [];
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /**
   * Thin handlers: the document's analysis from the per-version cache (never a second parse), or nothing when the
   * document is gone, is not a post-mortem, or the request was cancelled meanwhile.
   */
  async function postmortemAnalysis(uri: string, token?: CancellationToken): Promise<{ analysis: Analysis; settings: Settings; version: number } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const documentSettings = await settings.get(uri);
    if (token?.isCancellationRequested || documents.get(uri)?.version !== document.version) return undefined;
    // The version analysed is the one read now: an edit landing while the analysis yields does not relabel it.
    const analysedVersion = document.version;
    const assessment = await cache.get(document, documentSettings, byPath(uri, documentSettings));
    // Not a post-mortem, or one refused (too large, too deep, too slow): every request answers, with nothing.
    if (assessment.kind !== 'analysed' || token?.isCancellationRequested) return undefined;
    return { analysis: assessment.analysis, settings: documentSettings, version: analysedVersion };
  }

  // The preview cancels its request for a version the user has already typed past: with the token checked before
  // the analysis, a backlog of keystrokes on a large document costs one analysis, not one per keystroke.
  connection.onRequest(timelineRequest.method, async (raw: unknown, token: CancellationToken) => {
    const params = timelineRequest.params.safeParse(raw);
    if (!params.success) return null;
    const { uri } = params.data;
    // The document object is updated in place by each edit, so an edit landing while settings are fetched is
    // answered for, with the newer version (tested), never with a stale "not a post-mortem".
    const found = await postmortemAnalysis(uri, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'postmortem/timeline was cancelled');
    return found ? toTimelineView(uri, found.version, found.analysis) : null;
  });

  connection.onCompletion(async ({ textDocument, position }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    if (!found) return [];
    const { analysis } = found;
    const otherNames = [...(await workspaceNames.get(found.settings))];
    for (const other of documents.all()) {
      if (other.uri === textDocument.uri) continue;
      const assessed = await cache.peek(other);
      if (assessed?.kind === 'analysed') otherNames.push(...namesInDocument(assessed.analysis));
    }
    return completions(analysis, {
      offset: analysis.index.lines.offsetAt(position),
      settings: found.settings,
      today: todayIso(),
      now: nowInZone(zoneOf(analysis.model.timezone) ?? zoneOf(found.settings.timezone)),
      otherNames,
    });
  });

  connection.onHover(async ({ textDocument, position }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    return found ? (hover(found.analysis, found.analysis.index.lines.offsetAt(position)) ?? null) : null;
  });

  connection.onCodeAction(async ({ textDocument, range, context }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    if (!found) return [];
    const lines = found.analysis.index.lines;
    return codeActions(found.analysis, { uri: textDocument.uri, start: lines.offsetAt(range.start), end: lines.offsetAt(range.end), diagnostics: context.diagnostics, only: context.only, today: todayIso(), disabledSupport: disabledCodeActions });
  });

  connection.onCodeLens(async ({ textDocument }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    return found ? codeLenses(found.analysis) : [];
  });

  connection.languages.inlayHint.on(async ({ textDocument, range }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    if (!found) return [];
    const lines = found.analysis.index.lines;
    return inlayHints(found.analysis, lines.offsetAt(range.start), lines.offsetAt(range.end));
  });

  connection.onDocumentLinks(async ({ textDocument }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    return found ? documentLinks(found.analysis, (await options.workspaceFiles?.list().catch(() => undefined)) ?? [], textDocument.uri) : [];
  });

  connection.onDocumentSymbol(async ({ textDocument }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    return found ? documentSymbols(found.analysis) : [];
  });

  documents.listen(connection);
  connection.listen();
}

/** A Markdown file is ours by its path when it matches the post-mortem globs (else its content decides, if enabled). */
function byPath(uri: string, settings: Settings): boolean {
  return pathMatchesGlobs(pathOf(uri), settings.files);
}

function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
