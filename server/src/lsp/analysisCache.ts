import type { Settings } from '../../../schemas/settings';
import { todayIso } from '../clock';
import type { Logger } from '../engine/analyze';
import { assessmentSteps, type Assessment } from '../engine/assess';
import { tooSlow } from '../engine/limits';
import type { PositionEncoding } from '../engine/lineIndex';
import { SectionMemo } from '../engine/sectionParse';
import { keptAssessment, type KeptAssessment } from './keptAnalysis';
import { nextTurn } from './nextTurn';

/** The time a document's analysis may take, counted over its own steps (not the waits between them). */
export const ANALYSIS_BUDGET_MS = 10_000;
/** The work done between two turns of the event loop, at most (plus one step): short, so other documents wait little. */
export const SLICE_MS = 4;
/** A document this large takes more than a slice before its first yield (its limits pass, its cuts). */
const READ_MESSAGES_FIRST_CHARS = 64 * 1024;

/**
 * Analyses kept at most, the most recently asked for (without their syntax trees: about 45 KB for an 11 KB
 * post-mortem). A dropped one is analysed again when next asked for (about 20 ms at that size).
 */
export const KEPT_ANALYSES = 20;
/**
 * Documents whose parsed sections are kept, the most recently asked for (the one being typed in first): they hold the
 * syntax tree (about 20 times the text), which only the next edit's parse uses.
 */
export const KEPT_SECTION_MEMOS = 4;

/** What an analysis abandoned for a newer version (or a closed document) answers: ask again for the current one. */
export const ABANDONED: Extract<Assessment, { kind: 'not-postmortem' }> = Object.freeze({ kind: 'not-postmortem' });

interface Entry {
  version: number;
  settings: Settings;
  assessment: Promise<KeptAssessment>;
  /** Done: only a settled analysis is dropped, so one under way always finishes. */
  settled: boolean;
}

/**
 * Told when analyses start running (none was) and when the last one running ends: how the server's adapter learns
 * that a burst of analyses has settled (server.ts collects the heap V8 reserved for it).
 */
export interface AnalysisActivity {
  busy(): void;
  idle(): void;
}

export interface CacheOptions {
  logger: Logger;
  budgetMs?: number;
  /** The clock slices are timed on, in milliseconds, read after every step (tests pass their own). */
  now?: () => number;
  /** The clock the budget is counted on, read once a slice; `now` when absent. */
  budgetClock?: () => number;
  /** Gives the event loop a turn (requests and notifications waiting are read) before the next step. */
  yieldTurn?: () => Promise<void>;
  /** The position encoding agreed with the client at initialize (read per analysis: it is known only then). */
  positionEncoding?: () => PositionEncoding;
  activity?: AnalysisActivity;
}

