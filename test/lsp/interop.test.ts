import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ErrorCodes, ResponseError, type CodeAction, type CodeLens, type CompletionItem, type Diagnostic, type Hover } from 'vscode-languageserver-protocol';
import { applyEdits } from '../helpers/applyEdits';
import { LspTestClient } from '../helpers/lspClient';
import { completionItems, scanReports } from '../helpers/workspaceScanLog';
import { readRepoFile } from '../helpers/paths';

// Issue 12: what any LSP client (Neovim, Helix, ...) needs from the server, beyond what VS Code's client does.

const CHECKOUT = readRepoFile('examples/postmortems/2025-11-14-checkout-latency.md');
let counter = 0;
const nextUri = () => `file:///w/postmortems/interop-${++counter}.md`;

/** Runs `body` with a fresh server, disposed afterwards. */
async function withClient(body: (client: LspTestClient) => Promise<void>, onConfiguration?: ConstructorParameters<typeof LspTestClient>[0]): Promise<void> {
  const client = new LspTestClient(onConfiguration);
  try {
    await body(client);
  } finally {
    await client.dispose();
  }
}

/** What the server says in window/logMessage and window/showMessage, from now on. */
function messages(client: LspTestClient): { log: string[]; shown: string[] } {
  const said = { log: [] as string[], shown: [] as string[] };
  client.connection.onNotification('window/logMessage', (p: { message: string }) => void said.log.push(p.message));
  client.connection.onNotification('window/showMessage', (p: { message: string }) => void said.shown.push(p.message));
  return said;
}

/** Resolves when `condition` holds, polling the messages the test client already received (no fixed sleep). */
async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function openAndWait(client: LspTestClient, text: string, uri = nextUri()): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  await client.open(uri, text);
  return { uri, diagnostics: (await client.diagnostics(uri, 1)).diagnostics };
}

function codeActions(client: LspTestClient, uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } }) as Promise<CodeAction[]>;
}

describe('code actions match their diagnostic by code, line and data', () => {
  it('with Root Cause and Resolution both missing, each warning\'s fix inserts its own section', () =>
    withClient(async (client) => {
      await client.initialize();
      const { uri, diagnostics } = await openAndWait(client, CHECKOUT);
      const missing = diagnostics.filter((d) => d.code === 'missing-section');
      assert.deepEqual(missing.map((d) => (d.data as { title: string }).title).sort(), ['Resolution', 'Root Cause']);
      for (const diagnostic of missing) {
        const title = (diagnostic.data as { title: string }).title;
        const actions = await codeActions(client, uri, [diagnostic]);
        assert.deepEqual(actions.map((a) => a.title), [`Add section "${title}"`]);
        const after = applyEdits(CHECKOUT, actions[0].edit!.changes![uri]);
        assert.match(after, new RegExp(`^## ${title}$`, 'm'));
      }
    }));

  it('a client counting columns in bytes (an emoji and "é" before the range) still gets its quick fixes', () =>
    withClient(async (client) => {
      await client.initialize();
      const text = '# Post-Mortem: Outage\n\n- **Date of Incident:** 2025-11-14\n- **Date of Post-Mortem (🚨 é):** YYYY-MM-DD\n';
      const { uri, diagnostics } = await openAndWait(client, text);
      const placeholder = diagnostics.find((d) => d.code === 'placeholder' && d.range.start.line === 3);
      assert.ok(placeholder, JSON.stringify(diagnostics));
      const line = text.split('\n')[3];
      const bytes = (character: number) => Buffer.byteLength(line.slice(0, character));
      const inBytes = { ...placeholder, range: { start: { line: 3, character: bytes(placeholder.range.start.character) }, end: { line: 3, character: bytes(placeholder.range.end.character) } } };
      assert.notDeepEqual(inBytes.range, placeholder.range);
      const actions = await codeActions(client, uri, [inBytes]);
      assert.ok(actions.some((a) => a.title === 'Use the incident date (2025-11-14)'), JSON.stringify(actions.map((a) => a.title)));
      assert.equal(applyEdits(text, actions[0].edit!.changes![uri]).split('\n')[3], '- **Date of Post-Mortem (🚨 é):** 2025-11-14');
    }));
});

