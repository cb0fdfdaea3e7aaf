// The language server built for the browser (dist/web/server.js) runs as a Web Worker in headless Chromium and
// answers exactly what the Node server answers over stdio: the engine needs nothing from Node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { timelineRequest, timelineViewSchema } from '../../schemas/requests';
import { LspTestClient } from '../helpers/lspClient';
import { readSeed, repoRoot, sharedMissing } from '../helpers/paths';

type Offline = { ensureChromium(): string; CHROMIUM_ARGS: string[] };
type JsonRpc = { jsonrpc: '2.0'; id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };
/** What the test page keeps: the worker and every message it posted (evaluate() callbacks run in the page). */
type PageGlobals = { worker: { postMessage(message: unknown): void }; received: JsonRpc[] };

const SEED_URI = 'file:///workspace/postmortems/2025-10-26-seed.md';

describe('the language server as a web worker (headless Chromium)', { skip: sharedMissing, timeout: 5 * 60_000 }, () => {
  let http: Server;
  let browser: Browser | undefined;
  let page: Page;
  let nextId = 1;

  before(async () => {
    // The worker is loaded from an http origin, as VS Code for the Web serves an extension's files.
    http = createServer((request, response) => {
      if (request.url === '/dist/web/server.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(repoRoot, 'dist', 'web', 'server.js')));
      } else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>worker host</title>');
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const offline: Offline = await import(pathToFileURL(join(repoRoot, 'scripts', 'vscode-offline.mjs')).href);
    const { chromium } = await import(pathToFileURL(join(repoRoot, 'node_modules', 'playwright-core', 'index.mjs')).href);
    browser = (await chromium.launch({ executablePath: offline.ensureChromium(), headless: true, args: offline.CHROMIUM_ARGS })) as Browser;
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`);
    await page.evaluate(() => {
      const globals = globalThis as unknown as PageGlobals & { Worker: new (url: string) => PageGlobals['worker'] & { onmessage: unknown; onerror: unknown } };
      const worker = new globals.Worker('/dist/web/server.js');
      globals.received = [];
      worker.onmessage = (event: { data: JsonRpc }) => {
        globals.received.push(event.data);
        // Like any client, answer a request it does not know (the team file request only our client answers).
        if (event.data.id !== undefined && event.data.method) worker.postMessage({ jsonrpc: '2.0', id: event.data.id, error: { code: -32601, message: `Unhandled method ${event.data.method}` } });
      };
      worker.onerror = (event: { message: string }) => globals.received.push({ jsonrpc: '2.0', method: 'worker/error', params: event.message });
      globals.worker = worker;
    });
    assert.deepEqual(errors, []);
  });

  after(async () => {
    await browser?.close();
    http?.close();
  });

  function post(message: JsonRpc): Promise<void> {
    return page.evaluate((m) => (globalThis as unknown as PageGlobals).worker.postMessage(m), message);
  }

  /** The first message from the worker for which `match` holds (a worker error fails the wait with its text). */
  async function received(match: (message: JsonRpc) => boolean): Promise<JsonRpc> {
    for (;;) {
      const messages = await page.evaluate(() => (globalThis as unknown as PageGlobals).received);
      const failure = messages.find((m) => m.method === 'worker/error');
      if (failure) throw new Error(`the worker failed: ${String(failure.params)}`);
      const found = messages.find(match);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function request(method: string, params: unknown): Promise<unknown> {
    const id = nextId++;
    await post({ jsonrpc: '2.0', id, method, params });
    const response = await received((m) => m.id === id && m.method === undefined);
    if (response.error) throw new Error(`${method} failed: ${JSON.stringify(response.error)}`);
    return response.result;
  }

  it('initializes, publishes the same diagnostics for the seed as the Node server, and answers postmortem/timeline', async () => {
    // A worker cannot tell where the rule docs are: its client says (as the extension's web entry does).
    const docs = 'https://extension.example/docs/rules';
    const init = (await request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { ruleDocsBaseUri: docs } })) as { capabilities: { textDocumentSync: unknown } };
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2 });
    await post({ jsonrpc: '2.0', method: 'initialized', params: {} });
    await post({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: SEED_URI, languageId: 'markdown', version: 1, text: readSeed() } } });
    const published = (await received((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === SEED_URI)).params as PublishDiagnosticsParams;

    const node = new LspTestClient();
    try {
      await node.initialize();
      await node.open(SEED_URI, readSeed());
      const expected = await node.diagnostics(SEED_URI, 1);
      assert.ok(expected.diagnostics.length > 0);
      // Only the rule docs' base differs: a file: URI beside dist/ for Node, the client's in the browser.
      const withoutDocs = (p: PublishDiagnosticsParams) => p.diagnostics.map(({ codeDescription, ...rest }) => ({ ...rest, docs: codeDescription?.href.split('/docs/rules/')[1] }));
      assert.deepEqual(withoutDocs(published), withoutDocs(expected));
      assert.ok(published.diagnostics.every((d) => d.codeDescription?.href.startsWith(`${docs}/`)), published.diagnostics[0]?.codeDescription?.href);
    } finally {
      await node.dispose();
    }

    const view = timelineViewSchema.parse(await request(timelineRequest.method, { uri: SEED_URI }));
    assert.equal(view?.entries.length, 15);
    assert.equal(view?.durations.impactMinutes, 30);
    await request('shutdown', null);
  });
});
