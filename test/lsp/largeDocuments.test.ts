import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { manySectionsPostmortem } from '../helpers/largePostmortem';
import { LspTestClient } from '../helpers/lspClient';
import { readRepoFile } from '../helpers/paths';

// Issue 11 and 13: a large document is analysed in slices (its sections parsed one at a time) with turns of the
// event loop between them, so a small document opened after it is analysed meanwhile. Deterministic by the amount
// of work, not by time: the large document's 1,200 sections take some thirty times the small one's work.
describe('language server: a large document does not hold up a small one', () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  after(() => client.dispose());

  it("publishes a small document's diagnostics while a large one opened before it is still being analysed", async () => {
    const largeUri = 'file:///workspace/postmortems/large.md';
    const smallUri = 'file:///workspace/postmortems/small.md';
    await client.open(largeUri, manySectionsPostmortem(1200));
    await client.open(smallUri, readRepoFile('examples/postmortems/2025-11-14-checkout-latency.md'));
    const small = await client.diagnostics(smallUri);
    assert.ok(small.diagnostics.length > 0, 'the example with defects gets its diagnostics');
    assert.equal(client.publishedFor(largeUri).length, 0, "the large document's diagnostics came first");
    // Analysed, or on a machine too loaded for the 10 s budget refused: either way after the small one.
    assert.equal((await client.diagnostics(largeUri)).version, 1);
  });
});
