import { offsetsOf } from '../documentIndex';
import type { Rule } from './rule';

/**
 * Template leftovers: bracketed prompts ("[Incident Title]", "[Root cause in one sentence]"), date and time
 * masks ("YYYY-MM-DD", "HH:mm") and to-do markers ("TODO", "TBD").
 */
const PLACEHOLDER = new RegExp(
  [
    // A bracketed prompt starting with a capital letter, not a link or a footnote ("[1]", "[^a]").
    String.raw`\[[A-Z][^\[\]\n]{0,100}\](?![(\[:])`,
    String.raw`\b(?:YYYY|yyyy)[-/.]MM[-/.](?:DD|dd)\b`,
    String.raw`\b(?:DD|dd)[-/.]MM[-/.](?:YYYY|yyyy)\b`,
    String.raw`\bHH:(?:mm|MM)(?::(?:ss|SS))?\b`,
    String.raw`\bTODO\b`,
    String.raw`\bTBD\b`,
  ].join('|'),
  'g',
);

/** True when the text holds a template placeholder: such values are `placeholder`'s to report, not other rules'. */
export function looksLikePlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  const found = PLACEHOLDER.test(text) || /^<[^>]+>$/.test(text.trim());
  PLACEHOLDER.lastIndex = 0;
  return found;
}

/** Angle-bracket prompts such as `<name>` that remark reads as inline HTML, minus real HTML tags. */
const ANGLE_PLACEHOLDER = /^<([a-z][a-z0-9 _-]*)>$/i;
const HTML_TAGS = new Set(
  'a abbr b br blockquote center code dd del details div dl dt em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre s samp small span strike strong sub summary sup table tbody td th thead tr tt u ul var video'.split(' '),
);

export const placeholder: Rule = {
  code: 'placeholder',
  defaultSeverity: 'warning',
  description: 'Template placeholder left in the document ("[Incident Title]", "YYYY-MM-DD", "TBD").',
  check({ index }, report) {
    for (const node of index.texts) {
      const [start, end] = offsetsOf(node);
      // Match the source, not node.value, so that offsets stay exact even around escapes.
      const source = index.text.slice(start, end);
      for (const match of source.matchAll(PLACEHOLDER)) {
        const matchStart = start + match.index;
        report({
          start: matchStart,
          end: matchStart + match[0].length,
          message: `Template placeholder "${match[0]}" is still here: replace it with the real value, or remove it.`,
          data: { placeholder: match[0] },
        });
      }
    }
    for (const node of index.htmls) {
      const match = ANGLE_PLACEHOLDER.exec(node.value.trim());
      if (!match || HTML_TAGS.has(match[1].toLowerCase())) continue;
      const [start, end] = offsetsOf(node);
      report({
        start,
        end,
        message: `Template placeholder "${node.value.trim()}" is still here: replace it with the real value, or remove it.`,
        data: { placeholder: node.value.trim() },
      });
    }
  },
};
