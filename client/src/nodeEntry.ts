// The package's Node entry (package.json "main", dist/client.js): loads the extension (extension.ts, bundled as
// dist/client-main.js) with V8's code cache, kept in the extension's global storage, and activates it. Compiling
// vscode-languageclient is most of what activation costs; a launch after the first deserialises the compiled code.
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { requireWithCodeCache } from './codeCache';
import type * as nodeExtension from './extension';

export type { PostmortemExtensionApi } from './activation';

let extension: typeof nodeExtension | undefined;

export function activate(context: vscode.ExtensionContext): ReturnType<typeof nodeExtension.activate> {
  const loaded = requireWithCodeCache<typeof nodeExtension>(join(__dirname, 'client-main.js'), join(context.globalStorageUri.fsPath, 'code-cache'));
  extension = loaded.exports;
  const api = extension.activate(context);
  // Once the server has answered, the client's startup code has been compiled too: that is what the cache keeps.
  api.ready.then(loaded.saveCache, () => undefined);
  return api;
}

export function deactivate(): Thenable<void> | undefined {
  return extension?.deactivate();
}
