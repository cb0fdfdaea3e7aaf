// Web-worker entry of the language server (VS Code for the Web, or any page that starts it as a Worker): the same
// engine and features as server.ts, over the worker's messages. No Node adapters here, so no team file and no
// other workspace files: settings come from the client and the document itself is all there is to read.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startLanguageServer } from './lsp/languageServer';

// The worker's global scope (typed by server/tsconfig.browser.json, which also proves the engine needs no Node).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { location: { href: string } };

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startLanguageServer(connection, { ruleDocsBaseUri: ruleDocsBaseUri() });

/** docs/rules beside dist/ (dist/web/server.js is two folders down); none when loaded from a blob: URL. */
function ruleDocsBaseUri(): string | undefined {
  try {
    return new URL('../../docs/rules', self.location.href).href;
  } catch {
    return undefined;
  }
}
