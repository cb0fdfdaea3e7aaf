// Bundles the extension client, the language server, the CLI and the compiled test suites.
// `node esbuild.mjs` builds for development (sourcemaps); `--production` minifies for packaging;
// `--tests` also bundles test/ into out/test so node:test and the extension host can run them.
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mdastCompilePatch } from './scripts/mdastCompilePatch.mjs';
import { textDocumentPatch } from './scripts/textDocumentPatch.mjs';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // remark's ESM packages are bundled; only the editor API stays external.
  external: ['vscode'],
  // mdast-util-from-markdown's compile, one context for all events; the text document's update, no flattening read
  // (see the plugins).
  plugins: [mdastCompilePatch, textDocumentPatch],
};

await Promise.all([
  // The Node client: a small entry that loads the extension's bundle with V8's code cache (client/src/nodeEntry.ts).
  build({ ...common, entryPoints: ['client/src/nodeEntry.ts'], outfile: 'dist/client.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client-main.js' }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The timeline preview's script runs in the webview (a browser page): the only thing under media/ that is built.
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['client/webview/preview.ts'], outfile: 'media/preview.js', sourcemap: false }),
  // The language server as a web worker (VS Code for the Web): the engine bundled for the browser, no Node built-ins.
  // 'worker' first: packages with a DOM-only 'browser' build (decode-named-character-reference) give a worker one.
  build({ ...common, platform: 'browser', conditions: ['worker'], format: 'iife', target: 'es2022', entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/web/server.js' }),
  // The extension's web entry (package.json "browser"), run by VS Code's web worker extension host.
  build({ ...common, platform: 'browser', conditions: ['worker'], target: 'es2022', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/web/client.js' }),
]);

if (withTests) {
  // Built afresh: a suite deleted from test/ must not keep running from its old build output.
  rmSync('out/test', { recursive: true, force: true });
  const testFiles = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return testFiles(path);
      return /\.test\.ts$/.test(name) ? [path] : [];
    });
  await build({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: [...testFiles('test/unit'), ...testFiles('test/lsp'), ...testFiles('test/cli'), ...testFiles('test/nvim'), ...testFiles('test/package'), ...testFiles('test/ui'), 'scripts/generate-schemas.ts', 'scripts/bench.ts', 'scripts/bench-cli.ts', 'scripts/bench-memory.ts', 'scripts/accuracy.ts'],
    outdir: 'out',
    outbase: '.',
  });
  // The extension-host suite keeps mocha external: it is loaded from node_modules at run time.
  await build({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: ['test/vscode/suite/index.ts'],
    outfile: 'out/test/vscode/index.js',
    external: ['vscode', 'mocha'],
  });
  // The web tier's suite runs in the browser's web worker extension host, with mocha's browser build. That build is
  // a UMD that esbuild bundles as ESM (mocha is "type": "module"), where a free `exports` would be this bundle's
  // own: defined away, mocha takes its global branch instead of replacing the suite's exports.
  await build({
    ...common,
    platform: 'browser',
    conditions: ['worker'],
    define: { exports: 'undefined' },
    sourcemap: true,
    minify: false,
    entryPoints: ['test/vscode/web/index.ts'],
    outfile: 'out/test/vscode/web.js',
  });
  await build({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: ['test/vscode/bench/redraw.ts'],
    outfile: 'out/test/vscode/redraw-bench.js',
    external: ['vscode'],
  });
  await build({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: ['test/vscode/bench/activation.ts'],
    outfile: 'out/test/vscode/activation-bench.js',
    external: ['vscode'],
  });
  // The activation bench's baseline, minified as the packaged client is.
  await build({ ...common, minify: true, sourcemap: false, entryPoints: ['test/vscode/bench/bareLanguageClient.ts'], outfile: 'out/test/vscode/bare-languageclient.js' });
}
