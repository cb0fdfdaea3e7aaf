import type { Settings } from '../../../schemas/settings';
import { todayIso } from '../clock';
import { analyzeText, type Analysis, type Logger } from '../engine/analyze';

interface Entry {
  version: number;
  settings: Settings;
  analysis: Analysis;
}

/** One analysis per document version (and settings object): every feature asks here, nothing parses twice. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly logger: Logger) {}

  get(document: { uri: string; version: number; getText(): string }, settings: Settings): Analysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) return cached.analysis;
    const analysis = analyzeText(document.getText(), { settings, logger: this.logger, today: todayIso() });
    this.entries.set(document.uri, { version: document.version, settings, analysis });
    return analysis;
  }

  /** True when the document's current version is already analysed (so asking costs nothing). */
  has(document: { uri: string; version: number }): boolean {
    return this.entries.get(document.uri)?.version === document.version;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
