import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generatedPostmortem } from '../helpers/largePostmortem';
import { LspTestClient } from '../helpers/lspClient';

const DOCUMENTS = 200;
const COLLECTED = /^Analyses settled: garbage collected \((\d+) passes, \d+ ms\), old generation (\d+) -> (\d+) MB committed\.$/;

// Issue 13: after a burst of opens, V8 keeps the heap it reserved for the burst until the server collects it once
// the analyses have settled (server/src/idleCollection.ts). Waits for the server's own log line, not for time; the
// burst grows the old generation by about 90 MB, far past the 32 MB that makes a collection worth it.
describe('language server: the heap a burst of opens reserved is collected once the analyses settle', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  let collected: Promise<RegExpExecArray>;
  before(async () => {
    client = new LspTestClient();
    collected = new Promise((resolve) =>
      client.connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
        const match = COLLECTED.exec(message);
        if (match) resolve(match);
      }),
    );
    await client.initialize();
  });
  after(() => client.dispose());

  it(`collects, and gives memory back, once ${DOCUMENTS} opened post-mortems are analysed`, async () => {
    const text = generatedPostmortem(11 * 1024);
    const uris = Array.from({ length: DOCUMENTS }, (_, i) => `file:///workspace/postmortems/pm-${i}.md`);
    for (const [i, uri] of uris.entries()) await client.open(uri, text.replace(/^(#[^\n]*)/m, `$1 (${i})`));
    await Promise.all(uris.map((uri) => client.diagnostics(uri, 1)));
    const [, passes, before, after] = (await collected).map(Number);
    assert.ok(passes >= 1, `${passes} passes`);
    assert.ok(after < before, `old generation ${before} -> ${after} MB`);
  });
});
