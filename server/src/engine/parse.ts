import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Built once: constructing a unified processor is not free and every document version reuses it.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses Markdown (CommonMark + GFM tables and task lists + YAML front matter) into mdast. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
