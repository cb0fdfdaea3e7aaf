import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DocumentSymbolRequest, HoverRequest, CodeLensRequest, InlayHintRequest, CompletionRequest } from 'vscode-languageserver-protocol/node';
import { timelineRequest } from '../../schemas/requests';
import { changelog, hostileInputs } from '../helpers/hostileInputs';
import { LspTestClient } from '../helpers/lspClient';

// Issue 11: hostile and pathological documents, generated at the sizes that crashed or stalled the server (the ones
// that only grow badly are scaled down so the tier runs in seconds). The server must survive them all, give each
// post-mortem it cannot analyse one diagnostic saying why, answer every request, and keep serving other documents.
// Nothing here waits for time: each step awaits the server's answer or a published diagnostic.
const SMALL_TEXT = '# Post-Mortem: Small\n\nAuthor: [Name]\n';

describe('language server: hostile input', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  after(() => client.dispose());

  async function everyRequestAnswers(uri: string): Promise<void> {
    const textDocument = { uri };
    const position = { line: 0, character: 0 };
    const range = { start: position, end: { line: 5, character: 0 } };
    const answers = await Promise.all([
      client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
      client.connection.sendRequest(HoverRequest.type, { textDocument, position }),
      client.connection.sendRequest(CodeLensRequest.type, { textDocument }),
      client.connection.sendRequest(InlayHintRequest.type, { textDocument, range }),
      client.connection.sendRequest(CompletionRequest.type, { textDocument, position }),
      client.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }),
      client.connection.sendRequest(timelineRequest.method, { uri }),
    ]);
    assert.equal(answers.length, 7);
  }

  for (const [i, { name, text }] of hostileInputs(0.02).entries()) {
    it(`survives ${name}: answers every request, and a refused post-mortem says why in one diagnostic`, async () => {
      const uri = `file:///workspace/postmortems/hostile-${i}.md`;
      await client.open(uri, text, 1);
      const { diagnostics } = await client.diagnostics(uri, 1);
      if (/'- ' x 3000|'>' x 10000|'\*a'|deep list|16,000/.test(name)) {
        assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
        assert.match(String(diagnostics[0].message), /could not be analysed: (too deeply nested|too many emphasis|too long a paragraph)/);
      }
      await everyRequestAnswers(uri);
      // Another document is still checked afterwards.
      const other = `file:///workspace/postmortems/after-${i}.md`;
      await client.open(other, SMALL_TEXT, 1);
      assert.ok((await client.diagnostics(other, 1)).diagnostics.some((d) => d.code === 'placeholder'));
    });
  }

  it('refuses a post-mortem over 5 MB with one diagnostic, and answers requests on it', async () => {
    const uri = 'file:///workspace/postmortems/huge.md';
    await client.open(uri, `# Post-Mortem: Huge\n\n${'Just text. '.repeat(500_000)}\n`, 1);
    const { diagnostics } = await client.diagnostics(uri, 1);
    assert.deepEqual(diagnostics.map((d) => d.code), ['not-analysed']);
    assert.match(String(diagnostics[0].message), /too large to analyse/);
    await everyRequestAnswers(uri);
  });

  it('a document that crashed the parser, then fixed, is analysed again', async () => {
    const uri = 'file:///workspace/postmortems/fixed.md';
    await client.open(uri, `# Post-Mortem: X\n\n${'>'.repeat(10000)} x\n`, 1);
    assert.equal((await client.diagnostics(uri, 1)).diagnostics[0]?.code, 'not-analysed');
    await client.change(uri, 2, [{ text: SMALL_TEXT }]);
    assert.ok((await client.diagnostics(uri, 2)).diagnostics.some((d) => d.code === 'placeholder'));
  });

  it('an ordinary Markdown file of 1 MB gets no diagnostics and its requests answer', async () => {
    const uri = 'file:///workspace/CHANGELOG.md';
    await client.open(uri, changelog(1024 * 1024), 1);
    assert.deepEqual((await client.diagnostics(uri, 1)).diagnostics, []);
    await everyRequestAnswers(uri);
    assert.equal(client.stderr.includes('Maximum call stack'), false);
  });
});