describe('settings: team file > pulled > pushed > initializationOptions > defaults', () => {
  const OFF = { rules: { 'missing-section': 'off' } };

  it('a null or empty workspace/configuration answer falls through to initializationOptions', async () => {
    for (const answer of [null, {}]) {
      await withClient(
        async (client) => {
          await client.initialize({ workspace: { configuration: true } }, { postmortem: OFF });
          const { diagnostics } = await openAndWait(client, '# Post-Mortem: Outage\n');
          assert.deepEqual(diagnostics, [], `answer ${JSON.stringify(answer)}`);
        },
        (items) => items.map(() => answer),
      );
    }
  });

  const answers: [string, unknown][] = [
    ['wrapped { postmortem: {...} }', { postmortem: OFF }],
    ['dotted { "postmortem.rules": {...} }', Object.fromEntries(Object.entries(OFF).map(([key, value]) => [`postmortem.${key}`, value]))],
  ];
  for (const [shape, answer] of answers) {
    it(`a ${shape} answer is understood, and wins over initializationOptions`, () =>
      withClient(
        async (client) => {
          await client.initialize({ workspace: { configuration: true } }, { postmortem: { rules: { 'missing-section': 'error' } } });
          const { diagnostics } = await openAndWait(client, '# Post-Mortem: Outage\n');
          assert.deepEqual(diagnostics, []);
        },
        (items) => items.map(() => answer),
      ));
  }

  it('pushed settings ({ settings: { postmortem } }) apply, below the pulled ones and above initializationOptions', async () => {
    await withClient(async (client) => {
      await client.initialize({}, { postmortem: { rules: { 'missing-section': 'error' } } });
      const { uri, diagnostics } = await openAndWait(client, '# Post-Mortem: Outage\n');
      assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.severity === 1));
      const next = client.nextDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postmortem: OFF } });
      assert.deepEqual((await next).diagnostics, []);
    });
    await withClient(
      async (client) => {
        await client.initialize({ workspace: { configuration: true } });
        const { uri } = await openAndWait(client, '# Post-Mortem: Outage\n');
        const next = client.nextDiagnostics(uri);
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postmortem: OFF } });
        // The pulled answer sets the rule to hint: it wins over the push.
        assert.ok((await next).diagnostics.every((d) => d.severity === 4));
      },
      (items) => items.map(() => ({ rules: { 'missing-section': 'hint' } })),
    );
  });

  it('a bad answer is reported once in the log, with its key, and the key falls through', () =>
    withClient(
      async (client) => {
        const said = messages(client);
        await client.initialize({ workspace: { configuration: true } }, { postmortem: OFF });
        await openAndWait(client, '# Post-Mortem: Outage\n');
        const { diagnostics } = await openAndWait(client, '# Post-Mortem: Outage\n');
        assert.deepEqual(diagnostics, []);
        await until(() => said.log.some((m) => m.includes('postmortem.rules')), 'the log message');
        assert.equal(said.log.filter((m) => m.includes('postmortem.rules')).length, 1, said.log.join('\n'));
      },
      (items) => items.map(() => ({ rules: 'strict' })),
    ));

  it('a workspace/configuration request left unanswered falls back to the other sources within seconds', () =>
    withClient(
      async (client) => {
        const said = messages(client);
        await client.initialize({ workspace: { configuration: true } }, { postmortem: OFF });
        const uri = nextUri();
        await client.open(uri, '# Post-Mortem: Outage\n');
        // Bounded: a server that waits for the answer forever fails here instead of hanging the tier.
        await until(() => client.publishedFor(uri).length > 0, 'diagnostics without the answer', 15_000);
        assert.deepEqual(client.publishedFor(uri)[0].diagnostics, []);
        assert.ok(said.log.some((m) => m.includes('workspace/configuration was not answered')), said.log.join('\n'));
      },
      () => new Promise<unknown[]>(() => undefined),
    ));

  it('reports a .postmortemrc.json that is not a regular file (a folder) and applies the other settings', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pm-interop-'));
    mkdirSync(join(root, 'postmortems'));
    mkdirSync(join(root, '.postmortemrc.json'));
    try {
      await withClient(async (client) => {
        const said = messages(client);
        await client.initialize({}, { postmortem: OFF });
        const { diagnostics } = await openAndWait(client, '# Post-Mortem: Outage\n', pathToFileURL(join(root, 'postmortems', 'a.md')).href);
        assert.deepEqual(diagnostics, []);
        await until(() => said.shown.some((m) => m.includes('.postmortemrc.json: could not read: is a folder')), `a message about the folder (${said.shown.join('; ')})`);
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('positions in the encoding agreed with the client', () => {
  const text = '# Post-Mortem: Outage\n\n- **Date of Post-Mortem (🚨 é):** YYYY-MM-DD\n';
  const line = text.split('\n')[2];
  const at = line.indexOf('YYYY');
  for (const [offered, agreed, character] of [
    [['utf-8', 'utf-16'], 'utf-8', Buffer.byteLength(line.slice(0, at))],
    [['utf-32', 'utf-16'], 'utf-32', [...line.slice(0, at)].length],
    [['utf-16'], 'utf-16', at],
    [undefined, 'utf-16', at],
  ] as const) {
    it(`offered ${JSON.stringify(offered)}: agrees ${agreed}, and counts columns in it both ways`, () =>
      withClient(async (client) => {
        const result = await client.initialize(offered ? { general: { positionEncodings: [...offered] } } : {});
        assert.equal(result.capabilities.positionEncoding, agreed);
        const { uri, diagnostics } = await openAndWait(client, text);
        const placeholder = diagnostics.find((d) => d.code === 'placeholder' && d.range.start.line === 2)!;
        assert.equal(placeholder.range.start.character, character);
        assert.equal(placeholder.range.end.character, character + 'YYYY-MM-DD'.length);
        const actions = await codeActions(client, uri, [placeholder]);
        assert.ok(actions.length > 0);
        const edit = actions[0].edit!.changes![uri][0];
        assert.deepEqual(edit.range, placeholder.range);
      }));
  }
});

describe('completion of a milestone marker in a table cell', () => {
  it('replaces only what was typed of the marker, not the cell\'s text', () =>
    withClient(async (client) => {
      await client.initialize();
      const text = '# Post-Mortem: Outage\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 09:20 | Alert fired |\n| 09:25 | Pager went off [ |\n';
      const { uri } = await openAndWait(client, text);
      const row = '| 09:25 | Pager went off [';
      const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: row.length } })) as CompletionItem[];
      const detected = items.find((i) => i.label === '[detected]');
      assert.ok(detected?.textEdit && 'range' in detected.textEdit, JSON.stringify(items.map((i) => i.label)));
      assert.equal(applyEdits(text, [detected.textEdit]).split('\n')[7], '| 09:25 | Pager went off [detected] |');
    }));
});

