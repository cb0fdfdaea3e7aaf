/** Runs work written in steps (a generator that yields between them) to its end at once, for callers with no event loop to share. */
export function finish<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
