import * as vscode from 'vscode';

/** The folder the preview may load from (its script and stylesheet), and nothing else. */
export function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media');
}

export function previewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableForms: false,
    localResourceRoots: [mediaRoot(extensionUri)],
    // The webview keeps its scroll position in its own state; no need to keep it alive while hidden.
    retainContextWhenHidden: false,
    enableFindWidget: true,
  };
}

/**
 * The preview's page: an empty shell under a strict policy (`default-src 'none'`, our script by nonce, our
 * stylesheet from media/). The script draws everything with DOM APIs and textContent; no document text is ever
 * in this HTML.
 */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(18)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const media = mediaRoot(extensionUri);
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src 'none'`, `font-src 'none'`, `connect-src 'none'`, `base-uri 'none'`, `form-action 'none'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Post-mortem timeline</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="status">Loading the timeline…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
