import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { TimelineView } from '../../../schemas/requests';
import { TimelineService } from '../../../client/src/timeline/timelineService';

/** A language client that records each timeline request with its token and answers when the test says. */
class RecordingClient {
  readonly requests: { token: vscode.CancellationToken; answer(view: TimelineView | null): void }[] = [];
  readonly warnings: string[] = [];
  readonly code2ProtocolConverter = { asUri: (uri: vscode.Uri) => uri.toString() };
  private arrived: (() => void) | undefined;

  sendRequest(_method: string, _params: unknown, token: vscode.CancellationToken): Promise<unknown> {
    return new Promise((resolve) => {
      this.requests.push({ token, answer: resolve });
      this.arrived?.();
    });
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  async request(count: number): Promise<void> {
    while (this.requests.length < count) await new Promise<void>((resolve) => (this.arrived = resolve));
  }
}

function viewOf(document: vscode.TextDocument, version: number): TimelineView {
  return {
    uri: document.uri.toString(), version, title: 'Outage', severity: 'SEV2', timezone: 'UTC', startAt: null, entries: [],
    durations: { detectMinutes: null, acknowledgeMinutes: null, mitigateMinutes: null, resolveMinutes: null, impactMinutes: null, totalMinutes: null },
  };
}

describe('the client\'s timeline requests', () => {
  it('cancels the request for a version typed past, and answers it with the newer version\'s timeline', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Post-Mortem: Outage\n' });
    const client = new RecordingClient();
    const timelines = new TimelineService(client as unknown as BaseLanguageClient, Promise.resolve());

    const first = timelines.get(document);
    await client.request(1);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(1, 0), '\nA line typed meanwhile.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const second = timelines.get(document);
    await client.request(2);

    assert.equal(client.requests[0].token.isCancellationRequested, true, 'the older request was not cancelled');
    assert.equal(client.requests[1].token.isCancellationRequested, false);
    client.requests[0].answer(null);
    client.requests[1].answer(viewOf(document, document.version));
    assert.equal((await second)?.version, document.version);
    assert.equal((await first)?.version, document.version);
    assert.equal(timelines.get(document), timelines.get(document), 'one answer per version');
    assert.equal(client.requests.length, 2);
    assert.deepEqual(client.warnings, []);
  });
});
