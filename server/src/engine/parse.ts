import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data, type Processor } from 'unified';

type MdastExtension = Exclude<NonNullable<Data['fromMarkdownExtensions']>[number], unknown[]>;

/**
 * GFM without its literal autolinks ("www.example.com", "https://...", "a@b.c" made links): the engine reads a link's
 * text, never the link, and finding them was a tenth of every parse (an attempt at every word, then a search of every
 * text node). Their constructs are disabled by name, and the tree transform that also makes them is dropped from the
 * one extension that handles their tokens; tables, task lists, strikethrough and footnotes stay.
 */
function withoutLiteralAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['wwwAutolink', 'protocolAutolink', 'emailAutolink'] } });
  const withoutTransform = (extension: MdastExtension): MdastExtension =>
    extension.enter && 'literalAutolink' in extension.enter ? { ...extension, transforms: [] } : extension;
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((entry) => (Array.isArray(entry) ? entry.map(withoutTransform) : withoutTransform(entry)));
}

// Built once: constructing a unified processor is not free and every document version reuses it.
const processor = unified().use(remarkParse).use(remarkGfm).use(withoutLiteralAutolinks).use(remarkFrontmatter, ['yaml']);

/** Parses Markdown (CommonMark + GFM tables, task lists, strikethrough and footnotes + YAML front matter) into mdast. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