describe('code lenses carry a command the server runs', () => {
  it('registers postmortem.showFigure, and running a lens shows how its figures were computed', () =>
    withClient(async (client) => {
      const said = messages(client);
      const result = await client.initialize();
      assert.deepEqual(result.capabilities.executeCommandProvider?.commands, ['postmortem.showFigure']);
      const { uri } = await openAndWait(client, CHECKOUT);
      const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
      assert.ok(lenses.length > 0);
      for (const lens of lenses) assert.equal(lens.command?.command, 'postmortem.showFigure', JSON.stringify(lens));
      const heading = lenses.find((l) => l.command!.title.startsWith('Computed:'))!;
      assert.equal(await client.connection.sendRequest('workspace/executeCommand', { command: heading.command!.command, arguments: heading.command!.arguments }), null);
      await until(() => said.shown.some((m) => m.startsWith('Computed from the timeline:')), 'the explanation');
      assert.match(said.shown.find((m) => m.startsWith('Computed from the timeline:'))!, /acknowledge 11m = acknowledged 09:31 \(line \d+\) − detected 09:20 \(line \d+\)/);
    }));
});

describe('client capabilities and the lifecycle', () => {
  it('hover is plain text for a client that does not offer Markdown', () =>
    withClient(async (client) => {
      await client.initialize({ textDocument: { hover: { contentFormat: ['plaintext'] } } });
      const { uri } = await openAndWait(client, CHECKOUT);
      const line = CHECKOUT.split('\n').findIndex((l) => l.startsWith('| 09:31 |'));
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } })) as Hover;
      assert.equal((hover.contents as { kind: string }).kind, 'plaintext');
      assert.doesNotMatch((hover.contents as { value: string }).value, /\*\*/);
    }));

  it('rootUri, and rootPath, count as the workspace folder when workspaceFolders is absent', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pm-root-'));
    mkdirSync(join(root, 'postmortems'));
    writeFileSync(join(root, 'postmortems', '2025-09-15-db-pool.md'), '# Post-Mortem: DB pool\n\n**Author:** Priya (DBA)\n');
    try {
      for (const root_ of [{ rootUri: pathToFileURL(root).href }, { rootUri: null, rootPath: root }]) {
        await withClient(async (client) => {
          const scan = scanReports(client);
          await client.connection.sendRequest('initialize', { processId: process.pid, capabilities: {}, ...root_ });
          await client.connection.sendNotification('initialized', {});
          const uri = pathToFileURL(join(root, 'postmortems', '2025-10-26-outage.md')).href;
          await openAndWait(client, '# Post-Mortem: Outage\n\n## Action Items\n\n| Action | Owner |\n|---|---|\n| Fix it | \n', uri);
          await scan.nth(1);
          const owners = completionItems(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 11 } }));
          assert.ok(owners.some((i) => i.label === 'Priya (DBA)'), `${JSON.stringify(root_)}: ${JSON.stringify(owners.map((i) => i.label))}`);
        });
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a request before initialize gets ServerNotInitialized; one after shutdown InvalidRequest', () =>
    withClient(async (client) => {
      const hover = () => client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///w/postmortems/x.md' }, position: { line: 0, character: 0 } });
      await assert.rejects(hover(), (error: ResponseError<unknown>) => error.code === ErrorCodes.ServerNotInitialized);
      await client.initialize();
      assert.equal(await hover(), null);
      await client.connection.sendRequest('shutdown');
      await assert.rejects(hover(), (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidRequest);
    }));
});

