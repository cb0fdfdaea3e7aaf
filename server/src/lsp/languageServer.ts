import { CodeActionKind, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, LSPErrorCodes, MarkupKind, MessageType, ResponseError, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type CancellationToken, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { timelineRequest } from '../../../schemas/requests';
import type { Settings } from '../../../schemas/settings';
import { TEAM_CONFIG_FILE } from '../../../schemas/teamConfig';
import { nowInZone, todayIso } from '../clock';
import type { PositionEncoding } from '../engine/lineIndex';
import { pathMatchesGlobs } from '../engine/detect';
import { zoneOf } from '../engine/timestamps';
import { ABANDONED, AnalysisCache, type AnalysisActivity } from './analysisCache';
import { refusalDiagnostic, toDiagnostics } from './diagnostics';
import { codeActions, FIX_ALL_KIND, UPDATE_FIGURES_KIND } from './features/codeActions';
import { codeLenses, SHOW_FIGURE_COMMAND } from './features/codeLenses';
import { completions } from './features/completion';
import { documentLinks } from './features/documentLinks';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { namesInDocument } from './features/names';
import type { KeptAnalysis } from './keptAnalysis';
import { nextTurn } from './nextTurn';
import { SettingsStore, type TeamConfigReader, type TeamConfigStamp } from './settingsStore';
import { toTimelineView } from './timelineView';
import { WorkspaceScan, type WorkspaceFiles } from './workspace';

export interface ServerOptions {
  /** Base URI of docs/rules, for each diagnostic's link to its rule page. */
  ruleDocsBaseUri?: string;
  /** Finds the team file for a document (Node: the nearest .postmortemrc.json up the tree). */
  readTeamConfig?: TeamConfigReader;
  /** A cheap fingerprint of that team file (Node: its modification time), checked on each edit when the client watches no files. */
  teamConfigStamp?: TeamConfigStamp;
  /** How long a workspace/configuration request may go unanswered (tests shorten it). */
  configurationTimeoutMs?: number;
  /** The workspace's Markdown files, for links between post-mortems and names used in them. */
  workspaceFiles?: WorkspaceFiles;
  /**
   * The clock the analysis budget is counted on, in milliseconds (Node: the process' CPU time, so a machine loaded
   * by other work does not make a document's analysis look too slow; elsewhere wall time).
   */
  analysisClock?: () => number;
  /** Gives the event loop a turn between slices of an analysis (Node: setImmediate, which waits for no timer). */
  yieldTurn?: () => Promise<void>;
  /** Told when analyses start and when the last one running ends (Node: collects the heap a burst left reserved). */
  analysisActivity?: AnalysisActivity;
}

/**
 * Wires the engine to an LSP connection. Runtime-neutral: the Node entry (server.ts) passes a connection over
 * IPC or stdio; a browser worker could pass its own.
 */
export function startLanguageServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let ruleDocsBaseUri = options.ruleDocsBaseUri;
  // Positions count in the encoding agreed at initialize (LSP 3.17), converted by each analysis' line index.
  let positionEncoding: PositionEncoding = 'utf-16';
  const yieldTurn = options.yieldTurn ?? nextTurn;
  const cache = new AnalysisCache({ logger: { error: (message) => connection.console.error(message) }, positionEncoding: () => positionEncoding, budgetClock: options.analysisClock, yieldTurn, activity: options.analysisActivity });
  let pullsConfiguration = false;
  const refreshes = { inlayHints: false, codeLenses: false };
  let disabledCodeActions = false;
  let markdownHover = true;
  let watchesFiles = false;
  /** LSP's lifecycle: requests before initialize and after shutdown get the errors the specification names. */
  let lifecycle: 'uninitialized' | 'running' | 'shutdown' = 'uninitialized';
  const settings = new SettingsStore(connection, () => pullsConfiguration, options.readTeamConfig, options.teamConfigStamp, options.configurationTimeoutMs);
  /** Each document's check waiting to start (after its debounce), by what cancels it. */
  const pending = new Map<string, () => void>();
  /** The names each open post-mortem uses (owners, actors), from its latest published analysis. */
  const openDocumentNames = new Map<string, string[]>();

  /** Wraps a request handler: before initialize, ServerNotInitialized; after shutdown, InvalidRequest. */
  function guarded<P extends unknown[], R>(handler: (...params: P) => R): (...params: P) => R {
    return (...params: P) => {
      if (lifecycle === 'uninitialized') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized: send initialize first.');
      if (lifecycle === 'shutdown') throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down: only exit is accepted.');
      return handler(...params);
    };
  }

  connection.onInitialize((params): InitializeResult => {
    if (lifecycle !== 'uninitialized') throw new ResponseError(ErrorCodes.InvalidRequest, 'initialize was already received.');
    lifecycle = 'running';
    const capabilities = params.capabilities;
    pullsConfiguration = capabilities.workspace?.configuration === true;
    refreshes.inlayHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
    refreshes.codeLenses = capabilities.workspace?.codeLens?.refreshSupport === true;
    disabledCodeActions = capabilities.textDocument?.codeAction?.disabledSupport === true;
    const hoverFormats = capabilities.textDocument?.hover?.contentFormat;
    markdownHover = !hoverFormats || hoverFormats.includes(MarkupKind.Markdown);
    watchesFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // utf-8 or utf-32 when the client offers it (fewer conversions for clients that count bytes); UTF-16 otherwise.
    const offered = capabilities.general?.positionEncodings ?? [];
    positionEncoding = offered.includes('utf-8') ? 'utf-8' : offered.includes('utf-32') ? 'utf-32' : 'utf-16';
    // The workspace's folders; a client that names only its root (rootUri, or the older rootPath) has that one.
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToFileUri(params.rootPath)] : []);
    options.workspaceFiles?.setFolders(folders);
    const initOptions = params.initializationOptions as { ruleDocsBaseUri?: unknown; workspaceTrusted?: unknown } | undefined;
    // VS Code's Restricted Mode: no team file (workspace configuration), diagnostics from the editor's settings.
    if (initOptions?.workspaceTrusted === false) settings.ignoreTeamFile();
    // A server that cannot know where it was loaded from (a web worker started from a blob) is told by its client.
    if (typeof initOptions?.ruleDocsBaseUri === 'string') ruleDocsBaseUri ??= initOptions.ruleDocsBaseUri;
    // `{ postmortem: {...} }` as Helix sends its `config` and Neovim its `init_options`, or `{ settings: {...} }`.
    settings.setInitial(params.initializationOptions);
    return {
      capabilities: {
        positionEncoding,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['|', ':', '#', '['] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, UPDATE_FIGURES_KIND] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        documentSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_FIGURE_COMMAND] },
      },
      serverInfo: { name: 'postmortem-language-server' },
    };
  });

  connection.onInitialized(() => {
    // Clients that can watch files are asked to (the VS Code client also watches them itself); the others get the
    // team file's modification time checked on each edit (validate below).
    if (watchesFiles) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${TEAM_CONFIG_FILE}` }, { globPattern: '**/*.md' }] }).catch((error: unknown) => {
        watchesFiles = false;
        connection.console.warn(`Could not register file watchers: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  });
  connection.onShutdown(() => {
    lifecycle = 'shutdown';
  });

  // The workspace's other post-mortems: scanned in the background once a post-mortem is open, never waited for.
  const workspaceScan = new WorkspaceScan(options.workspaceFiles, { log: (message) => connection.console.log(message) });
  const settingsChanged = () => {
    settings.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
    // Hints, lenses and the outline depend on settings too (time zone, SLO): ask the client to fetch them again.
    const ignore = () => undefined;
    if (refreshes.inlayHints) connection.languages.inlayHint.refresh().catch(ignore);
    if (refreshes.codeLenses) connection.sendRequest('workspace/codeLens/refresh').catch(ignore);
  };
  // Pushed settings (`{ settings: { postmortem: {...} } }`, as Neovim and Helix send them) rank below pulled ones.
  connection.onDidChangeConfiguration(({ settings: pushed }) => {
    settings.setPushed(pushed);
    settingsChanged();
  });
  // The client watches Markdown files (other post-mortems: links, names) and .postmortemrc.json (settings).
  connection.onDidChangeWatchedFiles(({ changes }) => {
    // Each Markdown file changed is read again alone; nothing rescans the workspace.
    const markdown = changes.filter((change) => /\.(md|markdown)$/i.test(change.uri));
    void workspaceScan.changed(markdown.map((change) => ({ uri: change.uri, deleted: change.type === FileChangeType.Deleted })));
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
    pending.get(document.uri)?.();
    pending.delete(document.uri);
    cache.delete(document.uri);
    openDocumentNames.delete(document.uri);
    settings.forget(document.uri);
    // While open, a document spoke for itself; closed, its file (saved or not) speaks again, read alone.
    void workspaceScan.changed([{ uri: document.uri, deleted: false }]);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /**
   * Debounced: a keystroke restarts the wait, so only the document as the user paused on it is checked. With no
   * delay, the check starts at the next turn of the event loop (the edits already received are applied first), not
   * on a timer (Node's shortest is 1 ms).
   */
  function schedule(uri: string, delayMs: number): void {
    pending.get(uri)?.();
    let cancelled = false;
    const start = () => {
      if (cancelled) return;
      pending.delete(uri);
      return validate(uri);
    };
    if (delayMs > 0) {
      const timer = setTimeout(() => void start(), delayMs);
      pending.set(uri, () => clearTimeout(timer));
    } else {
      // Analyses under way (a large document's) wait for this check from now, not from when it asks for its analysis.
      const release = cache.expectAnalysis();
      void yieldTurn().then(start).finally(release);
      pending.set(uri, () => (cancelled = true));
    }
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    // A client that watches no files: a team file written since this document's settings were read applies now.
    if (!watchesFiles && settings.teamFileChanged(uri)) {
      settingsChanged();
      return;
    }
    const documentSettings = await settings.get(uri);
    // Drop stale work: the document changed (or closed) while settings were being fetched.
    if (documents.get(uri)?.version !== version) return;
    const assessing = cache.get(document, documentSettings, byPath(uri, documentSettings));
    const assessment = await assessing;
    // Superseded meanwhile (an edit, or settings changed and the run stopped early): the newer check publishes.
    // (Dropped from the cache since, to keep it small, is not superseded: its diagnostics are still the latest.)
    const current = cache.peek(document);
    if (documents.get(uri)?.version !== version || (current !== undefined && current !== assessing)) return;
    // A post-mortem is open: the names and links it will want from the others are gathered meanwhile.
    if (assessment.kind === 'analysed') workspaceScan.start(documentSettings);
    const diagnostics =
      assessment.kind === 'analysed'
        ? toDiagnostics(assessment.analysis.findings, assessment.analysis.index.lines, ruleDocsBaseUri)
        : assessment.kind === 'refused'
          ? [refusalDiagnostic(assessment.refusal.message)]
          : [];
    await connection.sendDiagnostics({ uri, version, diagnostics });
    // Its names, for completion in the others, outlive its analysis (the cache keeps only the recent ones). Read after
    // the diagnostics are sent: a 1 MB post-mortem's take a millisecond, which the keystroke need not wait for.
    if (documents.get(uri)?.version !== version) return;
    if (assessment.kind === 'analysed') openDocumentNames.set(uri, namesInDocument(assessment.analysis));
    else openDocumentNames.delete(uri);
  }

  /**
   * Thin handlers: the document's analysis from the per-version cache (never a second parse), or nothing when the
   * document is gone, is not a post-mortem, or the request was cancelled meanwhile.
   */
  async function postmortemAnalysis(uri: string, token?: CancellationToken): Promise<{ analysis: KeptAnalysis; settings: Settings; version: number } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const documentSettings = await settings.get(uri);
    if (token?.isCancellationRequested || documents.get(uri)?.version !== document.version) return undefined;
    // The version analysed is the one read now: an edit landing while the analysis yields does not relabel it.
    let analysedVersion = document.version;
    let assessment = await cache.get(document, documentSettings, byPath(uri, documentSettings));
    // Its analysis was abandoned for a newer version (typed meanwhile): answered with that one, not with nothing.
    while (assessment === ABANDONED && documents.get(uri) === document && !token?.isCancellationRequested) {
      analysedVersion = document.version;
      assessment = await cache.get(document, documentSettings, byPath(uri, documentSettings));
    }
    // Not a post-mortem, or one refused (too large, too deep, too slow): every request answers, with nothing.
    if (assessment.kind !== 'analysed' || token?.isCancellationRequested) return undefined;
    return { analysis: assessment.analysis, settings: documentSettings, version: analysedVersion };
  }

  // The preview cancels its request for a version the user has already typed past: with the token checked before
  // the analysis, a backlog of keystrokes on a large document costs one analysis, not one per keystroke.
  connection.onRequest(timelineRequest.method, guarded(async (raw: unknown, token: CancellationToken) => {
    const params = timelineRequest.params.safeParse(raw);
    if (!params.success) return null;
    const { uri } = params.data;
    // The document object is updated in place by each edit, so an edit landing while settings are fetched is
    // answered for, with the newer version (tested), never with a stale "not a post-mortem".
    const found = await postmortemAnalysis(uri, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'postmortem/timeline was cancelled');
    return found ? toTimelineView(uri, found.version, found.analysis) : null;
  }));

  connection.onCompletion(guarded(async ({ textDocument, position }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    if (!found) return [];
    const { analysis } = found;
    // What the scan knows now, never waiting for it; an open document's own text stands for its file.
    workspaceScan.start(found.settings);
    const scanned = workspaceScan.names((uri) => documents.get(uri) !== undefined);
    const otherNames = scanned.names;
    for (const [uri, names] of openDocumentNames) if (uri !== textDocument.uri) otherNames.push(...names);
    const items = completions(analysis, {
      offset: analysis.index.lines.offsetAt(position),
      settings: found.settings,
      today: todayIso(),
      now: nowInZone(zoneOf(analysis.model.timezone) ?? zoneOf(found.settings.timezone)),
      otherNames,
    });
    // Incomplete until the scan is done: the client asks again as the user types, and the other names come in.
    return scanned.complete ? items : { isIncomplete: true, items };
  }));

  connection.onHover(guarded(async ({ textDocument, position }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    return found ? (hover(found.analysis, found.analysis.index.lines.offsetAt(position), markdownHover) ?? null) : null;
  }));

  connection.onCodeAction(guarded(async ({ textDocument, range, context }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    if (!found) return [];
    const lines = found.analysis.index.lines;
    return codeActions(found.analysis, { uri: textDocument.uri, start: lines.offsetAt(range.start), end: lines.offsetAt(range.end), diagnostics: context.diagnostics, only: context.only, today: todayIso(), disabledSupport: disabledCodeActions });
  }));

  connection.onCodeLens(guarded(async ({ textDocument }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    return found ? codeLenses(found.analysis) : [];
  }));

  // A code lens's command: says how its figures were computed (the lens carries the explanation).
  connection.onExecuteCommand(guarded(async ({ command, arguments: args }) => {
    if (command !== SHOW_FIGURE_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${command}`);
    const explanation = typeof args?.[0] === 'string' ? args[0] : 'No figure to explain.';
    await connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: explanation });
    return null;
  }));

  connection.languages.inlayHint.on(guarded(async ({ textDocument, range }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    if (!found) return [];
    const lines = found.analysis.index.lines;
    return inlayHints(found.analysis, lines.offsetAt(range.start), lines.offsetAt(range.end));
  }));

  connection.onDocumentLinks(guarded(async ({ textDocument }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    return found ? documentLinks(found.analysis, await workspaceScan.targets(), textDocument.uri) : [];
  }));

  connection.onDocumentSymbol(guarded(async ({ textDocument }, token) => {
    const found = await postmortemAnalysis(textDocument.uri, token);
    return found ? documentSymbols(found.analysis) : [];
  }));

  documents.listen(connection);
  connection.listen();
}

/** A Markdown file is ours by its path when it matches the post-mortem globs (else its content decides, if enabled). */
function byPath(uri: string, settings: Settings): boolean {
  return pathMatchesGlobs(pathOf(uri), settings.files);
}

/** A file: URI for a path (rootPath), without Node's url module: the server also runs in a browser worker. */
function pathToFileUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return `file://${slashed.startsWith('/') ? '' : '/'}${slashed.split('/').map(encodeURIComponent).join('/').replace(/%3A/g, ':')}`;
}

function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
