import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** A CommonJS bundle loaded by requireWithCodeCache. */
export interface CachedLoad<T> {
  exports: T;
  /** 'used': compiled code came from the cache; 'absent': none yet; 'rejected': V8 refused it (another V8, other flags, damaged). */
  cache: 'used' | 'absent' | 'rejected';
  /**
   * Writes the cache when it was not used: V8's compiled code of everything the bundle has run so far, so call it once
   * the work worth caching (activation, startup) is done. Never throws: a cache that cannot be written is only slower.
   */
  saveCache(): void;
}

/**
 * Loads a CommonJS bundle like require() does, with V8's code cache for it in `cacheDir`. Compiling is most of what
 * loading a large bundle costs (vscode-languageclient's above all); with the cache, V8 deserialises the compiled code
 * instead. V8 checks that a cache was made by the same V8 with the same flags and for a source of the same length;
 * the cache's file name holds the bundle's size and modification time, so a rebuilt or updated bundle never meets
 * the cache of another one.
 */
export function requireWithCodeCache<T>(bundle: string, cacheDir: string): CachedLoad<T> {
  const { size, mtimeMs } = statSync(bundle);
  const prefix = `${basename(bundle)}.`;
  const cacheFile = join(cacheDir, `${prefix}${size}-${Math.round(mtimeMs)}.v8cache`);
  const cachedData = readIfPresent(cacheFile);
  // Node's own CommonJS wrapper, so the bundle runs exactly as require() would run it.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const cache = !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
  return {
    exports: module.exports,
    cache,
    saveCache() {
      if (cache === 'used') return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        // Written aside and renamed: another window starting at the same time reads a whole cache or none.
        const written = `${cacheFile}.${process.pid}`;
        writeFileSync(written, script.createCachedData());
        renameSync(written, cacheFile);
        for (const name of readdirSync(cacheDir)) if (name.startsWith(prefix) && join(cacheDir, name) !== cacheFile) rmSync(join(cacheDir, name), { force: true });
      } catch {
        // A read-only or full disk: the next launch compiles again, as without a cache.
      }
    },
  };
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
