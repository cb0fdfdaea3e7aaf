import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from '../helpers/lspClient';
import { timelineRequest } from '../../schemas/requests';
import { repoRoot, seedPath, sharedDir } from '../helpers/paths';

const markdownIn = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.md') || name.endsWith('.txt'))
        .map((name) => readFileSync(join(folder, name), 'utf8'))
    : [];
// The examples, and the seed and the corpora when ../shared is there (without it, the examples alone).
const documents = [...markdownIn(join(repoRoot, 'examples', 'postmortems')), ...(existsSync(seedPath) ? [readFileSync(seedPath, 'utf8')] : []), ...markdownIn(join(sharedDir, 'corpus')), ...markdownIn(join(sharedDir, 'corpus-2'))];

// Text that moves a post-mortem's structure: times, table pipes, headings, list markers, fences, line breaks of
// every kind, and characters outside the basic plane (two UTF-16 units each).
const fragment = fc.oneof(
  fc.constantFrom('', '\n', '\r\n', '\r', '| ', ' |', '| 14:05 | Alert fired |\n', '## Timeline\n', '## Root Cause\n', '- [ ] ', '**Owner:** ', '```\n', '14:', '30', ' UTC', '🔥', 'é', '\t', '> ', '[detected]', 'SEV2'),
  fc.string({ maxLength: 12 }),
);

/** An edit at random places of the current text, in the LSP's UTF-16 positions. */
const edit = fc.record({ from: fc.nat(), length: fc.nat({ max: 40 }), text: fragment });

const EDITS_PER_RUN = 100;
const RUNS = Number(process.env.INCREMENTAL_EDIT_RUNS ?? 100);

// With a debounce, the burst is mostly analysed once at its end. With none, a check starts after each edit (one the
// next edit overtakes is abandoned part-way), and every tenth edit's diagnostics are awaited: each version's parse
// goes on from the pieces the last one parsed and moved, many times over.
for (const debounceMs of [20, 0]) {
  const runs = debounceMs === 0 ? Math.ceil(RUNS / 4) : RUNS;
  const awaitedEvery = debounceMs === 0 ? 10 : Infinity;
  describe(`incremental edits over stdio (debounce ${debounceMs} ms)`, () => {
    const client = new LspTestClient();
    let counter = 0;
    before(() => client.initialize({}, { settings: { debounceMs } }));
    after(() => client.dispose());

    const diagnosticsOf = async (uri: string, version: number): Promise<Diagnostic[]> => (await client.diagnostics(uri, version)).diagnostics;
    /** The timeline the preview draws (entries, milestones, durations) and the outline, without the document's name and version. */
    const viewsOf = async (uri: string) => {
      const timeline = (await client.connection.sendRequest(timelineRequest.method, { uri })) as { uri?: string; version?: number } | null;
      const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      return { timeline: timeline && { ...timeline, uri: undefined, version: undefined }, symbols };
    };

    it(`${runs * EDITS_PER_RUN} generated edits in bursts of ${EDITS_PER_RUN}: the diagnostics, timeline and outline of the edited document equal those of its text opened whole`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...documents), fc.array(edit, { minLength: EDITS_PER_RUN, maxLength: EDITS_PER_RUN }), async (original, edits) => {
          const uri = `file:///w/postmortems/edited-${++counter}.md`;
          await client.open(uri, original);
          // The client's own copy, kept the way an editor keeps it.
          let mirror = TextDocument.create(uri, 'markdown', 1, original);
          for (const [i, { from, length, text }] of edits.entries()) {
            const start = Math.min(from, mirror.getText().length);
            const end = Math.min(start + length, mirror.getText().length);
            const change: TextDocumentContentChangeEvent = { range: { start: mirror.positionAt(start), end: mirror.positionAt(end) }, text };
            mirror = TextDocument.update(mirror, [change], i + 2);
            await client.change(uri, i + 2, [change]);
            if ((i + 1) % awaitedEvery === 0) await diagnosticsOf(uri, i + 2);
          }
          const edited = await diagnosticsOf(uri, EDITS_PER_RUN + 1);
          const whole = `file:///w/postmortems/whole-${counter}.md`;
          await client.open(whole, mirror.getText());
          assert.deepEqual(edited, await diagnosticsOf(whole, 1));
          assert.deepEqual(await viewsOf(uri), await viewsOf(whole));
          for (const done of [uri, whole]) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: done } });
        }),
        { numRuns: runs },
      );
    });
  });
}
