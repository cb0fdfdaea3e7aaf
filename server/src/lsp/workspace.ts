import type { Settings } from '../../../schemas/settings';
import { assessText } from '../engine/assess';
import { headMayBePostmortem, looksLikeTemplate, pathMatchesGlobs } from '../engine/detect';
import { namesInDocument } from './features/names';

/** A Markdown file of the workspace; its text is read only when asked for. */
export interface WorkspaceFile {
  uri: string;
  name: string;
  text(): Promise<string>;
  /** Its head (`headOf`) without reading the rest, when the runtime can read part of a file. */
  head?(): Promise<string>;
}

/**
 * The workspace's Markdown files, supplied by the runtime's adapter (Node: the file system; the web worker: its
 * client, over `postmortem/workspaceFiles` and `postmortem/fileText`).
 */
export interface WorkspaceFiles {
  setFolders(folderUris: string[]): void;
  list(): Promise<WorkspaceFile[]>;
  invalidate(): void;
}

/** Reads at most this many other post-mortems for names: completion must stay fast in a large repository. */
const NAME_SOURCES = 200;

/** Names used in the workspace's other post-mortems, each file analysed once until the workspace changes. */
export class WorkspaceNames {
  private names: Promise<string[]> | undefined;

  constructor(private readonly files: WorkspaceFiles | undefined) {}

  get(settings: Settings): Promise<string[]> {
    if (!this.files) return Promise.resolve([]);
    this.names ??= this.collect(this.files, settings).catch(() => []);
    return this.names;
  }

  invalidate(): void {
    this.names = undefined;
  }

  private async collect(files: WorkspaceFiles, settings: Settings): Promise<string[]> {
    const names = new Set<string>();
    let read = 0;
    for (const file of await files.list()) {
      if (read >= NAME_SOURCES) break;
      const path = decodeURIComponent(new URL(file.uri).pathname);
      const byPath = pathMatchesGlobs(path, settings.files);
      if (!byPath && !settings.detectByContent) continue;
      // Decided from the path or the head first, and within the limits: a large README costs a look at its head,
      // and a read of its head alone where the runtime can read part of a file.
      if (!byPath && file.head && !headMayBePostmortem(await file.head())) continue;
      const assessment = assessText(await file.text(), { settings, byPath });
      if (assessment.kind !== 'analysed' || looksLikeTemplate(assessment.analysis, path)) continue;
      read++;
      for (const name of namesInDocument(assessment.analysis)) names.add(name);
    }
    return [...names];
  }
}
