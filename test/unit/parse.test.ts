import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { parseMarkdown, parserExtensions } from '../../server/src/engine/parse';
import { generatedPostmortem, longTimelinePostmortem } from '../helpers/largePostmortem';
import { readSeed, repoRoot, sharedDir, sharedMissing } from '../helpers/paths';

type FromMarkdown = (text: string, options: ReturnType<typeof parserExtensions>) => Root;
type WithOneContext = (source: string) => string;

/** Loaded by Node when the test runs, not bundled: the library as published, without the bundle's change. */
const loadAtRunTime = (specifier: string): Promise<Record<string, unknown>> => import(specifier);

/** Every construct the compile has a handler for, the GFM ones and front matter included. */
const EVERY_CONSTRUCT = `---
title: front matter
---

# ATX heading with *emphasis*, **strong**, ~~struck~~ and \`code\`

Setext heading
==============

A paragraph with a [link](https://example.com "title"), an ![image](a.png), a [reference][ref], a [collapsed][],
<https://autolink.example>, <a@b.c>, www.example.com, a note[^1], &amp; &#35; &#x23;, \\* escaped, <span>html</span>,
a hard break\\
and a trailing one  
end.

[ref]: https://example.com/ref 'Ref title'
[collapsed]: <https://example.com/c>
[^1]: The footnote, with *emphasis*.

> A quote
> - with a list

1. ordered
2. items

   spread
- [ ] a task
- [x] done
* loose

  item

| Left | Centre | Right | None |
|:-----|:------:|------:|------|
| a \\| b | *c* | \`d\` | [e](f) |
| g |

    indented code

\`\`\`ts meta=1
fenced code
\`\`\`

<div>
flow html
</div>

***
`;

function sharedFiles(): { name: string; text: string }[] {
  const folders = ['corpus', 'corpus-2'].map((name) => join(sharedDir, name)).filter(existsSync);
  return [
    { name: 'seed', text: readSeed() },
    ...folders.flatMap((folder) => readdirSync(folder).map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }))),
  ];
}

describe('the parse, whose compile is changed as it is bundled (scripts/mdastCompilePatch.mjs)', () => {
  let fromMarkdown: FromMarkdown;
  const libraryTree = (text: string) => fromMarkdown(text, parserExtensions());
  before(async () => {
    fromMarkdown = (await loadAtRunTime('mdast-util-from-markdown')).fromMarkdown as FromMarkdown;
  });

  it('builds the tree the library builds for every construct', () => {
    const tree = parseMarkdown(EVERY_CONSTRUCT);
    assert.deepEqual(tree, libraryTree(EVERY_CONSTRUCT));
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    // The document above does hold them all, so the comparison covers their handlers.
    for (const type of ['yaml', 'heading', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'image', 'linkReference', 'footnoteReference', 'footnoteDefinition', 'definition', 'html', 'break', 'blockquote', 'list', 'listItem', 'table', 'tableCell', 'code', 'thematicBreak']) {
      assert.ok(types.has(type), `no ${type} in the document`);
    }
    // Hugo's TOML front matter, the other kind the parse reads.
    const toml = '+++\ntitle = "front matter"\n+++\n\n# Heading\n';
    assert.equal(parseMarkdown(toml).children[0].type, 'toml');
    assert.deepEqual(parseMarkdown(toml), libraryTree(toml));
  });

  it('builds the tree the library builds for the generated post-mortems', () => {
    for (const text of [generatedPostmortem(2 * 1024), generatedPostmortem(10.5 * 1024), longTimelinePostmortem(300)]) {
      assert.deepEqual(parseMarkdown(text), libraryTree(text));
    }
  });

  it('builds the tree the library builds for the seed and every corpus file', { skip: sharedMissing }, () => {
    const files = sharedFiles();
    assert.ok(files.length > 1);
    for (const { name, text } of files) assert.deepEqual(parseMarkdown(text), libraryTree(text), name);
  });

  it('builds the tree the library builds for any mix of Markdown', () => {
    const pieces = ['# ', '## ', '- ', '1. ', '> ', '| a | b |\n', '|---|:-:|\n', '```\n', '    ', '*', '**', '_', '~~', '`', '[', '](u)', '[^n]', '[^n]: ', '![', '<b>', '&amp;', '\\', 'www.x.y', 'text', ' ', '\n', '\n\n', '---\n', '+++\n', '- [ ] ', '===\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(parseMarkdown(text), libraryTree(text));
      }),
      { numRuns: 500 },
    );
  });

  it('is the changed compile: this bundle has one context for all events', () => {
    assert.match(readFileSync(__filename, 'utf8'), /eventContext\.sliceSerialize = events\w*\[index\w*\]\[2\]\.sliceSerialize/);
  });

  it('refuses a library that is not the one it expects, so the build fails rather than bundling it unchanged', async () => {
    const { withOneContext } = (await loadAtRunTime(pathToFileURL(join(repoRoot, 'scripts', 'mdastCompilePatch.mjs')).href)) as { withOneContext: WithOneContext };
    const source = readFileSync(join(repoRoot, 'node_modules', 'mdast-util-from-markdown', 'lib', 'index.js'), 'utf8');
    const changed = withOneContext(source);
    assert.doesNotMatch(changed, /\.\.\.context,\s*sliceSerialize: events/);
    assert.throws(() => withOneContext(source.replace('sliceSerialize: events[index][2].sliceSerialize', 'sliceSerialize: events[index][2].slice')), /update or drop the patch/);
    assert.throws(() => withOneContext(source.replace('events = prepared;', 'events = prepared.slice();')), /update or drop the patch/);
  });
});
