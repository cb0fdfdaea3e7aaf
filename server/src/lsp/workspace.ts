import type { Settings } from '../../../schemas/settings';
import { assessmentSteps, type Assessment } from '../engine/assess';
import { looksLikeTemplate, pathMatchesGlobs } from '../engine/detect';
import type { LinkTarget } from './features/documentLinks';
import { namesInDocument } from './features/names';
import { nextTurn } from './nextTurn';

/** The first part of a file, what deciding "post-mortem or not" needs (`headOf` of its text). */
export interface FileHead {
  text: string;
  /** The head is the whole file: nothing more to read. */
  whole: boolean;
}

/** A Markdown file of the workspace; its text is read only when asked for, and never kept. */
export interface WorkspaceFile {
  uri: string;
  name: string;
  /** Beyond the size the server analyses: neither its head nor its text is read. */
  tooLarge?: boolean;
  text(): Promise<string>;
  /** Its head without reading the rest, when the runtime can read part of a file. */
  head?(): Promise<FileHead>;
}

/**
 * The workspace's Markdown files, supplied by the runtime's adapter (Node: the file system; the web worker: its
 * client, over `postmortem/workspaceFiles` and `postmortem/fileText`).
 */
export interface WorkspaceFiles {
  setFolders(folderUris: string[]): void;
  list(): Promise<WorkspaceFile[]>;
  /** The file at `uri` as it is now (created or changed), or undefined when it is none of the workspace's Markdown files. */
  file(uri: string): Promise<WorkspaceFile | undefined>;
}

export interface FileChange {
  uri: string;
  deleted: boolean;
}

export interface ScanOptions {
  /** Where the scan reports what it has read, each time it has read every file it knows of. */
  log(message: string): void;
}

/** What the scan knows of the workspace's other post-mortems so far. */
export interface KnownNames {
  names: string[];
  /** Every listed file has been read: no more names will come until a file changes. */
  complete: boolean;
}

/**
 * The workspace's other post-mortems, for the names used in them and the files links point to. Scanned in the
 * background, in slices that give the event loop a turn, so a request never waits for it: it answers with what is
 * known so far. Only post-mortems are read whole: the others are decided from the path or their head. A file the
 * client reports created, changed or deleted updates its own contribution alone.
 */
export class WorkspaceScan {
  private listing: Promise<Map<string, WorkspaceFile>> | undefined;
  private listed = false;
  /** Names of each post-mortem scanned; a file that is none has no entry. */
  private readonly namesByUri = new Map<string, string[]>();
  /** Files to (re)read, in listing order. */
  private readonly pending = new Set<string>();
  private settings: Settings | undefined;
  /** Bumped when the settings that decide "post-mortem" change: a file read under the old ones is read again. */
  private generation = 0;
  private pumping = false;
  private readonly reads = { heads: 0, whole: 0, tooLarge: 0 };

  constructor(
    private readonly files: WorkspaceFiles | undefined,
    private readonly options: ScanOptions,
  ) {}

  /** Starts the scan (once), or starts it again when these settings decide "post-mortem" differently. */
  start(settings: Settings): void {
    if (!this.files || (this.settings && decidesAlike(this.settings, settings))) return;
    this.settings = settings;
    this.generation++;
    this.namesByUri.clear();
    this.listed = false;
    void this.list().then((files) => {
      this.listed = true;
      // Post-mortems by path first: in the usual layout (a postmortems/ folder) their names come at once.
      const byPath = [...files.keys()].filter((uri) => pathMatchesGlobs(pathOf(uri), settings.files));
      for (const uri of [...byPath, ...files.keys()]) this.pending.add(uri);
      void this.pump();
    });
  }

  /** Names used in the post-mortems scanned so far, leaving out the files `skip` says (open documents speak for themselves). */
  names(skip: (uri: string) => boolean): KnownNames {
    const names = new Set<string>();
    for (const [uri, found] of this.namesByUri) if (!skip(uri)) for (const name of found) names.add(name);
    return { names: [...names], complete: !this.files || (this.listed && !this.pumping && this.pending.size === 0) };
  }

  /** The workspace's Markdown files, which links may point to (listed, not read). */
  async targets(): Promise<LinkTarget[]> {
    return [...(await this.list()).values()];
  }

