import type { Literal } from 'mdast';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

/** A document's front matter: YAML between "---" lines, or TOML between "+++" lines (Hugo sites). */
export interface FrontMatter extends Literal {
  type: 'yaml' | 'toml';
}

/** The line that opens and closes front matter of either kind, alone on its line. */
export const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)[ \t]*\r?$/;

/** The front matter's keys and values, or undefined when it does not parse or is not a table of keys. */
export function frontMatterData(node: FrontMatter): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = node.type === 'toml' ? parseToml(node.value) : parseYaml(node.value);
  } catch {
    return undefined;
  }
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

/**
 * Where a top-level key's line is in the front matter's value ("title: ..." in YAML, "title = ..." in TOML): the
 * match's index, and its group 1 is the value as written.
 */
export function frontMatterLine(node: FrontMatter, key: string): RegExpExecArray | null {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}\\s*${node.type === 'toml' ? '=' : ':'}\\s*(.*)$`, 'm').exec(node.value);
}
