/**
 * Document text in VS Code's labels. The status bar, quick picks and tree items render `$(name)` as a codicon, and
 * notifications turn `[label](https://...)`, `[label](command:...)` and `[label](file:...)` into links; a title, a
 * severity or a quoted line of a document shows as written only once escaped. Pure (no `vscode`), so its tests
 * need no editor.
 */

/** `$(alert)` as text, not an icon: VS Code's own `escapeIcons` (a `\` before `$(`; one already there stays literal too). */
export function escapeCodicons(text: string): string {
  return text.replace(/\$\((?=[A-Za-z0-9-]+(?:~[A-Za-z]+)?\))/g, '\\$(');
}

/** The link syntax notifications render, broken with a zero-width space between `]` and `(` (nothing else changes). */
export function escapeNotificationLinks(text: string): string {
  return text.replace(/(\[[^\]]+\])(\((?:https?:\/\/|command:|file:))/gi, '$1\u200b$2');
}