  /** The workspace's files, listed once; later changes are applied to this listing. */
  private list(): Promise<Map<string, WorkspaceFile>> {
    this.listing ??= (this.files?.list() ?? Promise.resolve([])).then(
      (files) => new Map(files.map((file) => [file.uri, file])),
      () => new Map<string, WorkspaceFile>(),
    );
    return this.listing;
  }

  /** Files created, changed or deleted (told by the client, or a document closed): each is read again alone. */
  async changed(changes: FileChange[]): Promise<void> {
    if (!this.files || !this.listing || changes.length === 0) return;
    const files = await this.listing;
    let queued = false;
    for (const { uri, deleted } of changes) {
      const file = deleted ? undefined : await this.files.file(uri);
      if (file) {
        files.set(uri, file);
        if (this.settings) {
          this.pending.add(uri);
          queued = true;
        }
      } else if (files.delete(uri)) {
        this.namesByUri.delete(uri);
        this.pending.delete(uri);
      }
    }
    // A file outside the workspace (a closed document from elsewhere) changes nothing: no report.
    if (this.listed && queued) void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping || !this.listing) return;
    this.pumping = true;
    try {
      const files = await this.listing;
      let sliceStart = performance.now();
      for (const uri of this.pending) {
        this.pending.delete(uri);
        const file = files.get(uri);
        const settings = this.settings;
        if (!file || !settings) continue;
        const generation = this.generation;
        const names = await this.namesIn(file, settings).catch(() => undefined);
        // Changed, deleted or decided under other settings meanwhile: its newer state is pending or gone.
        if (generation !== this.generation || files.get(uri) !== file) continue;
        if (names) this.namesByUri.set(uri, names);
        else this.namesByUri.delete(uri);
        if (performance.now() - sliceStart >= SLICE_MS) {
          await nextTurn();
          sliceStart = performance.now();
        }
      }
      const { heads, whole, tooLarge } = this.reads;
      this.options.log(`Workspace scan: ${this.namesByUri.size} post-mortems in ${files.size} Markdown files (read so far: ${heads} heads, ${whole} whole files; ${tooLarge} over the size limit skipped).`);
    } finally {
      this.pumping = false;
    }
    // A change that arrived while the last file was being read.
    if (this.pending.size > 0) void this.pump();
  }

  /** The names a post-mortem uses, or undefined for a file that is none (or a template). */
  private async namesIn(file: WorkspaceFile, settings: Settings): Promise<string[] | undefined> {
    if (file.tooLarge) {
      this.reads.tooLarge++;
      return undefined;
    }
    const path = pathOf(file.uri);
    const byPath = pathMatchesGlobs(path, settings.files);
    let assessment: Assessment;
    if (byPath || !file.head) {
      assessment = await this.assess(await this.readWhole(file), settings, byPath);
    } else {
      if (!settings.detectByContent) return undefined;
      // Decided from the head alone (the engine's own decision: a line scan, then the head's model); the rest of
      // the file is read only once it is known to be a post-mortem.
      const head = await file.head();
      this.reads.heads++;
      assessment = await this.assess(head.text, settings, false);
      if (assessment.kind === 'analysed' && !head.whole) assessment = await this.assess(await this.readWhole(file), settings, true);
    }
    if (assessment.kind !== 'analysed' || looksLikeTemplate(assessment.analysis, path)) return undefined;
    return namesInDocument(assessment.analysis);
  }

  private readWhole(file: WorkspaceFile): Promise<string> {
    this.reads.whole++;
    return file.text();
  }

  /** The engine's assessment, without rules (only the model's names are wanted), a turn given between its steps. */
  private async assess(text: string, settings: Settings, byPath: boolean): Promise<Assessment> {
    const steps = assessmentSteps(text, { settings, byPath, rules: [] });
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await nextTurn();
    }
  }
}

/** Work between two turns of the event loop: short enough that a keystroke's request is not held up noticeably. */
const SLICE_MS = 20;

/** Same post-mortem globs and content detection: the scan's decisions stand. */
function decidesAlike(a: Settings, b: Settings): boolean {
  return a === b || (a.detectByContent === b.detectByContent && a.files.length === b.files.length && a.files.every((glob, i) => glob === b.files[i]));
}

function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
