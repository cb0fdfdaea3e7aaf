// An esbuild plugin that changes one loop of mdast-util-from-markdown as it is bundled. Its compile step calls each
// micromark event's handler with a fresh copy of its whole context (`{...context, sliceSerialize}`), only to give
// the handler the `sliceSerialize` of the event's tokenizer: tens of thousands of objects per post-mortem. One
// context object, its `sliceSerialize` set before each call, gives every handler the same `this` to read (no handler
// keeps `this` past its call), and took a fifth off a one-thread `postmortem lint` run's CPU time. The package does
// not export its compiler (syntax-tree/mdast-util-from-markdown#29, declined), so the bundle is where this can be
// done. Should a release change that code, the build fails here rather than quietly running slower.
import { readFile } from 'node:fs/promises';

const COMPILER = /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/;
const LOOP_START = /(\n(\s*)events = prepared;\n\s*index = -1;\n)/;
const CONTEXT_COPY = /\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/g;
/** The copies: for `beforeEnter` listeners, the handler, `afterExit` listeners. */
const COPIES = 3;

/** @type {import('esbuild').Plugin} */
export const mdastCompilePatch = {
  name: 'mdast-compile-context',
  setup(build) {
    build.onLoad({ filter: COMPILER }, async ({ path }) => ({ contents: withOneContext(await readFile(path, 'utf8'), path), loader: 'js' }));
  },
};

/** The compiler's source with the per-event context copies replaced by one context whose `sliceSerialize` is set. */
export function withOneContext(source, path = 'mdast-util-from-markdown') {
  const copies = source.match(CONTEXT_COPY)?.length ?? 0;
  if (!LOOP_START.test(source) || copies !== COPIES) {
    throw new Error(`${path} is not the compiler scripts/mdastCompilePatch.mjs expects (${copies} context copies, not ${COPIES}): update or drop the patch`);
  }
  return source
    .replace(LOOP_START, '$1$2const eventContext = { ...context, sliceSerialize: undefined };\n')
    .replace(CONTEXT_COPY, '((eventContext.sliceSerialize = events[index][2].sliceSerialize), eventContext)');
}
