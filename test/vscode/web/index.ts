// Entry of the web tier: code-server runs the extension's "browser" entry in its web worker extension host and
// loads this file there, so it is bundled for the browser with mocha's browser build. No Node here: workspace
// files are laid out by scripts/test.mjs.

import 'mocha/mocha.js';

// mocha's browser build defines the global `mocha` (BrowserMocha, typed by @types/mocha).
declare const mocha: BrowserMocha;

export function run(): Promise<void> {
  const counts = { passed: 0, failed: 0 };
  // A worker has no DOM for mocha's HTML reporter: one console line per test instead.
  function ConsoleReporter(runner: Mocha.Runner): void {
    runner.on('pass', (test) => {
      counts.passed++;
      console.log(`  ✔ ${test.fullTitle()}`);
    });
    runner.on('fail', (test, error: Error) => {
      counts.failed++;
      console.log(`  ✖ ${test.fullTitle()}\n${error.stack ?? error.message}`);
    });
  }
  mocha.setup({ ui: 'bdd', timeout: 60_000 });
  mocha.reporter(ConsoleReporter as unknown as Mocha.ReporterConstructor);
  // Required after setup, which defines describe/it.
  require('./web.test');
  return new Promise((resolve, reject) => {
    mocha.run(() => {
      // One plain line the tier runner reads for its summary.
      console.log(`web-suite: ${counts.passed} passed, ${counts.failed} failed`);
      if (counts.failed > 0) reject(new Error(`${counts.failed} test(s) failed`));
      else resolve();
    });
  });
}
