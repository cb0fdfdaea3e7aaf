/**
 * Parentheticals as `/\([^)]*\)/` reads them: an opening parenthesis up to the first closing one after it. Found with
 * indexOf in linear time: the regex tries each "(" after the text's last ")" and reads to the end from every one, so
 * a long run of "(" (a 55 KB heading) took seconds.
 */

/** What the first parenthetical holds: "completed" in "Immediate actions (completed)". */
export function firstParenthetical(text: string): string | undefined {
  const open = text.indexOf('(');
  const close = open < 0 ? -1 : text.indexOf(')', open + 1);
  return close < 0 ? undefined : text.slice(open + 1, close);
}

/** The text with each parenthetical replaced by `by`. */
export function withoutParentheticals(text: string, by: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('(', from);
    const close = open < 0 ? -1 : text.indexOf(')', open + 1);
    if (close < 0) return kept + text.slice(from);
    kept += text.slice(from, open) + by;
    from = close + 1;
  }
}

/** The text with Chinese, Japanese and Korean full-width brackets ("（JST）") written as brackets, one for one. */
export function halfWidthBrackets(text: string): string {
  return text.includes('（') || text.includes('）') ? text.replace(/（/g, '(').replace(/）/g, ')') : text;
}
