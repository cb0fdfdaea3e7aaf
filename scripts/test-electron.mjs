// `npm run test:electron`: the same extension-host suite in desktop VS Code downloaded by @vscode/test-electron,
// for machines that can reach Microsoft's update server (this one cannot; `npm run test:vscode` is the offline
// route). VSCODE_TEST_VERSION picks the version (default 1.139.1, the one the offline tier runs).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureNpmPackages, root, run } from './prerequisites.mjs';

ensureNpmPackages();
run(process.execPath, ['esbuild.mjs', '--tests']);
const { runTests } = await import('@vscode/test-electron');

const workspace = join(root, '.vscode-test', 'workspace-electron');
rmSync(workspace, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });
cpSync(join(root, 'examples'), workspace, { recursive: true });

try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION ?? '1.139.1',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'vscode', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { POSTMORTEM_SHARED: resolve(process.env.POSTMORTEM_SHARED ?? join(root, '..', 'shared')) },
  });
} catch (error) {
  console.error(`The extension-host suite failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
