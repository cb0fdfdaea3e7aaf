import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder up from this compiled file that holds our package.json. */
export const repoRoot = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'esbuild.mjs')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

/** ../shared beside the checkout (CI lays it there too); POSTMORTEM_SHARED overrides. */
export const sharedDir = resolve(process.env.POSTMORTEM_SHARED ?? join(repoRoot, '..', 'shared'));
export const seedPath = join(sharedDir, 'seed', 'postmortem-example.txt');
export const corpusDir = join(sharedDir, 'corpus');

/** Why a test that needs ../shared cannot run, or undefined when it can. Tests pass this to `skip`. */
export const sharedMissing = existsSync(seedPath) ? undefined : `../shared is absent (looked for ${seedPath}); set POSTMORTEM_SHARED to run this test`;

export function readSeed(): string {
  return readFileSync(seedPath, 'utf8');
}

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}
