import picomatch from 'picomatch/posix';
import { parse as parseYaml } from 'yaml';
import type { DocumentIndex } from './documentIndex';

const TITLE_WORDS = /\b(post[- ]?mortem|incident (?:report|review|analysis|retrospective)|retrospective|root cause analysis|PIR)\b/i;

/** True when a path matches one of the post-mortem globs (case-insensitive, posix separators). */
export function pathMatchesGlobs(path: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const normalised = path.replace(/\\/g, '/');
  return picomatch(globs as string[], { nocase: true, dot: true })(normalised);
}

/**
 * Content detection: front matter that declares a post-mortem, or a title that reads like one
 * (the first heading, or one of the first lines of a document pasted without Markdown headings).
 */
export function looksLikePostmortem(index: DocumentIndex): boolean {
  if (index.frontMatter && frontMatterDeclaresPostmortem(index.frontMatter.value)) return true;
  const firstHeading = index.headings[0];
  if (firstHeading && TITLE_WORDS.test(headingText(index, firstHeading))) return true;
  const openingLines = index.text.slice(0, 2000).split(/\r?\n/, 5);
  return openingLines.some((line) => /^\s*(post[- ]?mortem|incident report)\s*:/i.test(line));
}

function headingText(index: DocumentIndex, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  return index.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

function frontMatterDeclaresPostmortem(yamlText: string): boolean {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch {
    return false;
  }
  if (data === null || typeof data !== 'object') return false;
  const record = data as Record<string, unknown>;
  return ['type', 'kind', 'category', 'layout', 'template', 'tags'].some((key) => {
    const value = record[key];
    const values = Array.isArray(value) ? value : [value];
    return values.some((v) => typeof v === 'string' && /^(post[- ]?mortem|incident([- ]report)?)$/i.test(v.trim()));
  });
}
