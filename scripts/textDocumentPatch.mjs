// An esbuild plugin that changes one check of vscode-languageserver-textdocument's incremental update as it is bundled.
// After joining the text around an edit (a rope in V8), the library reads the characters at the edit's two ends from
// the new text to spot a CRLF pair split by the edit, and that read flattens the whole new text: on a 1 MB document, a
// copy of megabytes on every keystroke, before any other message is read (a small document typed beside it waited
// for it). The same characters are read here from the text before the edit and the inserted text; the new text is
// flattened later, by the analysis that reads it (or, typing faster than the analyses run, by the next edit's update):
// the copy is not saved, it moves after the messages waiting behind it. The library has no hook for this, so the bundle
// is where it can be done. Should a release change that code, the build fails here rather than quietly running slower.
import { readFile } from 'node:fs/promises';

const LIBRARY = /[\\/]vscode-languageserver-textdocument[\\/]lib[\\/](?:esm|umd)[\\/]main\.js$/;
const JOIN = 'this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);';
const CRLF_CHECKS =
  /(const|var) crlfAtStart = this\._content\.charCodeAt\(startOffset - 1\) === 13 \/\* CharCode\.CarriageReturn \*\/ && this\._content\.charCodeAt\(startOffset\) === 10 \/\* CharCode\.LineFeed \*\/;(\s*)(?:const|var) crlfAtEnd = this\._content\.charCodeAt\(insertedEndOffset - 1\) === 13 \/\* CharCode\.CarriageReturn \*\/ && this\._content\.charCodeAt\(insertedEndOffset\) === 10 \/\* CharCode\.LineFeed \*\/;/;

/** @type {import('esbuild').Plugin} */
export const textDocumentPatch = {
  name: 'textdocument-edit-ends',
  setup(build) {
    // The server's copy; the client's (vscode-languageclient's own, another version) keeps no documents that size.
    build.onLoad({ filter: LIBRARY }, async ({ path }) => (/vscode-languageclient/.test(path) ? undefined : { contents: withEditEndsReadApart(await readFile(path, 'utf8'), path), loader: 'js' }));
  },
};

/** The library's source with the CRLF checks reading the text before the edit and the inserted text, not the joined text. */
export function withEditEndsReadApart(source, path = 'vscode-languageserver-textdocument') {
  if (source.split(JOIN).length !== 2 || !CRLF_CHECKS.test(source)) {
    throw new Error(`${path} is not the update scripts/textDocumentPatch.mjs expects: update or drop the patch`);
  }
  return source
    .replace(JOIN, 'var contentBeforeEdit = this._content; this._content = contentBeforeEdit.substring(0, startOffset) + change.text + contentBeforeEdit.substring(endOffset, contentBeforeEdit.length);')
    .replace(
      CRLF_CHECKS,
      (_, keyword, space) =>
        // The joined text's character at an offset, as substring() joined it and charCodeAt() reads it: offsets clamped
        // to the text, NaN as 0 (positions past the last line leave the library's line offsets with holes).
        `var clampedStart = Math.min(Math.max(startOffset || 0, 0), contentBeforeEdit.length), clampedEnd = Math.min(Math.max(endOffset || 0, 0), contentBeforeEdit.length);${space}` +
        `var charCodeAfterEdit = function (offset) { offset = offset || 0; return offset < clampedStart ? contentBeforeEdit.charCodeAt(offset) : offset < clampedStart + change.text.length ? change.text.charCodeAt(offset - clampedStart) : contentBeforeEdit.charCodeAt(offset - clampedStart - change.text.length + clampedEnd); };${space}` +
        `${keyword} crlfAtStart = charCodeAfterEdit(startOffset - 1) === 13 && charCodeAfterEdit(startOffset) === 10;${space}${keyword} crlfAtEnd = charCodeAfterEdit(insertedEndOffset - 1) === 13 && charCodeAfterEdit(insertedEndOffset) === 10;`,
    );
}
