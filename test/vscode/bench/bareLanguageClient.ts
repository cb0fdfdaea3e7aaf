// The activation bench's baseline: vscode-languageclient's Node entry alone, bundled and minified as dist/client.js
// is. Loading it is the floor that any extension starting a language client at activation pays.
export { LanguageClient } from 'vscode-languageclient/node';
