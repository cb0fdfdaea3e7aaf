// `npm run bench` (second part): the preview's redraw after an edit, measured in a real VS Code (code-server,
// offline, in headless Chromium) by out/test/vscode/redraw-bench.js, which prints its own table.
import { join, resolve } from 'node:path';
import { ensureDebianPackages, freshWorkspace, root } from './prerequisites.mjs';
import { runExtensionTests } from './vscode-offline.mjs';

ensureDebianPackages();
const workspace = freshWorkspace('bench-workspace');
process.exitCode = await runExtensionTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, 'out', 'test', 'vscode', 'redraw-bench.js'),
  workspaceFolder: workspace,
  extensionEnvironment: { POSTMORTEM_SHARED: resolve(process.env.POSTMORTEM_SHARED ?? join(root, '..', 'shared')) },
});
