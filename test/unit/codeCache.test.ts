import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { requireWithCodeCache } from '../../client/src/codeCache';

interface Load {
  bundle: string;
  cacheDir: string;
  save: boolean;
}

// Each load runs in a worker, a fresh V8 isolate like a new extension host: within one isolate V8 finds a script it
// compiled before in its own memory, and would never read the cache file.
if (!isMainThread) {
  const { bundle, cacheDir, save } = workerData as Load;
  const loaded = requireWithCodeCache<unknown>(bundle, cacheDir);
  if (save) loaded.saveCache();
  parentPort!.postMessage({ exports: loaded.exports, cache: loaded.cache });
} else {
  describe("the client bundle loaded with V8's code cache", () => {
    const dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const bundle = join(dir, 'bundle.js');
    const cacheDir = join(dir, 'cache');
    // A bundle like esbuild's: module.exports, require of a Node built-in and __dirname, and functions run at load.
    const writeBundle = (answer: number) =>
      writeFileSync(bundle, `"use strict";const path=require("node:path");function twice(n){return n*2}module.exports={answer:twice(${answer}),dir:path.basename(__dirname)};\n`);
    const load = (save: boolean) =>
      new Promise<{ exports: { answer: number; dir: string }; cache: string }>((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: { bundle, cacheDir, save } satisfies Load });
        worker.once('message', resolve);
        worker.once('error', reject);
      });

    it('runs the bundle as require() would, and uses the cache it saved at the next load', async () => {
      writeBundle(21);
      const first = await load(true);
      assert.deepEqual(first, { exports: { answer: 42, dir: dir.split('/').pop() }, cache: 'absent' });
      assert.equal(readdirSync(cacheDir).length, 1);
      assert.deepEqual(await load(false), { ...first, cache: 'used' });
    });

    it('never gives a changed bundle the cache of the old one, and keeps only the current cache', async () => {
      // Same length, other content and time: V8's own check (the source's length) would not tell them apart.
      writeBundle(12);
      utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
      const changed = await load(true);
      assert.deepEqual([changed.exports.answer, changed.cache], [24, 'absent']);
      assert.equal(readdirSync(cacheDir).length, 1);
      assert.equal((await load(false)).cache, 'used');
    });

    it('compiles afresh when the cache is damaged, and replaces it', async () => {
      const [name] = readdirSync(cacheDir);
      writeFileSync(join(cacheDir, name), 'not a code cache');
      const damaged = await load(true);
      assert.deepEqual([damaged.exports.answer, damaged.cache], [24, 'rejected']);
      assert.equal((await load(false)).cache, 'used');
    });
  });
}
