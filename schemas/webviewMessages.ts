import * as z from './zod';
import { timelineViewSchema } from './requests';

/**
 * Messages between the timeline preview's webview and the extension. The extension validates everything the
 * webview posts with `fromWebviewSchema` before acting on it: a webview is a browser page and is not trusted.
 */

/** The webview's script has loaded and wants the timeline. */
const readyMessage = z.object({ type: z.literal('ready') });

/** The user clicked (or pressed Enter on) the entry written at `line` (0-based). */
const revealMessage = z.object({ type: z.literal('reveal'), line: z.int().check(z.nonnegative(), z.maximum(10_000_000)) });

/**
 * What the webview drew, posted after every render: the tests read it, and it tells the extension that a redraw
 * has landed. Texts are the rendered `textContent`s, so escaping can be checked from outside the webview.
 */
const renderedMessage = z.object({
  type: z.literal('rendered'),
  uri: z.string().check(z.maxLength(10_000)),
  version: z.int(),
  /** Entries drawn on the axis, in drawing order, then the entries without a readable time. */
  /** Each with the line its button selects and what a screen reader says for it. */
  entries: z.array(z.object({ line: z.int().check(z.nonnegative()), label: z.string(), time: z.string(), event: z.string() })).check(z.maxLength(100_000)),
  unplaced: z.int().check(z.nonnegative()),
  /** Figures as shown: "Time to acknowledge: 2 min". */
  figures: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(20)),
  /** Phase bands as labelled: "to mitigate 15 min". */
  bands: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(20)),
  /** Line of the entry highlighted as under the editor's cursor, or null. */
  current: z.nullable(z.int().check(z.nonnegative())),
  /** The webview document's title and the number of elements the renderer never creates (img, script, iframe...). */
  documentTitle: z.string().check(z.maxLength(10_000)),
  foreignElements: z.int().check(z.nonnegative()),
  scrollY: z.number(),
});

export const fromWebviewSchema = z.discriminatedUnion('type', [readyMessage, revealMessage, renderedMessage]);
export type FromWebview = z.infer<typeof fromWebviewSchema>;
export type RenderedReport = z.infer<typeof renderedMessage>;

/** What the extension posts to the webview. */
export const toWebviewSchema = z.discriminatedUnion('type', [
  /** A timeline to draw (the document's file name for the heading), and the line under the editor's cursor. */
  z.object({ type: z.literal('timeline'), fileName: z.string(), view: timelineViewSchema, cursorLine: z.nullable(z.int().check(z.nonnegative())) }),
  /** The editor's cursor moved: highlight the entry on that line, if any. */
  z.object({ type: z.literal('cursor'), line: z.nullable(z.int().check(z.nonnegative())) }),
  /** Nothing to draw (the document is closed or no longer a post-mortem). */
  z.object({ type: z.literal('empty'), message: z.string() }),
]);
export type ToWebview = z.infer<typeof toWebviewSchema>;
