// The timeline preview's script, bundled by esbuild into media/preview.js and run inside the webview under
// `default-src 'none'`. It builds every node with DOM APIs and sets document text with textContent only: no
// innerHTML anywhere, so `<img onerror=...>` in an entry stays text. Styles come from media/preview.css (VS
// Code's theme variables); positions are set through the CSSOM, which the policy allows.
import type { TimelineEntryView, TimelineView } from '../../schemas/requests';
import type { FromWebview, ToWebview } from '../../schemas/webviewMessages';
import { entryDescription, layoutTimeline, MILESTONE_LABELS, type EntryRow, type SeparatorRow, type TimelineLayout } from '../src/timeline/layout';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
const PHASE_COLUMNS = ['detect', 'acknowledge', 'mitigate', 'resolve'] as const;

let current: { view: TimelineView; fileName: string; layout: TimelineLayout } | undefined;
let cursorLine: number | null = null;
let lastDrawn: { uri: string; version: number } | undefined;
// The axis persists across renders, so that unchanged entries are neither rebuilt nor laid out again.
const bandsLayer = el('div', 'bands');
bandsLayer.setAttribute('aria-hidden', 'true');
const list = el('ol', 'entries');
const axis = el('section', 'axis');
axis.setAttribute('aria-label', 'Timeline');
axis.append(bandsLayer, list);

/** Scroll position survives redraws (kept in place) and the webview being hidden and shown (webview state). */
const saved = vscode.getState() as { scrollY?: unknown; uri?: unknown } | undefined;
let scrollY = typeof saved?.scrollY === 'number' ? saved.scrollY : 0;
let scrollSaveTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  scrollY = window.scrollY;
  clearTimeout(scrollSaveTimer);
  scrollSaveTimer = setTimeout(() => vscode.setState({ scrollY, uri: lastDrawn?.uri }), 100);
});

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  switch (message.type) {
    case 'timeline':
      cursorLine = message.cursorLine;
      current = { view: message.view, fileName: message.fileName, layout: layoutTimeline(message.view) };
      render();
      return;
    case 'cursor':
      cursorLine = message.line;
      highlightCursor();
      report();
      return;
    case 'empty':
      current = undefined;
      app.replaceChildren(el('p', 'status', message.message));
      app.setAttribute('aria-busy', 'false');
      report();
      return;
  }
});

function render(): void {
  if (!current) return;
  nextNodes = new Map();
  const { view, fileName, layout } = current;
  // Keep the reader where they were when the same document is redrawn; start at the top for another one.
  const keepScroll = (lastDrawn ?? { uri: saved?.uri }).uri === view.uri;
  const y = keepScroll ? scrollY : 0;
  lastDrawn = { uri: view.uri, version: view.version };

  const header = el('header');
  const heading = el('h1', 'title', view.title ?? fileName);
  const meta = el('p', 'meta');
  meta.append(
    el('span', 'severity', view.severity ? `Severity ${view.severity}` : 'Severity unknown'),
    el('span', undefined, ` · Times in ${view.timezone ?? 'UTC'} · ${view.entries.length} ${view.entries.length === 1 ? 'entry' : 'entries'} · ${fileName}`),
  );
  const figures = el('dl', 'figures');
  figures.setAttribute('aria-label', 'Computed durations');
  for (const figure of layout.figures) {
    const item = el('div', `figure figure-${figure.key}${figure.minutes === null ? ' unknown' : ''}`);
    item.dataset.key = figure.key;
    item.append(el('dt', undefined, figure.name), el('dd', undefined, figure.text.slice(figure.name.length + 2)));
    figures.append(item);
  }
  header.append(heading, meta, figures);

  const legend = el('ul', 'legend');
  legend.setAttribute('aria-label', 'Phases');
  for (const band of layout.bands) {
    const item = el('li', `legend-item phase-${band.key}`);
    item.append(el('span', 'swatch'), el('span', undefined, band.label));
    legend.append(item);
  }

  list.setAttribute('aria-label', `Timeline entries in time order, ${layout.rows.filter((r) => r.kind === 'entry').length} on the axis`);
  reconcile(list, layout.rows.map((row) => (row.kind === 'entry' ? entryNode(row) : separatorNode(row))));

  const parts: HTMLElement[] = [header, legend, axis];
  if (layout.rows.length === 0) parts.push(el('p', 'status', 'No timeline entries with a readable time yet.'));
  if (layout.unplaced.length > 0) {
    const section = el('section', 'unplaced');
    const title = el('h2', undefined, `Not on the axis: time unreadable (${layout.unplaced.length})`);
    title.id = 'unplaced-title';
    section.setAttribute('aria-labelledby', title.id);
    const unplacedList = el('ol', 'entries unplaced-entries');
    for (const { entry, index } of layout.unplaced) unplacedList.append(entryNode({ kind: 'entry', entry, index, phase: 'incident' }));
    section.append(title, unplacedList);
    parts.push(section);
  }
  reconcile(app, parts);
  drawnNodes = nextNodes;
  app.setAttribute('aria-busy', 'false');
  placeBands();
  highlightCursor();
  window.scrollTo(0, y);
  scrollY = window.scrollY;
  report();
}

