// After a burst of analyses (an editor opening 200 post-mortems at once), V8 keeps the heap it reserved for the
// burst (a young generation of 32 MB, an old generation about 5 times the live heap) and gives none of it back while
// the server sits idle (none in 30 s, measured). Once the analyses have settled, one full collection returns it to
// the system.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AnalysisActivity } from './lsp/analysisCache';

/** How long no analysis must have run before the burst counts as settled: a pause, not a gap between two analyses. */
export const SETTLE_MS = 1000;
/**
 * How much the old generation's committed heap must have grown since the last collection (or the start) for one to be
 * worth it. Typing in the seed grows it by 10-20 MB between V8's own collections, which is left to V8 (one collection
 * in the first hundred keystrokes, 48 -> 15 MB, then none); 200 opens grow it by some 110 MB, which a collection gives
 * back (its cost, 50-200 ms, paid once, while the user is not typing).
 */
export const GROWTH_BYTES = 32 * 1024 * 1024;
/**
 * Passes of a collection, at most. The first frees the burst's dead objects but gives back little of the committed
 * old generation (after 200 opens, 111 -> 93 MB): V8 moves only so much in one pass. The second, finding those pages
 * empty or sparse, gives back most of it (-> 22 MB). Another pass runs while the last gave back MIN_PASS_GAIN_BYTES or
 * more.
 */
export const MAX_PASSES = 3;
export const MIN_PASS_GAIN_BYTES = 1024 * 1024;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

export interface IdleCollectorOptions {
  /** One full garbage collection. */
  collect: () => void;
  /**
   * The old generation's committed heap, in bytes: what a collection gives back. Not the resident size, which also
   * counts code and native memory no collection frees; not the young generation, which V8 grows to 32 MB within a
   * few keystrokes and shrinks only when the allocation rate of the last seconds is low.
   */
  committedOldGeneration: () => number;
  log: (message: string) => void;
  timers: Timers;
  /** A clock in milliseconds, for the collection's duration in the log. */
  now: () => number;
}

/**
 * Runs one full collection once the analyses have settled (none for SETTLE_MS), and only when the old generation grew
 * by GROWTH_BYTES since the last: once per burst, never on a timer of its own, never per keystroke of a small document.
 */
export class IdleCollector implements AnalysisActivity {
  private timer: unknown;
  private baseline: number;

  constructor(private readonly options: IdleCollectorOptions) {
    this.baseline = options.committedOldGeneration();
  }

  busy(): void {
    if (this.timer === undefined) return;
    this.options.timers.clear(this.timer);
    this.timer = undefined;
  }

  idle(): void {
    this.busy();
    this.timer = this.options.timers.set(() => {
      this.timer = undefined;
      this.settled();
    }, SETTLE_MS);
  }

  private settled(): void {
    const before = this.options.committedOldGeneration();
    if (before - this.baseline < GROWTH_BYTES) {
      // A heap V8 shrank by itself is the new reference: growth is counted from its lowest point.
      this.baseline = Math.min(this.baseline, before);
      return;
    }
    const started = this.options.now();
    let committed = before;
    let passes = 0;
    for (let gained = Infinity; passes < MAX_PASSES && gained >= MIN_PASS_GAIN_BYTES; passes++) {
      this.options.collect();
      const after = this.options.committedOldGeneration();
      gained = committed - after;
      committed = after;
    }
    this.baseline = committed;
    const took = this.options.now() - started;
    this.options.log(`Analyses settled: garbage collected (${passes} passes, ${took.toFixed(0)} ms), old generation ${megabytes(before)} -> ${megabytes(committed)} MB committed.`);
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(0);
}

/**
 * The idle collector of this Node process, or undefined when V8's gc cannot be reached. Editors start
 * `node dist/server.js` themselves, so no `--expose-gc` can be asked of them: the flag is set for one new context,
 * whose gc collects the whole process, and cleared again, so no other context gets one.
 */
export function nodeIdleCollector(log: (message: string) => void): IdleCollector | undefined {
  const collect = fullCollection();
  if (!collect) return undefined;
  return new IdleCollector({
    collect,
    committedOldGeneration: () => getHeapSpaceStatistics().reduce((sum, space) => (space.space_name.startsWith('new_') ? sum : sum + space.space_size), 0),
    log,
    // Unreferenced: a pending collection never keeps an exiting server alive.
    timers: { set: (run, ms) => setTimeout(run, ms).unref(), clear: (timer) => clearTimeout(timer as NodeJS.Timeout) },
    now: () => performance.now(),
  });
}

function fullCollection(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