describe('.postmortemrc.json changes', () => {
  it('asks a client that can watch files to watch the team file and Markdown files', () =>
    withClient(async (client) => {
      const registered: { method: string; registerOptions?: { watchers: { globPattern: string }[] } }[] = [];
      client.connection.onRequest('client/registerCapability', (params: { registrations: typeof registered }) => {
        registered.push(...params.registrations);
        return null;
      });
      await client.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
      await until(() => registered.length > 0, 'client/registerCapability');
      const watch = registered.find((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.deepEqual(watch?.registerOptions?.watchers.map((w) => w.globPattern), ['**/.postmortemrc.json', '**/*.md']);
    }));

  it('a client that watches no files: a team file changed on disk applies at the next edit, without reopening', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pm-mtime-'));
    mkdirSync(join(root, 'postmortems'));
    const team = join(root, '.postmortemrc.json');
    writeFileSync(team, JSON.stringify({ rules: { 'missing-section': 'off' } }));
    try {
      await withClient(async (client) => {
        await client.initialize();
        const uri = pathToFileURL(join(root, 'postmortems', 'a.md')).href;
        const { diagnostics } = await openAndWait(client, '# Post-Mortem: Outage\n', uri);
        assert.deepEqual(diagnostics, []);
        writeFileSync(team, JSON.stringify({ rules: { 'missing-section': 'error' } }));
        await client.change(uri, 2, [{ text: '# Post-Mortem: Outage\n\n' }]);
        await until(() => client.publishedFor(uri).some((p) => p.diagnostics.length > 0), 'diagnostics under the new team file');
        const last = client.publishedFor(uri).at(-1)!;
        assert.ok(last.diagnostics.length > 0 && last.diagnostics.every((d) => d.code === 'missing-section' && d.severity === 1), JSON.stringify(last));
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

