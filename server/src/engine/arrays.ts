// Concatenation for the lists that grow with the document. V8's `flat` and `flatMap` copy item by item through a
// generic path: on a 1 MB post-mortem's rows they were 20 to 80 times slower than a loop, a millisecond each per
// keystroke.

/** Items passed to one call at most: a spread of more overflows the stack. */
const CHUNK = 10_000;

/** `target.push(...items)` for any number of items. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  if (items.length <= CHUNK) target.push(...items);
  else for (let i = 0; i < items.length; i += CHUNK) target.push(...items.slice(i, i + CHUNK));
}

/** The lists' items in one array, in order (`lists.flat()`), allocated once at its size. */
export function concatenated<T>(lists: Iterable<readonly T[]>): T[] {
  const all = Array.isArray(lists) ? (lists as readonly (readonly T[])[]) : [...lists];
  let joined: T[] = [];
  for (let i = 0; i < all.length; i += CHUNK) joined = joined.concat(...all.slice(i, i + CHUNK));
  return joined;
}