/**
 * Entry and separator nodes from the last render, keyed by what they draw: a keystroke changes one entry, so the
 * other 499 are reused instead of rebuilt (only their line number is brought up to date) and the browser lays out
 * little. Identical entries take their nodes back in order.
 */
let drawnNodes = new Map<string, HTMLLIElement[]>();
let nextNodes = new Map<string, HTMLLIElement[]>();

function reuse(key: string, build: () => HTMLLIElement): HTMLLIElement {
  const node = drawnNodes.get(key)?.shift() ?? build();
  const same = nextNodes.get(key);
  if (same) same.push(node);
  else nextNodes.set(key, [node]);
  return node;
}

/** Makes `parent`'s children exactly `nodes`, touching only those that are not already in place. */
function reconcile(parent: HTMLElement, nodes: HTMLElement[]): void {
  const keep = new Set<Element>(nodes);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  nodes.forEach((node, i) => {
    if (parent.children[i] !== node) parent.insertBefore(node, parent.children[i] ?? null);
  });
}

function separatorNode(row: SeparatorRow): HTMLLIElement {
  return reuse(`${row.kind}\n${row.label}`, () => {
    const separator = el('li', `separator separator-${row.kind}`);
    separator.append(el('span', undefined, row.label));
    return separator;
  });
}

function entryNode(row: EntryRow): HTMLLIElement {
  const { entry } = row;
  const drawn = [row.phase, entry.time, entry.event, entry.actor, entry.milestones, entry.approximate, entry.unreadable];
  const item = reuse(JSON.stringify(drawn), () => entryItem(row));
  // What depends on the line is set on every render, reused node or not.
  const button = item.firstElementChild as HTMLButtonElement;
  item.dataset.line = button.dataset.line = String(entry.line);
  button.title = `Line ${entry.line + 1}: select it in the editor`;
  button.setAttribute('aria-label', entryDescription(entry));
  return item;
}

function entryItem(row: EntryRow): HTMLLIElement {
  const { entry } = row;
  const classes = ['entry', `phase-${row.phase}`];
  if (entry.milestone) classes.push('milestone', `milestone-${entry.milestone}`);
  if (entry.approximate) classes.push('approximate');
  if (entry.unreadable) classes.push('unreadable');
  const item = el('li', classes.join(' '));
  const button = el('button', 'entry-button');
  button.type = 'button';
  const time = el('span', 'time', timeText(entry));
  const marker = el('span', 'marker');
  const body = el('span', 'body');
  for (const milestone of entry.milestones) body.append(el('span', 'badge', MILESTONE_LABELS[milestone]));
  if (entry.approximate) body.append(el('span', 'badge badge-approximate', 'approximate'));
  if (entry.unreadable) body.append(el('span', 'badge badge-unreadable', 'time unreadable'));
  body.append(el('span', 'event', entry.event || '(no text)'));
  if (entry.actor) body.append(el('span', 'actor', entry.actor));
  button.append(time, marker, body);
  // The line is read when clicked: a reused node's entry may have moved to another line since.
  button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line: Number(button.dataset.line) }));
  item.append(button);
  return item;
}

