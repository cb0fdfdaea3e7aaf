// Extension-host entry of the real-VS-Code tier: VS Code (code-server offline, or desktop VS Code through
// @vscode/test-electron) loads this file and awaits run(). The test files are bundled in, so mocha's globals are
// set up before they are required.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  require('./diagnostics.test');
  require('./clientPure.test');
  require('./commands.test');
  require('./preview.test');
  require('./timelineService.test');
  require('./editor.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // One plain line the tier runner reads for its summary.
      console.log(`vscode-suite: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