/**
 * One assessment per document version (and settings object): every feature asks here, nothing parses twice while
 * the analysis is kept (the last KEPT_ANALYSES asked for). The work runs in steps (decide; parse, a section at a
 * time; the index walk and the model's readings, a few hundred items at a time; each rule), and gives the event loop
 * a turn whenever a slice of work is done, so requests on other documents are answered between the steps of a large
 * one, and the analysis asked for last goes first; a document whose steps overrun the budget is abandoned with a
 * message. An analysis is kept without its syntax tree (keptAnalysis.ts); the documents asked for last keep their
 * previous version's parsed sections, so an edit parses again only the sections it touched. (A single step, such as
 * one section's parse, is not interruptible: a worker thread would be.)
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly sections = new Map<string, SectionMemo>();
  /** The documents whose last settled version was analysed as a post-mortem (by its content or its path). */
  private readonly postmortems = new Set<string>();
  /** The analyses under way, numbered in the order they were asked for, and the ones waiting for a later one to end. */
  private readonly running = new Set<number>();
  private readonly waiting: (() => void)[] = [];
  /** Analyses about to be asked for, each by the last run started before it: those runs wait for it. */
  private readonly expected = new Set<{ after: number }>();
  private lastRun = 0;
  private readonly budgetMs: number;
  private readonly now: () => number;
  private readonly budgetClock: (() => number) | undefined;
  private readonly yieldTurn: () => Promise<void>;

  constructor(private readonly options: CacheOptions) {
    this.budgetMs = options.budgetMs ?? ANALYSIS_BUDGET_MS;
    this.now = options.now ?? (() => performance.now());
    this.budgetClock = options.budgetClock;
    this.yieldTurn = options.yieldTurn ?? nextTurn;
  }

  get(document: { uri: string; version: number; getText(): string }, settings: Settings, byPath: boolean): Promise<KeptAssessment> {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) {
      this.touch(document.uri, cached);
      return cached.assessment;
    }
    const entry = { version: document.version, settings, settled: false } as Entry;
    // Work for a version typed past (or a closed document) stops at its next step.
    this.touch(document.uri, entry);
    // Moved in place: no analysis keeps its tree (keptAnalysis.ts), and one for a version typed past stops before its
    // next step, so no tree is read once the next version's parse has begun.
    const sections = this.sections.get(document.uri) ?? new SectionMemo({ movesInPlace: true });
    // Most recently asked for last; the least recent beyond KEPT_SECTION_MEMOS go (one in use still finishes with it).
    this.sections.delete(document.uri);
    this.sections.set(document.uri, sections);
    for (const uri of this.sections.keys()) if (this.sections.size > KEPT_SECTION_MEMOS) this.sections.delete(uri);
    const wasPostmortem = this.postmortems.has(document.uri);
    entry.assessment = this.run(document.getText(), settings, { byPath, wasPostmortem }, sections, () => this.entries.get(document.uri) !== entry);
    const settle = () => {
      entry.settled = true;
      this.dropLeastRecent();
    };
    void entry.assessment.then((assessment) => {
      // Only the current version speaks for the document (a version typed past was abandoned, not judged).
      if (this.entries.get(document.uri) === entry) {
        if (assessment.kind === 'analysed') this.postmortems.add(document.uri);
        else this.postmortems.delete(document.uri);
      }
      settle();
    }, settle);
    return entry.assessment;
  }

  /** Marks the document's entry as the most recently asked for (a Map iterates in insertion order). */
  private touch(uri: string, entry: Entry): void {
    this.entries.delete(uri);
    this.entries.set(uri, entry);
  }

  /** Drops the settled analyses older than the last KEPT_ANALYSES asked for (one under way goes when it settles). */
  private dropLeastRecent(): void {
    let older = this.entries.size - KEPT_ANALYSES;
    for (const [uri, entry] of this.entries) {
      if (older-- <= 0) return;
      if (entry.settled) this.delete(uri);
    }
  }

  /** The document's current version, already assessed (so asking costs nothing), or undefined. */
  peek(document: { uri: string; version: number }): Promise<KeptAssessment> | undefined {
    const cached = this.entries.get(document.uri);
    return cached?.version === document.version ? cached.assessment : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.sections.delete(uri);
    this.postmortems.delete(uri);
  }

  private async run(text: string, settings: Settings, decided: { byPath: boolean; wasPostmortem: boolean }, sections: SectionMemo, stale: () => boolean): Promise<KeptAssessment> {
    const id = ++this.lastRun;
    if (this.running.size === 0) this.options.activity?.busy();
    this.running.add(id);
    try {
      return keptAssessment(await this.runSteps(id, text, settings, decided, sections, stale));
    } finally {
      this.running.delete(id);
      if (this.running.size === 0) this.options.activity?.idle();
      for (const wake of this.waiting.splice(0)) wake();
    }
  }

  private async runSteps(id: number, text: string, settings: Settings, decided: { byPath: boolean; wasPostmortem: boolean }, sections: SectionMemo, stale: () => boolean): Promise<Assessment> {
    // Asked for while others run (200 documents opened at once), or large enough that its first slice would hold up
    // a keystroke in another document: the messages already received are read first, and this analysis starts only
    // when those asked for after it are done. The document typed in goes first, and a burst holds one half-done
    // analysis, not one each; a small document alone starts at once.
    if (this.running.size > 1 || text.length > READ_MESSAGES_FIRST_CHARS) {
      await this.yieldTurn();
      await this.laterOnesDone(id);
    }
    const steps = assessmentSteps(text, { settings, ...decided, logger: this.options.logger, today: todayIso(), positionEncoding: this.options.positionEncoding?.(), sections });
    let spent = 0;
    // The step clock is read after each step. The budget's clock (Node: the process' CPU time, a system call of 7 to
    // 40 microseconds) is read around each slice only once the slices' own time passes a twentieth of the budget:
    // before that their time counts as spent (at most that much too early a refusal, under load), and a keystroke's
    // analysis, far shorter, never reads it.
    const budgetClockAfter = this.budgetMs / 20;
    let sliceStart = this.now();
    let budgetAtSliceStart: number | undefined;
    for (;;) {
      // Typed past (checked before each step, so after a wait too: the newer version's parse may have moved the nodes
      // of this version's tree in place).
      if (stale()) {
        steps.return({ kind: 'not-postmortem' });
        return ABANDONED;
      }
      const step = steps.next();
      const elapsed = this.now() - sliceStart;
      if (step.done) return step.value;
      if (elapsed < SLICE_MS) continue;
      spent += budgetAtSliceStart === undefined ? elapsed : this.budgetClock!() - budgetAtSliceStart;
      if (spent > this.budgetMs) {
        steps.return({ kind: 'not-postmortem' });
        return step.value ? { kind: 'refused', refusal: tooSlow(this.budgetMs) } : { kind: 'not-postmortem' };
      }
      await this.yieldTurn();
      await this.laterOnesDone(id);
      sliceStart = this.now();
      budgetAtSliceStart = spent >= budgetClockAfter ? this.budgetClock?.() : undefined;
    }
  }

  /**
   * An analysis about to be asked for (a check starting at the next turn of the event loop): the analyses under way
   * wait for it at their next step, as for one already started, so a keystroke's check does not wait for another
   * slice of a large document's analysis to be asked for. Call the returned function once its check is over.
   */
  expectAnalysis(): () => void {
    const expectation = { after: this.lastRun };
    this.expected.add(expectation);
    return () => {
      if (this.expected.delete(expectation)) for (const wake of this.waiting.splice(0)) wake();
    };
  }

  /**
   * The analysis asked for last goes first (the document being typed in): an earlier one waits for it, and then for
   * the turns in which what the later one sent (its diagnostics) is written, before its own next slice.
   */
  private async laterOnesDone(id: number): Promise<void> {
    const later = () => [...this.running].some((other) => other > id) || [...this.expected].some(({ after }) => id <= after);
    while (later()) {
      while (later()) await new Promise<void>((wake) => this.waiting.push(wake));
      await this.yieldTurn();
    }
  }
}
