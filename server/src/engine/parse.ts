import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data, type Processor } from 'unified';

type MdastExtension = Exclude<NonNullable<Data['fromMarkdownExtensions']>[number], unknown[]>;
type MicromarkExtension = NonNullable<Data['micromarkExtensions']>[number];
type ConstructRecord = NonNullable<MicromarkExtension['text']>;

/**
 * GFM without its literal autolinks ("www.example.com", "https://...", "a@b.c" made links): the engine reads a link's
 * text, never the link, and finding them was a tenth of every parse (an attempt at every word, then a search of every
 * text node). Their constructs are taken out of the extension that adds them, not merely disabled by name: the
 * parser still ends a run of text before every character a construct is listed for, so it ended one at every word,
 * and merging those runs back costs time quadratic in a paragraph's lines (2.8 s for 16,000 lines). The tree
 * transform that also makes them is dropped from the one extension that handles their tokens; tables, task lists,
 * strikethrough and footnotes stay.
 */
function withoutLiteralAutolinks(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(withoutAutolinkConstructs);
  const withoutTransform = (extension: MdastExtension): MdastExtension =>
    extension.enter && 'literalAutolink' in extension.enter ? { ...extension, transforms: [] } : extension;
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((entry) => (Array.isArray(entry) ? entry.map(withoutTransform) : withoutTransform(entry)));
}

const LITERAL_AUTOLINKS = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

/** The extension with the literal autolinks' text constructs removed (a character left with none is not listed). */
function withoutAutolinkConstructs(extension: MicromarkExtension): MicromarkExtension {
  if (!extension.text) return extension;
  const text: ConstructRecord = {};
  for (const [code, listed] of Object.entries(extension.text)) {
    const kept = (Array.isArray(listed) ? listed : listed ? [listed] : []).filter((construct) => !LITERAL_AUTOLINKS.has(construct.name ?? ''));
    if (kept.length > 0) text[code] = kept;
  }
  return { ...extension, text };
}

// Built once: constructing a unified processor is not free and every document version reuses it.
const processor = unified().use(remarkParse).use(remarkGfm).use(withoutLiteralAutolinks).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/**
 * The extensions the parse hands mdast-util-from-markdown, as remark-parse hands them. The bundle's copy of that
 * library is changed as it is bundled (scripts/mdastCompilePatch.mjs): its tests give these to the library's own.
 */
export function parserExtensions(): { extensions: MicromarkExtension[]; mdastExtensions: NonNullable<Data['fromMarkdownExtensions']> } {
  const data = processor.data();
  return { extensions: data.micromarkExtensions ?? [], mdastExtensions: data.fromMarkdownExtensions ?? [] };
}

/** Parses Markdown (CommonMark + GFM tables, task lists, strikethrough and footnotes + YAML or TOML front matter) into mdast. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
