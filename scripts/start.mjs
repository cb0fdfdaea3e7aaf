// `npm start`: installs what is missing, builds, and opens the extension on examples/: in desktop VS Code when
// `code` is on PATH (extension development mode), otherwise in the browser VS Code (code-server, offline),
// printing its URL. PORT overrides the browser VS Code's port (default 8080).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDebianPackages, ensureNpmPackages, root, run } from './prerequisites.mjs';

ensureNpmPackages();
run(process.execPath, ['esbuild.mjs']);
const examples = join(root, 'examples');

if (spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0) {
  console.log(`Opening ${examples} in VS Code with the extension in development mode.`);
  run('code', [`--extensionDevelopmentPath=${root}`, examples]);
} else {
  ensureDebianPackages();
  const child = spawn(
    process.execPath,
    ['scripts/vscode-offline.mjs', 'serve', '--extension', root, '--folder', examples, '--port', process.env.PORT ?? '8080'],
    { cwd: root, stdio: 'inherit' },
  );
  // Ctrl-C reaches the child too (same process group); wait for it to stop code-server cleanly.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