function timeText(entry: TimelineEntryView): string {
  if (entry.unreadable) return entry.time || '?';
  return entry.approximate && !/^[~≈]/.test(entry.time) ? `~${entry.time}` : entry.time;
}

/** Puts each phase band beside the axis, from its first entry's row to its last's. */
function placeBands(): void {
  if (!current) return;
  const items = [...list.children] as HTMLElement[];
  const bands: HTMLElement[] = [];
  for (const band of current.layout.bands) {
    const from = items[band.fromRow];
    const to = items[band.toRow];
    if (!from || !to) continue;
    const node = el('div', `band phase-${band.key}`);
    const top = from.offsetTop + from.offsetHeight / 2 - 6;
    const bottom = to.offsetTop + to.offsetHeight / 2 + 6;
    node.style.top = `${top}px`;
    node.style.height = `${Math.max(12, bottom - top)}px`;
    node.style.left = `${PHASE_COLUMNS.indexOf(band.key) * 1.6}em`;
    node.append(el('span', 'band-label', band.label));
    node.title = band.label;
    bands.push(node);
  }
  bandsLayer.replaceChildren(...bands);
}

function highlightCursor(): void {
  for (const node of app.querySelectorAll<HTMLElement>('li.entry.current')) {
    node.classList.remove('current');
    node.querySelector('button')?.removeAttribute('aria-current');
  }
  if (cursorLine === null) return;
  for (const node of app.querySelectorAll<HTMLElement>(`li.entry[data-line="${cursorLine}"]`)) {
    node.classList.add('current');
    node.querySelector('button')?.setAttribute('aria-current', 'true');
  }
}

/** Arrow keys, Home and End move between entries; Tab works as usual; Enter or Space selects the line. */
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (!target?.classList.contains('entry-button')) return;
  const buttons = [...app.querySelectorAll<HTMLButtonElement>('button.entry-button')];
  const at = buttons.indexOf(target as HTMLButtonElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (next === undefined || !buttons[next]) return;
  event.preventDefault();
  buttons[next].focus();
});

new ResizeObserver(() => placeBands()).observe(app);

/** Tells the extension what was drawn, as a reader would see it. */
function report(): void {
  const entries = [...app.querySelectorAll<HTMLElement>('li.entry')].map((item) => ({
    line: Number(item.querySelector<HTMLElement>('button')?.dataset.line),
    label: item.querySelector('button')?.getAttribute('aria-label') ?? '',
    time: item.querySelector('.time')?.textContent ?? '',
    event: item.querySelector('.event')?.textContent ?? '',
  }));
  const currentItem = app.querySelector<HTMLElement>('li.entry.current');
  vscode.postMessage({
    type: 'rendered',
    uri: current?.view.uri ?? '',
    version: current?.view.version ?? -1,
    entries,
    unplaced: current?.layout.unplaced.length ?? 0,
    figures: [...app.querySelectorAll('.figure')].map((f) => `${f.querySelector('dt')?.textContent}: ${f.querySelector('dd')?.textContent}`),
    bands: [...app.querySelectorAll('.band')].map((b) => b.textContent ?? ''),
    current: currentItem ? Number(currentItem.dataset.line) : null,
    documentTitle: document.title,
    foreignElements: app.querySelectorAll('img, script, iframe, object, embed, svg, video, audio, form, style, link').length,
    scrollY: window.scrollY,
  });
}

vscode.postMessage({ type: 'ready' });
