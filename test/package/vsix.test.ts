import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/paths';

const VSIX = join(repoRoot, 'postmortem.vsix');
const EXTENSION_ID = 'postmortem-tools.postmortem-lsp';
/**
 * The packaged clients' budget: VS Code loads one of them whenever a Markdown file opens (the Node one through
 * dist/client.js, its code-cache loader). vscode-languageclient is ~440 KB of it (minified; CommonJS, so none of it
 * tree-shakes); the rest is ours, with zod/mini instead of zod and no date library. Full zod (+430 KB), the engine
 * (remark, +300 KB) or luxon (+70 KB) coming back into the client goes over it.
 */
const CLIENT_BUDGET_BYTES = 560 * 1024;

describe('npm run package', () => {
  let extensionsDir: string;

  before(() => {
    rmSync(VSIX, { force: true });
    execFileSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
    extensionsDir = mkdtempSync(join(repoRoot, '.vscode-test', 'extensions-'));
  });
  after(() => rmSync(extensionsDir, { recursive: true, force: true }));

  it('writes a .vsix under 2 MB', () => {
    assert.ok(existsSync(VSIX), 'postmortem.vsix was not written');
    const size = statSync(VSIX).size;
    assert.ok(size < 2 * 1024 * 1024, `postmortem.vsix is ${size} bytes`);
  });

  it('builds minified clients within their size budget, without source maps', () => {
    for (const file of ['dist/client.js', 'dist/client-main.js', 'dist/web/client.js']) {
      const size = statSync(join(repoRoot, file)).size;
      assert.ok(size <= CLIENT_BUDGET_BYTES, `${file} is ${Math.round(size / 1024)} KB, over its ${CLIENT_BUDGET_BYTES / 1024} KB budget`);
      assert.doesNotMatch(readFileSync(join(repoRoot, file), 'utf8'), /sourceMappingURL/, `${file} links a source map`);
    }
  });

  it('installs into code-server with --install-extension, with its server, docs, snippets, template and preview', async () => {
    const offline = await import(pathToFileURL(join(repoRoot, 'scripts', 'vscode-offline.mjs')).href);
    const installed: string[] = await offline.installVsix(VSIX, extensionsDir);
    assert.ok(installed.some((id) => id.toLowerCase().startsWith(EXTENSION_ID)), `installed: ${installed.join(', ')}`);
    const folder = readdirSync(extensionsDir).find((name) => name.toLowerCase().startsWith(EXTENSION_ID));
    assert.ok(folder, `no extension folder in ${extensionsDir}`);
    for (const file of ['package.json', 'dist/client.js', 'dist/client-main.js', 'dist/server.js', 'docs/rules/placeholder.md', 'snippets/postmortem.code-snippets', 'templates/postmortem.md', 'media/preview.js', 'media/preview.css']) {
      assert.ok(existsSync(join(extensionsDir, folder, file)), `${file} missing from the installed extension`);
    }
  });
});
