// `postmortem lint` over many files on all cores: worker threads, one per core, read and analyse the files they are
// handed while the main thread only hands them out and prints; their outcomes are handed on in the files' order, each
// as soon as it and all before it are done, so output streams in the order a single thread gives and nothing of a
// file is kept once it is printed. The bundle starts itself as the worker (`new Worker(__filename)`): no second entry
// point. Node adapter, with cli.ts.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analysisReason, failureLine, lintFile, shownPath, type FileOutcome, type LintTarget } from './cliLintFile';

interface WorkerData {
  role: typeof WORKER_ROLE;
  today: string;
}

interface Job {
  index: number;
  target: LintTarget;
}

interface Done {
  index: number;
  outcome: FileOutcome;
}

const WORKER_ROLE = 'postmortem-lint-worker';
/**
 * Below this many files a run stays on the main thread: starting a worker (loading the bundle in a fresh isolate)
 * costs about as much as analysing a few files, so one file or standard input never pays for it.
 */
const MIN_FILES_FOR_WORKERS = 8;
/** Jobs handed to a worker ahead of its answers, so it never waits for the next one. */
const JOBS_PER_WORKER = 2;
/**
 * How far past the first unfinished file the workers may run: the outcomes waiting for it are all that is kept,
 * so memory stays bounded by this, not by the number of files, even behind one slow file.
 */
const WINDOW = 256;
/**
 * How the linting threads' heaps are collected. V8 reads these flags at each collection, in every isolate of the
 * process (the main thread's too, which hardly allocates); they are set before the workers start, for their whole run.
 * - `--no-concurrent-marking`: V8 marks the old generation on background threads while the program runs, which pays
 *   when cores are idle; here every core runs a linting thread, so the markers only take turns with them, and marking
 *   alongside a thread that allocates this fast (about 13 MB per file) costs more than marking in its own steps. Off,
 *   a two-worker run on 1,000 files took about a fifth less CPU time. Marking in parallel in the final pause stays
 *   on: with both off, Node 20's V8 aborts (a check in its C++ heap's marker).
 * - `--heap-growing-percent=60`: how far a heap may grow past what survived its last full collection (V8 lets it grow
 *   up to four times, about 110 MB per thread on 1,000 files, for 15-20 MB that survive). A file's trees are garbage
 *   once its findings are sent, so collecting sooner finds little alive. Marked in the thread's own steps, a
 *   collection ends later and the heap grows meanwhile: 60 % kept the run's peak where 100 % with concurrent marking
 *   had it (about 60 MB below V8's default).
 */
const LINTING_HEAP_FLAGS = '--no-concurrent-marking --heap-growing-percent=60';

/** In a worker started by `lintInOrder`. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as WorkerData | undefined)?.role === WORKER_ROLE;
}

/** The worker's side: lint each file it is sent and answer with its outcome. */
export function serveLintJobs(): void {
  const { today } = workerData as WorkerData;
  const port = parentPort!;
  port.on('message', (job: Job) => {
    void lintFile(job.target, today).then((outcome) => port.postMessage({ index: job.index, outcome } satisfies Done));
  });
}

/**
 * One worker per core, the main thread only handing out files and printing: linting beside its workers, it slowed
 * them (a run's CPU time was about a tenth more than with a worker in its place, and a third more with a 100 % heap
 * growth limit; not measured again with LINTING_HEAP_FLAGS' present ones), for the 30-40 MB its heap costs. None on
 * a single core, where the main thread lints alone.
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return cores > 1 ? cores : 0;
}

/**
 * Lints `targets`, calling `onOutcome` for each in their order: on `workers` threads when there are enough files to
 * pay for starting them, else on this thread alone.
 */
export async function lintInOrder(targets: LintTarget[], today: string, workers: number, onOutcome: (outcome: FileOutcome) => void): Promise<void> {
  const files = targets.filter((t) => t.path !== '-').length;
  if (workers === 0 || files < MIN_FILES_FOR_WORKERS) {
    for (const target of targets) onOutcome(await lintFile(target, today));
    return;
  }
  await new Promise<void>((resolve) => new Pool(targets, today, workers, onOutcome, resolve).start());
}

class Pool {
  private readonly waiting = new Map<number, FileOutcome>();
  private readonly jobs = new Map<Worker, Set<number>>();
  /** The next file to hand out, and the next to hand on. */
  private next = 0;
  private handedOn = 0;

  constructor(
    private readonly targets: LintTarget[],
    private readonly today: string,
    private readonly size: number,
    private readonly onOutcome: (outcome: FileOutcome) => void,
    private readonly onEnd: () => void,
  ) {}

  start(): void {
    setFlagsFromString(LINTING_HEAP_FLAGS);
    for (let i = 0; i < this.size; i++) this.startWorker();
    this.handOut();
  }

  private startWorker(): void {
    const worker = new Worker(__filename, { workerData: { role: WORKER_ROLE, today: this.today } satisfies WorkerData });
    this.jobs.set(worker, new Set());
    worker.on('message', ({ index, outcome }: Done) => {
      this.jobs.get(worker)?.delete(index);
      this.settle(index, outcome);
    });
    // A worker that dies (out of memory, say) costs the files it held, not the run: they are reported, another
    // worker takes its place.
    const lost = (reason: string) => {
      const held = this.jobs.get(worker);
      if (!held) return;
      this.jobs.delete(worker);
      if (this.handedOn < this.targets.length) this.startWorker();
      for (const index of held) {
        this.settle(index, { settingsProblems: [], messages: [failureLine(shownPath(this.targets[index].path), 'could not analyse', reason)], failed: true });
      }
    };
    worker.on('error', (error) => lost(analysisReason(error)));
    worker.on('exit', (code) => lost(`the worker analysing it stopped (exit code ${code})`));
  }

  /** The next file within the window, if any. */
  private take(): number | undefined {
    return this.next < this.targets.length && this.next < this.handedOn + WINDOW ? this.next++ : undefined;
  }

  /** Gives each worker files up to its share, within the window. Standard input is read here, on the main thread. */
  private handOut(): void {
    for (const [worker, held] of this.jobs) {
      while (held.size < JOBS_PER_WORKER) {
        const index = this.take();
        if (index === undefined) return;
        const target = this.targets[index];
        if (target.path === '-') void lintFile(target, this.today).then((outcome) => this.settle(index, outcome));
        else {
          held.add(index);
          worker.postMessage({ index, target } satisfies Job);
        }
      }
    }
  }

  private settle(index: number, outcome: FileOutcome): void {
    this.waiting.set(index, outcome);
    for (let ready = this.waiting.get(this.handedOn); ready; ready = this.waiting.get(this.handedOn)) {
      this.waiting.delete(this.handedOn++);
      this.onOutcome(ready);
    }
    if (this.handedOn < this.targets.length) return this.handOut();
    const workers = [...this.jobs.keys()];
    this.jobs.clear();
    void Promise.all(workers.map((worker) => worker.terminate())).then(this.onEnd);
  }
}
