// The server's text documents, whose update is changed as it is bundled (scripts/textDocumentPatch.mjs), against the
// library as published: the same text, lines and positions after any edits, CRLF pairs split or joined by them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot } from '../helpers/paths';

type TextDocumentModule = { TextDocument: typeof TextDocument };
type WithEditEndsReadApart = (source: string) => string;

/** Loaded by Node when the test runs, not bundled: the library as published, without the bundle's change. */
const loadAtRunTime = (specifier: string): Promise<Record<string, unknown>> => import(specifier);

const PIECES = ['a', 'bc', '\r', '\n', '\r\n', ' ', 'é', '—'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
const edit = fc.record({ start: position, end: position, text });

describe('text documents, whose update is changed as it is bundled (scripts/textDocumentPatch.mjs)', () => {
  let library: TextDocumentModule;
  before(async () => {
    library = (await loadAtRunTime('vscode-languageserver-textdocument')) as TextDocumentModule;
  });

  it('keeps the text, lines and positions the library keeps after any edits', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (initial, updates) => {
        let ours = TextDocument.create('file:///a.md', 'markdown', 1, initial);
        let theirs = library.TextDocument.create('file:///a.md', 'markdown', 1, initial);
        // Whether an update dropped its line offsets (a CRLF pair split or joined): the check the plugin changes.
        const dropped = (document: TextDocument) => (document as unknown as { _lineOffsets?: number[] })._lineOffsets === undefined;
        updates.forEach((edits, i) => {
          // Positions read first, as the server reads them: the line offsets are then kept up to date by the edit.
          assert.equal(ours.lineCount, theirs.lineCount);
          const changes = edits.map(({ start, end, text: inserted }) => ({ range: { start, end }, text: inserted }));
          ours = TextDocument.update(ours, changes, i + 2);
          theirs = library.TextDocument.update(theirs, changes, i + 2);
          assert.equal(dropped(ours), dropped(theirs));
          assert.equal(ours.getText(), theirs.getText());
          assert.equal(ours.lineCount, theirs.lineCount);
          for (let offset = 0; offset <= theirs.getText().length; offset++) assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('is the changed update in this bundle, and refuses a library that is not the one it expects', async () => {
    assert.match(readFileSync(__filename, 'utf8'), /charCodeAfterEdit\(startOffset - 1\)/);
    const { withEditEndsReadApart } = (await loadAtRunTime(pathToFileURL(join(repoRoot, 'scripts', 'textDocumentPatch.mjs')).href)) as { withEditEndsReadApart: WithEditEndsReadApart };
    for (const build of ['esm', 'umd']) {
      const source = readFileSync(join(repoRoot, 'node_modules', 'vscode-languageserver-textdocument', 'lib', build, 'main.js'), 'utf8');
      assert.doesNotMatch(withEditEndsReadApart(source), /this\._content\.charCodeAt\(startOffset/);
      assert.throws(() => withEditEndsReadApart(source.replace('this._content.charCodeAt(insertedEndOffset - 1)', 'this._content.charCodeAt(insertedEndOffset)')), /update or drop the patch/);
    }
  });
});
