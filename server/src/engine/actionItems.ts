import type { ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { offsetsOf, type DocumentIndex } from './documentIndex';
import type { Section } from './sections';
import type { Grid } from './tables';
import { readDate, type CalendarDate } from './timestamps';

export type ActionStatus = 'done' | 'in-progress' | 'planned' | 'blocked' | 'cancelled';

/** A value read from an action item, with the offsets of its text (empty range at the row when absent). */
export interface Located {
  text: string;
  start: number;
  end: number;
}

export interface ActionItem {
  form: 'table' | 'bullet';
  start: number;
  end: number;
  action: Located;
  owner: Located | undefined;
  priority: Located | undefined;
  due: Located | undefined;
  dueDate: CalendarDate | undefined;
  dueInvalid: boolean;
  status: Located | undefined;
  statusKind: ActionStatus | undefined;
  ticket: string | undefined;
  /** For quick fixes: whether the table has a column for the owner / due date, and which column is the owner's. */
  hasOwnerColumn: boolean;
  ownerColumn: number;
  hasDueColumn: boolean;
}

const COLUMNS = {
  number: /^\s*(#|no\.?|nr\.?|id)\s*$/i,
  // Norwegian as the SRE book's template is written there: Aksjon, Eier, Ansvarlig, Frist, Referanse.
  action: /\b(action|task|item|description|what|remediation|follow.?ups?|title|summary|todo|work|aksjon|tiltak)\b/i,
  owner: /\b(owners?|who|assignee|responsible|assigned|dri|team|eier|ansvarlig)\b/i,
  priority: /\b(priority|prio|severity|importance)\b/i,
  due: /\b(due|deadline|eta|target|by when|date|frist)\b/i,
  status: /\b(status|state|done|progress)\b/i,
  ticket: /\b(ticket|bug|issue|jira|link|tracking|tracker|referanse)\b|^\s*bug\s*#\s*$/i,
};

/** Action items from tables (in an action-items section, or anywhere with Action and Owner columns) and bullets. */
export function findActionItems(index: DocumentIndex, sections: Section[], grids: Grid[]): ActionItem[] {
  const bodies = sections.filter((s) => s.kind === 'action-items' || s.also.includes('action-items')).map((s) => [s.bodyStart, s.bodyEnd] as const);
  const inActionSection = (offset: number) => bodies.some(([from, to]) => offset >= from && offset < to);
  const items: ActionItem[] = [];
  for (const grid of grids) items.push(...tableItems(grid, inActionSection(grid.start)));
  items.push(...bulletItems(index, index.listItems.filter((item) => inActionSection(offsetsOf(item)[0]))));
  items.push(...markedItems(index, inActionSection));
  return items.sort((a, b) => a.start - b.start);
}

function tableItems(grid: Grid, inActionSection: boolean): ActionItem[] {
  const headers = grid.header.map((cell) => cell.text);
  if (headers.length === 0) return [];
  const column = (kind: keyof typeof COLUMNS, except: number[] = []) => headers.findIndex((h, i) => !except.includes(i) && COLUMNS[kind].test(h));
  const numberColumn = headers.findIndex((h) => COLUMNS.number.test(h));
  const ownerColumn = column('owner', [numberColumn]);
  const dueColumn = column('due', [numberColumn]);
  const statusColumn = column('status', [numberColumn, ownerColumn, dueColumn]);
  const priorityColumn = column('priority', [numberColumn, statusColumn]);
  const ticketColumn = column('ticket', [numberColumn, ownerColumn, dueColumn, statusColumn, priorityColumn]);
  const used = [numberColumn, ownerColumn, dueColumn, statusColumn, priorityColumn, ticketColumn];
  let actionColumn = column('action', used);
  if (actionColumn < 0 && inActionSection) actionColumn = headers.findIndex((_, i) => !used.includes(i));
  // Outside an action-items section, only a table that is plainly one counts (an action and an owner column).
  if (actionColumn < 0 || (!inActionSection && ownerColumn < 0)) return [];
  const items: ActionItem[] = [];
  for (const row of grid.rows) {
    const cell = (column: number): Located | undefined => (column >= 0 && row.cells[column]?.text ? row.cells[column] : undefined);
    const filled = row.cells.filter((c) => c.text !== '').length;
    const action = cell(actionColumn);
    // Blank template rows and lines pasted under the table are not items.
    if (!action || filled < 2) continue;
    const due = cell(dueColumn);
    const status = cell(statusColumn);
    const dueRead = due ? readDate(due.text) : undefined;
    items.push({
      form: 'table',
      start: row.start,
      end: row.end,
      action,
      owner: meaningful(cell(ownerColumn)),
      priority: meaningful(cell(priorityColumn)),
      due: meaningful(due),
      dueDate: dueRead?.invalid ? undefined : dueRead?.date,
      dueInvalid: dueRead?.invalid ?? false,
      status: meaningful(status),
      statusKind: status ? statusKindOf(status.text) : undefined,
      ticket: cell(ticketColumn)?.text,
      hasOwnerColumn: ownerColumn >= 0,
      ownerColumn,
      hasDueColumn: dueColumn >= 0,
    });
  }
  return items;
}

/** "-", "—", "n/a", "TBD", "?" in a cell mean nobody / nothing yet. */
function meaningful(value: Located | undefined): Located | undefined {
  return value && !/^(-+|—|–|n\/?a|none|tbd|tba|\?+|unassigned|nobody)$/i.test(value.text) ? value : undefined;
}

// Explicit markers only: "Owner: Ana", "**Owner:** Ana", "assigned to Ana", "@ana". The word "owners" in prose is not one.
const OWNER_IN_TEXT = /\b(?:owners?|assignee|responsible|dri)[*_]*\s*(?:[:=]|\s[-–]\s)[*_]*\s*(@?[A-Za-z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:\s*\([^)]*\))?)|\bassigned to\s+(@?[A-Za-z][\w.-]*(?:\s+[A-Z][\w.-]*)?)|(?:^|[\s(])(@[A-Za-z][\w.-]*)/i;
// A name in brackets closing the item's first line ("... before release [Jerry]"), not a tag ("[done]", "[P1]").
const BRACKETED_OWNER = /\s\[(@?[A-Z][a-z]+(?:,?\s+@?[A-Z][a-z]+){0,2})\][ \t]*(?=\n|$)/;
const DUE_IN_TEXT = /\b(?:due|by|deadline|eta|target)[*_]*\s*(?:date)?[*_]*\s*[:=]?[*_]*\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)/i;
const PRIORITY_IN_TEXT = /\b(P[0-4])\b|\bpriority\s*[:=]?\s*([A-Za-z0-9]+)|\b(critical|high|medium|low)[- ]priority\b/i;
const STATUS_IN_TEXT = /(✅|⏳|📅|🚧|\b(?:done|completed?|in progress|planned|todo|to do|blocked|wip|not started)\b)/i;
const TICKET_IN_TEXT = /\b([A-Z][A-Z0-9]+-\d+)\b|(?:^|\s)(#\d+)\b|(https?:\/\/\S+\/(?:issues|pull|browse|tickets?)\/\S+)/;

function bulletItems(index: DocumentIndex, listItems: ListItem[]): ActionItem[] {
  const items: ActionItem[] = [];
  let enclosingEnd = -1;
  let underNumberedItem = false;
  for (const item of listItems) {
    const [start, end] = offsetsOf(item);
    // Only top-level bullets of the section: nested ones add detail to their parent.
    if (start < enclosingEnd) continue;
    // "1. **Fix**" then "- detail" at column 0: Markdown makes the details a sibling list; they are still details.
    if (index.headings.some((h) => offsetsOf(h)[0] > enclosingEnd && offsetsOf(h)[0] < start)) underNumberedItem = false;
    if (index.orderedItems.has(item)) underNumberedItem = true;
    else if (underNumberedItem) continue;
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    const [textStart, textEnd] = offsetsOf(first);
    // "In the future, when ...:" with bullets under it frames the items below; it is not one.
    if (/:[*_]*\s*$/.test(index.text.slice(textStart, textEnd)) && item.children.some((child) => child.type === 'list')) continue;
    const read = textItem(index, { start, end, textStart, textEnd, checked: item.checked ?? null, whole: toString(item) });
    if (!read) continue;
    enclosingEnd = end;
    items.push(read);
  }
  return items;
}

/** "**Action item:** ...", "Action point: ...", "[Action Item] ...": an item marked as one, wherever it is. */
const MARKED_ITEM = /^\s*(?:\*\*|__)?(?:\[action[ -]?(?:item|point)\]|action[ -]?(?:item|point)\s*:)(?:\*\*|__)?\s*(?=\S)/i;

function markedItems(index: DocumentIndex, inActionSection: (offset: number) => boolean): ActionItem[] {
  const items: ActionItem[] = [];
  for (const paragraph of index.paragraphs) {
    const [start, end] = offsetsOf(paragraph);
    if (inActionSection(start)) continue;
    const marker = MARKED_ITEM.exec(index.text.slice(start, Math.min(end, start + 40)));
    if (!marker) continue;
    const read = textItem(index, { start, end, textStart: start + marker[0].length, textEnd: end, checked: null, whole: toString(paragraph) });
    if (read) items.push(read);
  }
  return items;
}

/** Reads an item's action and its fields (owner, due date, priority, status, ticket) from its text. */
function textItem(index: DocumentIndex, at: { start: number; end: number; textStart: number; textEnd: number; checked: boolean | null; whole: string }): ActionItem | undefined {
  const { start, end, textStart, textEnd } = at;
  const source = index.text.slice(textStart, textEnd);
  // "- [] text": a checkbox written without its space, which Markdown leaves as text.
  const malformedBox = /^\[\s?\]\s*/.exec(source);
  const actionStart = textStart + (malformedBox?.[0].length ?? 0);
  const firstLineEnd = source.indexOf('\n');
  const firstLine = index.text.slice(actionStart, firstLineEnd < 0 ? textEnd : textStart + firstLineEnd);
  // The action is what comes before "Owner: ...", "due ...", "P1": those are its fields.
  const fieldsAt = firstLine.search(/\s*(?:[—–-]\s*|[,;.(]\s*|\s)[*_]*(?:owners?|assignee|assigned to|due|deadline|priority|P[0-4]\b|@[A-Za-z])/i);
  const actionText = (fieldsAt > 0 ? firstLine.slice(0, fieldsAt) : firstLine).replace(/[\s*_,;:.—–`-]+$/, '').trim();
  if (!actionText || !/[A-Za-z]/.test(actionText)) return undefined;
  const find = (pattern: RegExp, within = source.length): Located | undefined => {
    const m = pattern.exec(source.slice(0, within));
    if (!m) return undefined;
    const value = m.slice(1).find((g) => g !== undefined) ?? m[0];
    const valueAt = textStart + m.index + m[0].lastIndexOf(value);
    return { text: value.trim(), start: valueAt, end: valueAt + value.trim().length };
  };
  const group = headingAbove(index, start);
  const due = find(DUE_IN_TEXT) ?? groupDueOf(index, group);
  const dueRead = due ? readDate(due.text) : undefined;
  const status = find(STATUS_IN_TEXT);
  const checked = at.checked ?? (malformedBox ? false : null);
  const groupStatus = groupStatusOf(group?.text ?? '');
  return {
    form: 'bullet',
    start,
    end,
    action: { text: actionText, start: actionStart, end: actionStart + actionText.length },
    owner: find(OWNER_IN_TEXT) ?? find(BRACKETED_OWNER, firstLineEnd < 0 ? source.length : firstLineEnd),
    priority: find(PRIORITY_IN_TEXT),
    due,
    dueDate: dueRead?.invalid ? undefined : dueRead?.date,
    dueInvalid: dueRead?.invalid ?? false,
    status,
    statusKind: checked === true ? 'done' : status ? statusKindOf(status.text) : checked === false ? 'planned' : (groupStatus ?? statusOfWording(firstLine)),
    ticket: TICKET_IN_TEXT.exec(at.whole)?.slice(1).find(Boolean),
    hasOwnerColumn: false,
    ownerColumn: -1,
    hasDueColumn: false,
  };
}

/** The nearest heading above an offset: a group such as "### Immediate actions (completed)" gives its items a status. */
function headingAbove(index: DocumentIndex, offset: number): { text: string; start: number; end: number } | undefined {
  let found: (typeof index.headings)[number] | undefined;
  for (const heading of index.headings) {
    if (offsetsOf(heading)[0] >= offset) break;
    found = heading;
  }
  return found && { text: toString(found), start: offsetsOf(found)[0], end: offsetsOf(found)[1] };
}

// A horizon a group's heading sets: "(Q4 2025 - Q1 2026)", "(0-7 days)", "(next 2 weeks)", "Target: Q2", "by 2026-01-31".
const HORIZON = /\(([^)]*?\b(?:Q[1-4]\b(?:\s*\d{4})?|H[12]\s*\d{4}|\d+\s*[-–]\s*\d+\s*(?:days?|weeks?|months?)|next\s+(?:\d+\s+)?(?:days?|weeks?|months?|sprint|quarter)|\d{4}-\d{2}-\d{2})[^)]*)\)|\b(?:target|due|by)\s*:?\s*(Q[1-4]\b(?:\s*\d{4})?|\d{4}-\d{2}-\d{2}|end of \w+)/i;

/** The due date a group's heading gives its items, located in the heading's text. */
function groupDueOf(index: DocumentIndex, heading: { start: number; end: number } | undefined): Located | undefined {
  if (!heading) return undefined;
  const source = index.text.slice(heading.start, heading.end);
  const m = HORIZON.exec(source);
  const value = m?.[1] ?? m?.[2];
  if (!m || !value) return undefined;
  const at = heading.start + m.index + m[0].indexOf(value);
  return { text: value.trim(), start: at, end: at + value.trim().length };
}

/** "### Immediate actions (completed)", "### In progress": a status the group's heading gives its items. */
function groupStatusOf(heading: string): ActionStatus | undefined {
  const qualifier = /\(([^)]*)\)/.exec(heading)?.[1];
  const name = heading.replace(/\([^)]*\)/g, '').trim();
  return (qualifier ? statusKindOf(qualifier) : undefined) ?? (name.split(/\s+/).length <= 3 ? statusKindOf(name) : undefined);
}

// "Added per-pod CPU alerts", "We enabled branch protection", "The action has been disabled": work reported done.
const DONE_WORK = /^(?:we\s+(?:have\s+|'ve\s+)?(?:\w+\s+){0,3}?)?(?:[a-z]{3,}(?<!e)ed|built|made|wrote|rewrote|took)\b|\b(?:has|have) been\s+[a-z]+(?:ed|en|t)\b|\b(?:is|are) now\b|\balready (?:do|does|did|have|has|added|done|in place|implemented|fixed|run)\b/i;
// "The project decided not to ...", "We won't ...": work considered and dropped.
const DROPPED_WORK = /\b(?:decided (?:not to|against)|chose not to|declined to|will not (?:do|pursue|fix)|won't (?:do|pursue|fix))\b/i;
// "Work has begun to move the tarballs", "We are in the process of ...": work under way.
const WORK_UNDER_WAY = /\b(?:work has (?:begun|started)|is (?:under ?way|in progress)|we are (?:working on|in the process of|currently))\b/i;
// "We will audit ...", "We plan to ...": work promised.
const PROMISED_WORK = /^(?:we|the \w+ team|\w+)\s+(?:will|shall|plan to|intend to|are going to)\b/i;

/** The status an item's own wording gives: finished work reported, or work promised; an opening "**Label**:" is skipped. */
function statusOfWording(firstLine: string): ActionStatus | undefined {
  const text = firstLine.replace(/^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*/, '').trim();
  if (DROPPED_WORK.test(text)) return 'cancelled';
  if (WORK_UNDER_WAY.test(text)) return 'in-progress';
  return DONE_WORK.test(text) ? 'done' : PROMISED_WORK.test(text) ? 'planned' : undefined;
}

/** The kind of a written status, or undefined when the word is not one we know. */
export function statusKindOf(text: string): ActionStatus | undefined {
  const t = text.toLowerCase();
  if (/\b(not|partially|partly|half)\s+(done|complete|completed|finished)\b/.test(t)) return 'in-progress';
  if (/✅|✔|☑|\b(done|complete|completed|closed|fixed|resolved|shipped|finished|merged)\b/u.test(t)) return 'done';
  if (/⏳|🚧|\b(in progress|in-progress|ongoing|wip|started|doing|in review)\b/u.test(t)) return 'in-progress';
  if (/📅|\b(planned|todo|to do|to-do|open|not started|backlog|pending|scheduled|proposed|new)\b/u.test(t)) return 'planned';
  if (/\b(blocked|on hold|waiting)\b/.test(t)) return 'blocked';
  if (/\b(cancelled|canceled|won'?t (?:do|fix)|wontfix|dropped|rejected)\b/.test(t)) return 'cancelled';
  return undefined;
}
