import { DateTime } from 'luxon';
import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { concatenated } from './arrays';
import { firstStartingAt, offsetsOf, type DocumentIndex } from './documentIndex';
import { firstParenthetical, withoutParentheticals } from './parentheticals';
import { readRowsPerPiece, RowMemos } from './pieces';
import { labelKindsOf, type SectionKind } from './sectionCatalogue';
import type { Section } from './sections';
import { finish } from './steps';
import type { Grid, GridRow } from './tables';
import { commentStarts } from './threadComments';
import { isRealDate, MONTH, monthNumber, readDate, settleDayMonth, type CalendarDate } from './timestamps';
import { matchesOf } from './matches';

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
  /** An owner or due date written as "nobody / nothing yet" ("TBD", "-", "?"): missing, and reported as missing. */
  ownerUnfilled: Located | undefined;
  dueUnfilled: Located | undefined;
}

const COLUMNS = {
  number: /^\s*(#|no\.?|nr\.?|id)\s*$/i,
  // Norwegian as the SRE book's template is written there (Aksjon, Eier, Ansvarlig, Frist, Referanse), German
  // (Maßnahme, Verantwortlich, Fällig), French (Responsable, Échéance, Statut), Spanish, Portuguese, Italian and Dutch
  // (Acción/Ação/Azione/Actie, Responsable/Responsável/Responsabile/Eigenaar, Fecha límite/Prazo/Scadenza, Estado/Stato);
  // "What / Who / When" in Dutch, German, French and Spanish (Wat/Wie/Wanneer, Was/Wer/Wann, Quoi/Qui/Quand). Japanese,
  // Korean and Chinese headers as teams there write them (対策 / 担当 / 期限, 대책 / 담당 / 기한, 措施 / 负责人 / 截止).
  action: /\b(action|task|item|description|what|remediation|recommendations?|follow.?ups?|title|summary|todo|work|aksjon|tiltak|maßnahmen?|massnahmen?|aufgaben?|acci[oó]n|acciones|tarea|azioni|azione|acties?|actiepunt|mesure)\b|(?:^|\s)a[çc](?:ão|ões)|^\W*(?:wat|was|quoi|qu[eé])\W*$|対策|対応策|タスク|대책|조치|과제|항목|措施|改进项|行动项|(?:^|\s)(?:tindakan|aksi|tugas|hành động|công việc|действи[ея]|задач[аи]|мер[аы]|działani[ea]|zadanie|toimenpide|tehtävä|åtgärd|aksiyon)(?![\p{L}])/iu,
  // Not "Who got hurt", "Who was affected": an impact table's column of whom the incident fell on.
  owner: /\b(owners?|who(?!\s+(?:got|was|were|is|are|has been|have been)\s+(?:hurt|affected|impacted|hit|down|harmed|paged|called|told|notified)\b|\s+(?:noticed|saw|reported|felt|lost|complained|called)\b)|assignee|responsible|responsibility|assigned|dri|team|lead(?!\s*time)|eier|ejer|ansvarlig|verantwortlich\w*|zuständig\w*|responsable|porteur|responsabile|eigenaar|verantwoordelijke|in charge)\b|(?:^|\s)respons[aá]vel|^\W*(?:PIC|S?POC|resp\.?|wie|wer|qui|qui[eé]n)\W*$|\bpoint of contact\b|担当|담당|负责|負責|(?:^|\s)(?:penanggung jawab|người phụ trách|phụ trách|ответственн\p{L}*|исполнитель|отв\.?|właściciel|odpowiedzialn\p{L}*|omistaja|vastuuhenkilö|vastuu|ansvarig|ägare|sorumlu)(?![\p{L}])/iu,
  // "| Pri |", "| Prio. |": the abbreviation alone as the header.
  priority: /\b(priority|prio|severity|importance|prioridade?|prioriteit|priorytet)\b|\bpriorit(?:ät|aet|é|à)s?(?![a-zà-ÿ])|^\W*pri\W*$|優先|우선순위|优先/i,
  // "| What | Who | When | State |": "When" alone is when it is due.
  due: /\b(due|deadline|eta|target|by when|date|frist|fällig\w*|termin|bis wann|date limite|fecha|prazo|scadenza|data)\b|(?:^|\s)échéance|^\W*(?:when|until|wanneer|wann|quand|cu[aá]ndo|bis)\W*$|期限|期日|기한|마감|截止|(?:^|\s)(?:tenggat(?: waktu)?|batas waktu|target selesai|hạn(?: chót)?|thời hạn|срок|дедлайн|määräaika|takaraja|klart senast|senast|slutdatum|son tarih)(?![\p{L}])/iu,
  status: /\b(status|state|done|progress|statut|estado|estatus|stato)\b|(?:^|\s)(?:état|situa[çc][ãa]o|situaci[óo]n)|状態|状況|ステータス|進捗|상태|진행|状态|状况|(?:^|\s)(?:trạng thái|статус|состояние|tila|durum)(?![\p{L}])/iu,
  ticket: /\b(ticket|bug|issue|jira|link|tracking|tracker|referanse)\b|^\s*bug\s*#\s*$/i,
};

/** Action items from tables (in an action-items section, or anywhere with Action and Owner columns) and bullets. */
export function findActionItems(index: DocumentIndex, sections: Section[], grids: Grid[]): ActionItem[] {
  const comments = commentStarts(index);
  const bodies = actionBodies(sections, comments, comments.length === 0 ? [] : index.listItems.map((item) => offsetsOf(item)[0]));
  const inActionSection = (offset: number) => bodies.some(([from, to]) => offset >= from && offset < to);
  const inTimeline = (offset: number) => sections.some((s) => s.kind === 'timeline' && offset >= s.bodyStart && offset < s.bodyEnd);
  const tables = new Map<Grid, Columns>();
  for (const grid of grids) {
    // "| Time | What happened | Who |" under the timeline: events and who did them, not actions and owners; a table
    // under "Status of previous action items": earlier post-mortems' actions.
    if (!inActionSection(grid.start) && (inTimeline(grid.start) || EARLIER_ITEMS.test(headingAbove(index, grid.start)?.text ?? ''))) continue;
    const columns = actionColumns(grid, inActionSection(grid.start));
    if (columns) tables.set(grid, columns);
  }
  const byTable = finish(readRowsPerPiece(index, tables, TABLE_ITEMS, (row, columns, origin) => tableItem(index.text, row, columns, origin), shiftedItem));
  const items = concatenated(byTable.values());
  const titled = titledFieldItems(index, inActionSection);
  items.push(...titled.items, ...headedFieldItems(index, inActionSection));
  items.push(...bulletItems(index, index.listItems.filter((item) => inActionSection(offsetsOf(item)[0]) && !titled.fields.has(item))));
  items.push(...markedItems(index, inActionSection));
  items.push(...fieldedParagraphItems(index, sections));
  items.push(...introducedItems(index, sections, inActionSection));
  items.push(...todoLineItems(index, inActionSection, proseItems(index, bodies, items)));
  const folded = foldedNotes(index);
  const kept = folded.length > 0 ? items.filter((item) => !folded.some(([from, to]) => item.start >= from && item.start < to)) : items;
  return withDueDatesSettled(kept).sort((a, b) => a.start - b.start);
}

const holdsWork = (section: Section) => section.kind === 'action-items' || section.also.includes('action-items');

/** What happened and what it did, never a group of work. */
const TOLD_NOT_WORK: ReadonlySet<SectionKind> = new Set(['summary', 'timeline', 'impact', 'lessons-learned']);
/** Sections that tell what happened and why, which never group the work to do. */
const NARRATIVE_KINDS: ReadonlySet<SectionKind> = new Set(['summary', 'timeline', 'impact', 'root-cause', 'five-whys', 'contributing-factors', 'lessons-learned', 'related-incidents', 'supporting-information', 'acknowledgments', 'sign-off', 'appendix']);

/**
 * Where the action items are: the action-items sections' bodies, less the sub-sections that tell the story when the
 * heading is an umbrella over several parts ("## What happened, and what we're doing about it" over "### What you
 * saw" and "### What's next"; "## Summary and follow-ups"). Under a plain "## Action items", sub-headings group the
 * work ("### Detection", "### Root cause") and stay in, unless beside a group of work they tell what happened.
 * In a thread pasted from an issue tracker, the work ends where the comment after its first item opens ("**@jpatel**
 * commented").
 */
function actionBodies(sections: Section[], comments: readonly number[], itemStarts: readonly number[]): (readonly [number, number])[] {
  return sections.filter(holdsWork).flatMap((parent) => {
    const inside = sections.filter((s) => s !== parent && s.depth !== undefined && parent.depth !== undefined && s.depth > parent.depth && s.nameStart >= parent.bodyStart && s.nameStart < parent.bodyEnd);
    const umbrella = parent.kind !== 'action-items' || inside.some(holdsWork);
    // Under a heading that is itself the action items, the work may be grouped by cause or metric ("### Root cause").
    const told = parent.kind === 'action-items' ? TOLD_NOT_WORK : NARRATIVE_KINDS;
    const story = umbrella ? inside.filter((s) => !holdsWork(s) && told.has(s.kind)) : [];
    const bodies: [number, number][] = [];
    let from = parent.bodyStart;
    for (const part of story) {
      if (part.nameStart > from) bodies.push([from, part.nameStart]);
      from = Math.max(from, part.bodyEnd);
    }
    if (from < parent.bodyEnd) bodies.push([from, parent.bodyEnd]);
    const firstItem = itemStarts[firstStartingAt(itemStarts, parent.bodyStart, (at) => at)];
    const nextComment = firstItem === undefined ? undefined : comments.find((comment) => comment > firstItem && comment < parent.bodyEnd);
    return nextComment === undefined ? bodies : bodies.filter(([start]) => start < nextComment).map(([start, end]) => [start, Math.min(end, nextComment)] as const);
  });
}

/**
 * "11/06/2026" beside "10/22/2026" and "03/31/2027": due dates either way round are read the way the items' other
 * dates can only be read. Copies only the items it settles (the readings are shared between versions).
 */
function withDueDatesSettled(items: ActionItem[]): ActionItem[] {
  if (!items.some((item) => item.dueDate?.dayMonthAmbiguous)) return items;
  let [monthFirst, dayFirst] = [0, 0];
  for (const { dueDate } of items) if (dueDate && !dueDate.dayMonthAmbiguous && dueDate.monthFirst !== undefined) dueDate.monthFirst ? monthFirst++ : dayFirst++;
  if (monthFirst <= dayFirst) return items;
  return items.map((item) => (item.dueDate?.dayMonthAmbiguous ? { ...item, dueDate: settleDayMonth(item.dueDate, true) } : item));
}

/** What a folded block's summary calls work to do: "<summary>Action items</summary>", "Follow-ups". */
const WORK_SUMMARY = /\b(?:actions?|follow[- ]?ups?|to-?dos?|tasks?|remediation|next steps)\b/i;

/**
 * The blocks folded away under a summary that is not work to do ("<details><summary>Notes from the review
 * meeting</summary>", as Notion exports a toggle): their bullets are notes, not action items.
 */
function foldedNotes(index: DocumentIndex): [number, number][] {
  const folded: [number, number][] = [];
  const open: { start: number; notes: boolean }[] = [];
  for (const html of index.htmls) {
    const start = offsetsOf(html)[0];
    for (const tag of matchesOf(/<(\/?)details\b[^>]*>/gi, html.value)) {
      if (!tag[1]) {
        const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(html.value.slice(tag.index))?.[1] ?? '';
        open.push({ start: start + tag.index, notes: !WORK_SUMMARY.test(summary) });
      } else {
        const opened = open.pop();
        if (opened?.notes) folded.push([opened.start, start + tag.index]);
      }
    }
  }
  return folded;
}

const EARLIER_ITEMS = /\b(?:previous|prior|earlier|past|last)\b/i;

/** Which columns of an action-items table hold what (-1: none): undefined for a table that lists no actions. */
interface Columns {
  action: number;
  owner: number;
  priority: number;
  due: number;
  status: number;
  /** The status column asks whether the item is done ("Done?"): its Y and N are statuses. */
  statusAsksDone: boolean;
  ticket: number;
  used: number[];
  /** Columns that tell how the work stands ("Update (20th Nov)", "Progress", "Notes"). */
  notes: number[];
  /** All of it, as one string. */
  key: string;
}

const NOTES_HEADER = /\b(?:updates?|progress|notes?|comments?|remarks?|latest)\b/i;

/** A column of a table of facts: what each row's figure is. */
const FACTS_HEADER = /^\W*(?:values?|counts?|numbers?|amounts?|totals?|figures?|quantity|qty|metrics?|results?)\W*$/i;

function actionColumns(grid: Grid, inActionSection: boolean): Columns | undefined {
  const headers = grid.header.map((cell) => cell.text);
  if (headers.length === 0) return undefined;
  const column = (kind: keyof typeof COLUMNS, except: number[] = []) => headers.findIndex((h, i) => !except.includes(i) && COLUMNS[kind].test(h));
  const numberColumn = headers.findIndex((h) => COLUMNS.number.test(h));
  // "| Team | Owner |": the person named as owner, over the team.
  const namedOwner = headers.findIndex((h, i) => i !== numberColumn && /^\W*(?:owner|assignee|dri)\W*$/i.test(h));
  // "| Action | R | A | C | I |": a RACI matrix names the one responsible under "R".
  const responsible = headers.some((h) => /^\W*A\W*$/.test(h)) ? headers.findIndex((h) => /^\W*R\W*$/.test(h)) : -1;
  const owner = namedOwner >= 0 ? namedOwner : responsible >= 0 ? responsible : column('owner', [numberColumn]);
  // "| Who | By |": beside an owner's column, "By" is when.
  const dueNamed = column('due', [numberColumn]);
  const due = dueNamed < 0 && owner >= 0 ? headers.findIndex((h) => /^\W*by\W*$/i.test(h)) : dueNamed;
  const status = column('status', [numberColumn, owner, due]);
  const priority = column('priority', [numberColumn, status]);
  const ticket = column('ticket', [numberColumn, owner, due, status, priority]);
  const used = [numberColumn, owner, due, status, priority, ticket];
  let action = column('action', used);
  // "| Measure | Value |" holding counts, under "Customer impact and remediation": figures for the record, not work.
  const facts = used.every((i) => i < 0) && headers.some((h) => FACTS_HEADER.test(h));
  if (action < 0 && inActionSection && !facts) action = headers.findIndex((_, i) => !used.includes(i));
  // Outside an action-items section, only a table that is plainly one counts (an action and an owner column), not a
  // timeline's ("| Time | Team | Person | What happened |").
  if (action < 0 || (!inActionSection && (owner < 0 || headers.some((h) => /^\W*(?:time|timestamp)\b/i.test(h))))) return undefined;
  // "| Done? |" answered Y or N.
  const statusAsksDone = status >= 0 && /^\W*(?:done|completed?|closed|fixed)\s*\?\W*$/i.test(headers[status]);
  const notes = headers.flatMap((h, i) => (i !== action && !used.includes(i) && NOTES_HEADER.test(h) ? [i] : []));
  return { action, owner, priority, due, status, statusAsksDone, ticket, used, notes, key: `${action},${used.join(',')},${statusAsksDone},${notes.join(',')}` };
}

/** The answer in a "Done?" column: yes is done, no is still to do. */
function answeredKind(text: string): ActionStatus | undefined {
  return /^\W*(?:y|yes|ja|oui|sí|si|sim)\W*$/i.test(text) ? 'done' : /^\W*(?:n|no|nein|non|não|nao)\W*$/i.test(text) ? 'planned' : undefined;
}

// Each piece's action-items table rows' items, relative to the piece's start.
const TABLE_ITEMS = new RowMemos<ActionItem>();

/** An action-items table row's item, its offsets less `origin`; none for a blank row or a line pasted under the table. */
function tableItem(source: string, row: GridRow, columns: Columns, origin: number): ActionItem | undefined {
  const cell = (column: number): Located | undefined => (column >= 0 && row.cells[column]?.text ? moved(row.cells[column], -origin) : undefined);
  const filled = row.cells.filter((c) => c.text !== '').length;
  const action = cell(columns.action);
  // Blank template rows, lines pasted under the table (no cell borders) and group labels ("| **Short term** | | |")
  // are not items; an action whose other cells were left empty is one, with no owner.
  if (!action || (filled < 2 && (!source.slice(row.start, row.end).includes('|') || GROUP_LABEL.test(source.slice(row.cells[columns.action].start, row.cells[columns.action].end))))) return undefined;
  // "| Time to detect | 18 min (8:47 → 9:05) |" under the action items: a figure for the record, not work to do; nor is
  // the template's own row ("| <action> | <owner> |", "| [Action] | [Owner] |"), a placeholder left in, not an item.
  if (FIGURE_KEY.test(action.text) || TEMPLATE_ACTION.test(action.text)) return undefined;
  // "| A5 | *Add further actions as required* | | | |": the template's guidance, in italics, on a row left otherwise blank.
  if (filled <= 2 && /^(?:\*(?!\*)|_(?!_))[^\n]*(?<![*_])[*_]$/.test(source.slice(row.cells[columns.action].start, row.cells[columns.action].end).trim())) return undefined;
  const due = cell(columns.due);
  // Without a status column, a cell of another column ("Notes") holding nothing but a status word is the status;
  // "| n/a **DONE** |" in a Bug column (the SRE book's table): a status marker in capitals, in any cell but the action's.
  const statusCell =
    columns.status < 0
      ? (row.cells.find((c, i) => !columns.used.includes(i) && i !== columns.action && (STATUS_CELL.test(c.text) || (columns.notes.includes(i) && DONE_THEN_NOTE.test(c.text)))) ?? markerCell(source, row.cells.filter((_, i) => i !== columns.action)))
      : undefined;
  // "| Done (2025-10-07) |" in the Target column: done, on that day.
  const doneOnDue = columns.status < 0 && due && /^(?:done|completed?|closed|fixed|shipped|resolved)\b/i.test(due.text) ? due : undefined;
  const status = cell(columns.status) ?? (statusCell && moved(statusCell, -origin)) ?? doneOnDue;
  const dueRead = due ? dueDateRead(due.text) : undefined;
  const ownerCell = cell(columns.owner);
  const owner = meaningful(ownerCell);
  // "| None | | |": nothing to do; "| None | @priya | 2024-09-15 |" is someone's work, whatever it is called.
  if (NOTHING_TO_DO.test(action.text) && !owner && !meaningful(due)) return undefined;
  return {
    form: 'table',
    start: row.start - origin,
    end: row.end - origin,
    action,
    owner,
    priority: meaningful(cell(columns.priority)),
    // "| done |" in the Due column is the status, not when it is due.
    due: doneOnDue && !dueRead?.date ? undefined : meaningful(due),
    dueDate: dueRead?.invalid ? undefined : dueRead?.date,
    dueInvalid: dueRead?.invalid ?? false,
    status: meaningful(status),
    statusKind: status ? ((columns.statusAsksDone ? answeredKind(status.text) : undefined) ?? statusKindOf(status.text)) : undefined,
    ticket: cell(columns.ticket)?.text,
    hasOwnerColumn: columns.owner >= 0,
    ownerColumn: columns.owner,
    hasDueColumn: columns.due >= 0,
    ownerUnfilled: owner ? undefined : ownerCell,
    dueUnfilled: meaningful(due) ? undefined : due,
  };
}

function moved(value: Located, by: number): Located {
  return { text: value.text, start: value.start + by, end: value.end + by };
}

/** A copy of an item, moved by `by` characters (written out: a spread is slower). */
function shiftedItem(item: ActionItem, by: number): ActionItem {
  return {
    form: item.form,
    start: item.start + by,
    end: item.end + by,
    action: moved(item.action, by),
    owner: item.owner && moved(item.owner, by),
    priority: item.priority && moved(item.priority, by),
    due: item.due && moved(item.due, by),
    dueDate: item.dueDate,
    dueInvalid: item.dueInvalid,
    status: item.status && moved(item.status, by),
    statusKind: item.statusKind,
    ticket: item.ticket,
    hasOwnerColumn: item.hasOwnerColumn,
    ownerColumn: item.ownerColumn,
    hasDueColumn: item.hasDueColumn,
    ownerUnfilled: item.ownerUnfilled && moved(item.ownerUnfilled, by),
    dueUnfilled: item.dueUnfilled && moved(item.dueUnfilled, by),
  };
}

const GROUP_LABEL = /^(?:\*\*|__)[^*_]*(?:\*\*|__):?$|:$|^(?:(?:short|medium|long|near)[- ]term|immediate(?:ly)?|phase \d+|P[0-4]|Q[1-4](?: \d{4})?|now|next|later|(?:high|medium|low)(?: priority)?)$/i;
/** A note after a status that takes it back: "Done – rolled back on 29 Nov, reopened", "(Fixed, pending verification)". */
const NOTE_TAKES_BACK = String.raw`\b(?:pending|partial(?:ly)?|still open|re-?opened|paused|rolled back|reverted|not yet|blocked|waiting)\b`;
const STATUS_CELL = /^(?:✅|⏳|📅|🚧|done|completed?|in progress|planned|todo|blocked|wip|not started|cancelled|canceled)$/iu;
/** "| Done – live since 12th |" in an "Update" or "Notes" column (`notes`): the work reported done, then a word on it. */
const DONE_THEN_NOTE = new RegExp(String.raw`^(?:done|completed?|closed|shipped)\s*(?:[–—;,(]|-\s)(?![^|\n]*${NOTE_TAKES_BACK})`, 'i');
// Or a ticket's state in brackets after it, as the SRE book's Bug column carries it: "VID-9921 (done)", "b/771401 (Fixed)".
const STATUS_MARKER = /(?<![\w-])(DONE|TODO|WIP|IN PROGRESS|BLOCKED|WON['’]T (?:DO|FIX)|WONTFIX|CANCELL?ED|DROPPED)(?![\w-])|(?<=\S\s*\()([Dd]one|[Ff]ixed|[Cc]losed|[Cc]ompleted|[Rr]esolved|[Ii]n [Pp]rogress|[Oo]pen)(?=\))/;

/** The status marker inside a cell ("**TODO**", "VID-9921 (done)"), located at the marker in the source. */
function markerCell(source: string, cells: Located[]): Located | undefined {
  for (const cell of cells) {
    const m = STATUS_MARKER.exec(source.slice(cell.start, cell.end));
    const marker = m?.[1] ?? m?.[2];
    if (m && marker) return { text: marker, start: cell.start + m.index, end: cell.start + m.index + marker.length };
  }
  return undefined;
}

/** An action cell the template left as it was: "<action>", "<!-- action -->", "[Action]", "[Describe the fix]", "TODO". */
const TEMPLATE_ACTION = /^(?:<[^<>]+>|<!--[^>]*-->|\[[A-Za-z][^[\]]{0,60}\]|(?:todo|tbd|tba)\W*)$/i;
/** "-", "—", "n/a", "TBD", "?" in a cell mean nobody / nothing yet. */
// "<owner>": the template's prompt, left in.
// "| <!-- owner --> |": a template's comment where the value goes.
// "A definir", "por definir", "N.N.", "k.A.", "n.t.b.": the same in Portuguese, Spanish, German and Dutch.
// "to be confirmed (the support team or the vendor)": nobody yet, whatever it says after.
const NOBODY_YET = /^[[(]?(?:to be (?:confirmed|decided|determined|defined|agreed|assigned|appointed|named|identified|allocated|found)\b[\s\S]*|-+|—|–|n\/?a|none|tbd|tba|tbc|\?+|unassigned|undecided|undetermined|not (?:yet )?(?:assigned|decided)|nobody|<[A-Za-z][A-Za-z _-]{0,29}>|<!--[^>]*-->|(?:a|por) (?:definir|confirmar|asignar)|sin asignar|sin due[ñn]o|sem respons[áa]vel|n\.\s?n\.|n\.t\.b\.?|nader te bepalen|k\.\s?a\.|待定|待分配|无|未定|未定義|誰か|미정)[\])]?$/i;

function meaningful(value: Located | undefined): Located | undefined {
  return value && !NOBODY_YET.test(value.text) ? value : undefined;
}

/**
 * "Owner: TBD directly": a name's second word is capitalised (the pattern ignores case); a lower-case one is prose,
 * except "team" ("Owner: Edge team."). (Both, and the team in brackets after a name, on the name's line.)
 */
function nameOnly(owner: Located | undefined): Located | undefined {
  // A team or role named by its lower-case noun stays whole: "Edge team", "Engineering managers (Sam Ortiz)".
  // A role stays whole too: "Head of Digital Channels Engineering".
  // So does a team with its person in brackets: "Waste services (Kieran Walsh)".
  const second = owner && !/\([A-ZÀ-ÖØ-Þ][^()]*\)$/.test(owner.text) && !NOBODY_YET.test(owner.text) && !ROLE_NAMED.test(owner.text) && FIRST_WORD_BEFORE_PROSE.exec(owner.text);
  if (second) return { text: second[1], start: owner.start, end: owner.start + second[1].length };
  // A name wrapped onto the next line is one name.
  return owner && /\n/.test(owner.text) ? { ...owner, text: owner.text.replace(/\s*\n\s*/, ' ') } : owner;
}

/** "Due: TBD", "deadline: ?": a due date left to be decided. */
const DUE_UNFILLED = /\b(?:due|deadline|eta)(?: date)?[*_]*\s*[:=][*_]*\s*(tbd|tba|\?+|n\/a|none)(?![\w/])/i;

// Explicit markers only: "Owner: Ana", "**Owner:** Ana", "assigned to Ana", "@ana". The word "owners" in prose is not one.
// "TODO(ana): ..." names its owner as code comments do.
// Names in any Latin script ("Léa Dubois", "Ömer Çelik", "Tuấn"; not only ASCII letters, which cut them at the first
// accent) or in Cyrillic ("Сергей").
// A name's later words may wrap onto the item's next line ("Owner: Camille\n  Rousseau, due 2026-06-30", "Owner:
// Pharmacy\n  Operations Manager. Due: ...") when they end the name there, and are no field ("Owner: Ana\n  Status:
// done") nor the start of a sentence ("  See the doc.").
// "O'Connor", "D’Souza": a surname with its prefix.
const NAME_PREFIX = String.raw`(?:[OD]['’](?=[A-Z]))?`;
// "Sven de Groot", "Jan van der Berg", "Ana da Silva", "Ludwig von Trapp": the lower-case particles of a surname, only
// before its capitalised word.
const NAME_PARTICLES = String.raw`(?:(?:de|van|von|der|den|da|di|du|del|della|dos|das|la|le|ten|ter|bin|ibn|al)[ \t]+(?=[a-z]*[ \t]*[A-ZÀ-ÖØ-Þ])){0,3}`;
// An owner's first word, when a lower-case word after it starts prose rather than continuing the name (not "tiimi
// maksut", "team platform": a team's word before its name).
const FIRST_WORD_BEFORE_PROSE = new RegExp(String.raw`^(?!(?:tiimi|team|squad)\s)(\S+)\s+(?!(?:team|squad|group|guild|area|department|unit|division|office|leads?|managers?|engineers?|on-?call|of)\b)(?!${NAME_PARTICLES}[A-ZÀ-ÖØ-Þ])[a-z]`);
const SECOND_NAME = String.raw`${NAME_PARTICLES}${NAME_PREFIX}[A-ZÀ-ÖØ-ÞĀ-žА-ЯЁ](?:[\wÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFFА-яЁё.-]*[\wÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFFА-яЁё])?`;
// "Property &\n  Facilities", "Dr S.\n  Nguyen": a name wrapped after its "&" or an initial.
// "Mr. S. Iyer", "Dr. Okafor": a title before the name (with its dot: "Dr S.\n Nguyen" is read as written).
// "I&C Supervisor", "AT&T Account Manager": an ampersand joins the initials of one name.
const NAME_WORDS = String.raw`@?(?:(?:Mr|Mrs|Ms|Dr|Prof|Shri|Smt)\.[ \t]+)?(?:[A-ZÀ-ÖØ-Þ]\.[ \t]?){0,2}${NAME_PREFIX}[A-Za-zÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFFА-яЁё](?:[\wÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFFА-яЁё.-]*[\wÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFFА-яЁё])?(?:&[A-Z][A-Za-z]*)?(?:(?:[ \t]+[A-ZÀ-ÖØ-Þ]\.[ \t]*\n[ \t]*${SECOND_NAME}|[ \t]+(?:&(?:[ \t]+|[ \t]*\n[ \t]*))?(?!(?:due|status|priority|eta|target|ticket|done|by|deadline|rag)\b)${SECOND_NAME}){1,4}|[ \t]*\n[ \t]*(?!(?:due|status|priority|eta|target|ticket|done|owner|by)\b)${SECOND_NAME}(?:[ \t]+(?:(?:of|and|&)[ \t]+)?${SECOND_NAME}){0,2}(?=[ \t]*(?:[,;(]|\.(?:\s|$)|\n|$)))?`;
const OWNER_MARKED = new RegExp(
  String.raw`(?:\b(?:owners?|assignee|responsible(?: officer| person| party)?|(?:person|people|team) in charge|responsibility|dri|opr|eigenaar|responsabile|responsable|porteur|respons[aá]vel|verantwortlich)|(?<![а-яёА-ЯЁ])(?:[Оо]тв\.?|[Оо]тветственн[а-яё]*|[Ии]сполнитель))[*_]*\s*(?:[:=]|\s[-–—]\s)[*_]*\s*(${NAME_WORDS}(?:[ \t]*\([^)\n]*\))?)|\bassigned to[*_]*\s*[:=]?[*_]*\s+(${NAME_WORDS})|\bTODO\((@?[A-Za-z][\w.-]*)\)`,
  'i',
);
/** "... + git -> @kuba, by Fri 26.09", "\n  -> Anna N., from next upgrade": an arrow handing the item to its owner. */
const ARROW_OWNER = /(?:^|\s)(?:->|→)[ \t]*(@[\w.-]*\w|[A-Z][a-zà-ÿ]+(?: [A-Z](?:[a-zà-ÿ]+|\.))?)(?=[ \t]*(?:$|\n|,[ \t]*(?:by|due|from|before|until|next|this|end|EO[DWMQY]|Q[1-4]|\d)))/;
// "— owner pnair —": a lower-case handle as the field's whole value, between dashes or closing the line; not the
// word's use in a phrase ("— owner approval needed").
const LOWER_HANDLE = String.raw`(?!(?:tbd|tbc|tba|n\.?a\.?|needed|required|unknown|unclear|missing|none|nobody|pending|open|vacant|same|various|later|soon|decision|approval|review|sign-?off|buy-?in|someone|somebody|anyone|everyone|all|each|any|team|the|an?|is|are|was|will|would|should|must|needs?|assigned|unassigned|me|we|us|it|they|you|of|for|to|and|or)(?![\w.-]))[a-z][a-z0-9._-]{1,30}(?=[ \t]*(?:[—–,;|]|[ \t]-[ \t]|$))`;
// "— owner A. Ferri", "— owner Customer Success (E. Marino), due ...": the word without its colon, after a dash or comma.
const OWNER_AFTER_DASH = new RegExp(String.raw`(?:[—–,;(]|\s-)\s*[Oo]wner(?:[ \t]+|[ \t]*\n[ \t]*)(<[A-Za-z][A-Za-z _-]{0,29}>|${LOWER_HANDLE}|(?:[A-ZÀ-ÖØ-Þ]\.[ \t]?){0,2}[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFFА-яЁё.'-]*(?:[ \t]+${NAME_PARTICLES}[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFFА-яЁё'-]*)?(?:[ \t]*\([^)\n]*\))?)`);
// "@Ravi Menon Due: March 20": a mention as Notion and Confluence export it, the person's full name after the "@".
// Not whom the work asks ("Ask @dmitri whether ...", "Check with @bo if ..."): a handle right after the item opens so is
// the work's ("Automate the reminder email @jo" still names its owner).
const ASKED = String.raw`^(?:\[[ xX]?\][ \t]*)?[\s*_]*(?:[Aa]sks?|[Pp]ing|[Tt]ell|[Rr]emind|[Ee]mail|[Cc]onsult|[Tt]hank|[Cc]heck with|[Tt]alk to|[Ss]peak (?:to|with))`;
const HANDLE = new RegExp(String.raw`(?<!${ASKED})(?:^|[\s(*_])(@[A-Za-zÀ-ÖØ-öø-ÿ][\wÀ-ÖØ-öø-ÿ.-]*(?:[ \t][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?=[ \t]*(?:$|\n|[,;(—–]|[ \t](?:[Dd]ue|[Bb]y|ETA|[Ff]ällig)\b)))?)`);
// A name (or a team) closing the item's first line: after a dash ("... on more than one index — Reza (payments-infra)",
// "... – Waste services (Kieran Walsh) – 19 August 2026",
// "... — Marco, by June 20", "... — Raj Patel — due 2027-01-31", "... — Amara — 2026-12-11"); after the action's
// full stop, before when it is due or was done ("... more than 30 min. Sofia, due 2026-07-10"); or in brackets ("...
// addon list (Ola)", "... not the index (Mehmet) — by end of Feb").
const CAPITALISED = String.raw`[A-ZÀ-ÖØ-ÞĀ-žА-ЯЁ][\wÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFFА-яЁё.'-]*`;
// A name in brackets is a word, not an acronym ("(API)", "(EU)").
const NAME_WORD = String.raw`[A-ZÀ-ÖØ-ÞĀ-žА-ЯЁ][a-zà-öø-ÿ\u1E00-\u1EFFа-яё][\wÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFFА-яЁё'-]*`;
// A one-word name in lower case, as a solo maintainer or a small team writes it ("— me —", "— sam", "- jo - by ...",
// a chat handle without its "@": "— sam.o, done Nov 17"), not a status or a word of the work.
const LOWER_CASE_NAME = String.raw`(?!(?:done|todo|wip|open|planned|later|soon|tbd|tba|tbc|asap|none|ongoing|pending|blocked|maybe|optional|unassigned|nobody|someone|anyone|everyone|all|both|us|we|them|it|this|that|in|by|due|until|before|after|the|a|an|and|or|to|for|of|on|with|fixed|closed|completed|cancelled|canceled|dropped|skipped|next|now|q[1-4]|p[0-4])\b)[a-z][a-z'-]{1,15}(?:\.[a-z][a-z'-]{0,15})?`;
// A month as written after an owner ("— Jess, Nov 18 (done)"); no group, so the owner regex keeps its groups.
const CAPITAL_MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;
// When an item is due, in words that open its due field: "— EOW", "— this weekend", "— by Friday".
// In German too: "— Katrin, diese Woche", "— Jonas, Freitag".
const WHEN_WORD = String.raw`[Tt]his|[Nn]ext|[Tt]oday|[Tt]onight|[Tt]omorrow|EO[DWMQY]|COB|[Ee]nd of|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?= \d)|[Ww]eekend|[Dd]iese[nrs]? Woche|[Nn]ächste[nrs]? Woche|[Hh]eute|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch`;
// "... list of HELD jobs (Batch Ops shift lead)", "... once lag < 1 min (data-eng)": a role or a team's handle in brackets.
const BRACKETED_ROLE = String.raw`(?:[A-Z][\w-]*\s+){1,3}(?:shift\s+)?(?:lead|manager|on-?call)|[a-z]+-(?:eng|ops|team|sre|infra|platform|oncall)|[a-z][a-z-]+ team`;
// "... the rollback. Verified. Done.": a sentence of one word that tells how the work went, not who did it.
const STATUS_PARTICIPLE = String.raw`(?:Verified|Tested|Confirmed|Approved|Agreed|Merged|Deployed|Shipped|Fixed|Released|Reviewed|Completed|Closed|Resolved|Started|Scheduled|Planned|Assigned|Accepted|Rejected|Deferred|Postponed|Finished|Delivered|Documented)\b`;
// What a person is handed to do: talk to someone, chase, write, review; not what a system is to do ("keep", "fire").
const ERRAND = String.raw`(?:talk|speak|ask|raise|chase|contact|email|call|follow up|check with|confirm|write|draft|review|audit|schedule|book|coordinate|organi[sz]e|propose|share|send|update|own|lead|look into|look at|find out|investigate|set up|arrange)`;
// A month alone, as a due after an owner: "— Ben, in November", "— Carla, November 2026", "— Gil, mid-December".
const MONTH_ONLY_WHEN = String.raw`(?:[Ii]n |(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])${CAPITAL_MONTH}(?![a-z])|${CAPITAL_MONTH} (?:19|20)\d{2}\b`;
// What may follow an owner closing the line: when it is due or its state ("— Marco, by June 20", "— Joel, waiting on
// vendor"), after a full name
// its team too ("— Gareth Hughes, Platform. Completed 28 October").
// "by", "deadline", "next week" or "in progress" in the languages whose items write the owner, then when: "— team Data —
// entro il 20/12", "— Equipa Dados — até fim de agosto", "– Team Plattform, før neste oppgradering", "frist 16.05",
// "innen 30.04", "senast 3/4", "— Dani Sánchez — próxima semana", "— Laura Vidal (jefa de equipo) — en la próxima reunión".
const FOREIGN_BY = String.raw`[Ee]ntro|[Pp]rima d[ei]|[Aa]t[ée] (?=\S)|[Aa]ntes d[eo]|[Hh]asta|[Aa]vant|[Ii]nnen|[Ii]nden|[Uu]ge(?= \d)|[Uu]ke(?= \d)|[Ff]rist|[Ff]ør|[Ss]enast|[Ff]öre|[Uu]iterlijk|[Vv][óo]{1,2}r(?= \d)|[Ee]ind(?= [a-zA-Z])|[Ww]eek(?= \d)|[Pp]r[óo]xim[oa]|[Pp]rossim[oa]|[Ee]st[ae] (?:semana|mes|sprint)|[Qq]uest[ao] (?:settimana|mese|sprint)|[Ee]n (?:la|el) pr[óo]xim[oa]|[Pp]ara (?:el|la|fin)|[Ff]in(?:ales)? de|[Ff]im de|[Ff]ine (?:di|del|mese)|[Ee]n curso|[Pp]endiente|[Ee]nde|[Aa]nfang|[Mm]itte`;
const OWNER_THEN_WHEN = String.raw`(?:DONE|OPEN|CLOSED|BLOCKED|IN PROGRESS|[Dd]ue|[Bb]y|${FOREIGN_BY}|[Ww]\/[Cc](?= \d)|[Ww]eek (?:of|commencing)|[Ww](?:ee)?k ?\d{1,2}|W\d{1,2}|[Bb]is|KW|until|before|ETA|[Tt]arget|[Dd]one|[Cc]ompleted|[Cc]losed|[Ii]n progress|[Oo]pen|[Pp]lanned|[Bb]locked|[Ww]aiting (?:on|for)|[Ss]tarting|[Oo]ngoing|TODO|WIP|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,? \d{1,2}\.\d{1,2}\b|${CAPITAL_MONTH} \d{1,2}|\d{1,2} ${CAPITAL_MONTH}|${MONTH_ONLY_WHEN}|${WHEN_WORD}|[Ee]nd (?:of )?[QH][1-4]|[QH][1-4]|P[0-4]|TB[CDA]|[A-Z]{2,}-?\d{3,})`;
// "Consortium service desk manager", "Libris integration team": a team or role, named in lower-case words after its first.
const ROLE_WORDS = String.raw`(?: (?!(?:the|a|an|our|their|this|that|to|for|with|and|or|of|in|on|by|via|new|every|each|all|any|some|more|second|another)\b)[a-z][a-z-]+){0,3} (?:team|manager|lead|officer|coordinator|administrator|supervisor|desk|group|squad|department)`;
// The work, not who does it: "- Notify customer support team", "— Appoint incident coordinator — by ...".
// Not words that also open a team's name ("Contact centre manager", "Test automation team", "Alert routing team").
const IMPERATIVE_WORD = String.raw`(?:Add|Agree|Align|Appoint|Arrange|Ask|Assign|Brief|Build|Chase|Confirm|Consult|Coordinate|Create|Define|Engage|Escalate|Establish|Expand|Get|Give|Hire|Improve|Include|Inform|Introduce|Invite|Involve|Make|Move|Nominate|Notify|Onboard|Organi[sz]e|Ping|Propose|Publish|Recruit|Remind|Remove|Reorgani[sz]e|Replace|Review|Rotate|Schedule|Send|Set|Share|Split|Talk|Tell|Update|Warn|Write)`;
// "— DONE", "— BLOCKED": the work's state in capitals, no one's name.
const STATUS_IN_CAPITALS = String.raw`(?:DONE|OPEN|CLOSED|BLOCKED|TBD|TODO|WIP|PLANNED|ONGOING|PENDING|COMPLETE|COMPLETED|CANCELL?ED|FIXED|VERIFIED|IN PROGRESS)`;
const ROLE_NAMED = new RegExp(String.raw`^\S+${ROLE_WORDS}(?:,? via .*)?$`);
/** A weekday's name, whole ("Fri", "Friday"; not "MongoDB"), in any case where the pattern ignores it. */
const WEEKDAY_WORD = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thur?s?|fri|sat|sun)\.?`;
const WEEKDAY_BEFORE_DAY = new RegExp(String.raw`^\s*${WEEKDAY_WORD},?\s+(?=\d{1,2}\/\d{1,2}(?![/\d]))`, 'i');
// "Fri 11/12": a weekday, then its day and month.
const WEEKDAY_THEN_DAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.?,?[ \t]+\d{1,2}\/\d{1,2}(?![/\d]|['’]s)`;
// "— Dan by Fri 11/12", "— Sam by Friday": the owner closing the line, then the day, joined by "by" or "due" alone (not
// "— Postgres by Q3").
// "– NetOps – Q2", "– SRE – 2025-04-14": a team's short name alone, before when.
// "— squad Risco", "— equipe Pagamentos", "— Equipa Dados", "— tiimi maksut", "— team platform", "– Team Plattform,": a team
// named after its word, as Portuguese, Spanish, Finnish and Norwegian write it (in lower case only a team's usual name:
// "— team wiki" is a topic).
const TRAILING_OWNER = new RegExp(
  String.raw`\s(?:[—–]|--?(?=\s))\s+(?:\*\*|__|[*_])?(@[A-Za-z][\w.-]*[\w]|(?:ich selbst|(?:[Ss]quad|[Tt]eam|[Tt]iimi|[Ee]quipe|[Ee]quipa|[Ee]quipo|[Tt]ribe)[ \t]+[A-Z][\wÀ-ÿ-]*(?: [A-Z][\wÀ-ÿ-]*)?|tiimi[ \t]+[a-zäö][\wäö-]{2,20}|(?:team|squad)[ \t]+(?:platform|payments|infra|infrastructure|data|sre|mobile|web|backend|frontend|security|ops|network|networking|identity|billing|core|api|devops|dba|qa|search|growth|checkout|auth|storage|database|observability|reliability|support)|(?:SRE|DBA|NOC|SOC|QA|[A-Z][a-z]+Ops)(?=[ \t]+[—–][ \t]+\S))(?=[ \t*_.]*$|[ \t]*[—–,;])|${CAPITALISED}(?: [a-z][a-z-]+){1,2}[ \t]*\(${NAME_WORD}(?: ${NAME_WORD})?\)|${CAPITALISED}(?: ${CAPITALISED}){1,4} (?:Leader|Lead|Manager|Officer|Director|Coordinator|Administrator|Supervisor|Controller)|(?!${IMPERATIVE_WORD}\b)${CAPITALISED}${ROLE_WORDS}(?:,? via ${CAPITALISED}(?: ${CAPITALISED})?)?(?=[ \t]*(?:(?:[,;]|[—–]|--?(?=\s))[ \t]*${OWNER_THEN_WHEN}\b|[*_.]*[ \t]*$))|(?!${STATUS_IN_CAPITALS}\b|${STATUS_PARTICIPLE})@?${CAPITALISED}(?: {1,8}${NAME_PARTICLES}${CAPITALISED}){0,3}(?:(?: ?\/ ?|[ \t]+(?:[+&]|with)[ \t]+)(?:${CAPITALISED}(?: ${CAPITALISED})?|[a-z][a-z-]+ team\b|[a-z][a-z-]+-team(?:et)?\b))?(?: team)?(?: lead)?|${LOWER_CASE_NAME}(?:[ \t]+[+&][ \t]+${LOWER_CASE_NAME})?(?: team)?|\[(?:TBD|TBA|TBC)\])(?:\*\*|__|[*_])?(?=(?<=\s${NAME_WORD} ${NAME_WORD}),[ \t]*${CAPITALISED}(?: ${CAPITALISED}){0,2}[ \t]*(?:[,;.]|\s[—–])[ \t]*${OWNER_THEN_WHEN}\b[^\n]*$|\s*(?:\([^()\n]{1,40}\)(?:\*\*|__)?)?(?:[ \t]+(?:with|(?:zusammen )?mit(?: de[rmn])?|avec|con|com) (?:(?:the )?(?:support|help) (?:of|from) )?${CAPITALISED}(?: ${CAPITALISED})?)?\s*(?:(?:[,;.]|\s[—–]|\s--?(?=\s))\s*(?:(?:[a-z][a-z-]+(?: [a-z][a-z-]+){0,2},[ \t]*)?${OWNER_THEN_WHEN}\b[^\n]*)?|[ \t]+(?:[Bb]y|[Dd]ue)[ \t]+(?=${WEEKDAY_THEN_DAY}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}[/.]\d{1,2}\b)[^\n]*)?$)` +
    // "... keep a list of the ones that cannot be automated. Ben Okoro, by Friday 30 January 2026.": the name after
    // the work's last sentence, then when.
    // "... over 1M MAU. Priya. Due 2024-06-28.", "... (cache-3). Ben. Done during the incident.", "... earlier). Daniel,
    // Oct 4.": or as a sentence of its own, or with the date alone. "Identity team, this week", "Network Engineering and
    // the Windows team, suspense 30 April" (a due date, as the US military writes it): a team.
    String.raw`|(?<=[.!?])\s+(?:\*\*|__)?(?!${STATUS_PARTICIPLE}|(?:The|This|That|Our|Their|A|An) team\b)(${NAME_WORD}(?: ${NAME_WORD})?(?: (?:and|&) (?:the )?${NAME_WORD}(?: ${NAME_WORD})?)?(?: team)?)(?:\*\*|__)?(?=\s*(?:,\s*(?:[Dd]ue\b(?!\s+to\b)|[Ss]uspense\b|[Dd]one\b|[Cc]ompleted\b|[Bb]y\s+(?:${WHEN_WORD}|\d|${CAPITAL_MONTH})|(?:[Nn]ext|[Tt]his) (?:sprint|week|month|quarter)\b|[Ee]nd of (?:the )?(?:week|month|sprint|quarter|${CAPITAL_MONTH})\b|${CAPITAL_MONTH} \d{1,2}\b|\d{1,2} ${CAPITAL_MONTH}|\d{4}-\d{1,2}-\d{1,2}\b)|\.\s+(?:[Dd]ue\b(?!\s+to\b)|[Dd]one\b|[Cc]ompleted\b|[Ii]n (?:review|progress)\b|[Bb]y\s+(?:${WHEN_WORD}|\d|${CAPITAL_MONTH})))[^\n]*$)` +
    // "... (Johanna, support lead)", "(Vendor B, no date yet)", "(Sofia, done 7 Nov)", "(Dave, starting April)": the
    // name, then its role or what is known of when.
    // "... - Infra (J. Novak) - 12/06": the name with its initial, then the date alone; "(Maya / Callum)": two names.
    String.raw`|\s\((${NAME_WORD}(?: ${NAME_WORD})?(?:[ \t]*[/&+][ \t]*${NAME_WORD}(?: ${NAME_WORD})?)?|[A-Z]\.[ \t]?${NAME_WORD}|${BRACKETED_ROLE}|me)(?:,[ \t]*(?:(?:[a-z][\w-]*[ \t]+){0,3}(?:lead|manager|owner|engineer|on-?call|team)|no (?:due )?date(?: yet)?|done\b[^()\n]{0,30}|(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?[ \t]+)?\d{1,2}[/.]\d{1,2}\.?(?:\d{2,4})?|ongoing|starting (?:${CAPITAL_MONTH}|next|Q[1-4])[^()\n]{0,20}|next (?:week|sprint|month|quarter)))?\)(?=[ \t]*(?:[—–,;-][ \t]*(?:(?:[Dd]ue|[Bb]y|until|before|ETA|[Tt]arget)\b|\d{1,2}[/.]\d{1,2}\b|\d{4}-\d{1,2}-\d{1,2}\b|${CAPITAL_MONTH} \d{1,2}\b|\d{1,2} ${CAPITAL_MONTH})[^\n]*)?$)` +
    // "... hourly. (Done, Tomás.)", "(Done, me.)", "(done — Marcus)": the status, then who did it.
    String.raw`|\s\((?:[Dd]one|[Cc]ompleted|[Ii]n progress|[Oo]pen|[Pp]lanned|[Ss]hipped)(?:,|[ \t]+[—–-])[ \t]+(${NAME_WORD}(?: ${NAME_WORD})?|me)\.?\)(?=[ \t.]*$)` +
    // "**Alert on grant throughput**: Marco Bianchi, due 2024-02-20": the name after a bold title's colon.
    String.raw`|(?:(?<=\*\*|__)[ \t]*:|:(?:\*\*|__))[ \t]*(@?${NAME_WORD}(?: ${NAME_WORD}){0,3})(?=[ \t]*(?:,[ \t]*(?:[Dd]ue\b(?![ \t]+to\b)|[Dd]one\b|[Bb]y\b|\d{4}-)[^\n]*)?$)` +
    // "... (Sofia to raise with product)", "... - Karan to add to runbook by end of March", "... problem. Siobhán to
    // talk to the desk lead": whom the work is handed to. A sentence opens with a capital whatever its subject ("Redis
    // to keep its default"), so there only a person's errand makes the subject an owner.
    String.raw`|(?:\s(?:\(|[—–-][ \t]+)|(?<=[.;!?](?:\*\*|__)?)\s+(?=\S+(?: \S+)? to ${ERRAND}\b))(${NAME_WORD}(?: ${NAME_WORD})?) to (?!(?:do|be)\b)[a-z]+\b[^\n()]*\)?(?=[ \t.]*$)` +
    // "... to PRN430 – Colin Hurst – needs CAB, raise RFC by 23/10": a full name between dashes (where the line also
    // holds a due date or ticket: trailingOwnerIn).
    String.raw`|\s[—–][ \t]+(${NAME_WORD} ${NAME_WORD})[ \t]+[—–][ \t]+(?=[a-z])` +
    // "... — T333990 (cdanis)": a handle in lower case in brackets after the item's ticket.
    String.raw`|\s(?:[A-Z][A-Z0-9]*-?\d{2,}|#\d+)[ \t]+\((${LOWER_CASE_NAME})\)(?=[ \t]*$)` +
    // "... storage servers. Priya will own this, by end of March.", "Our OT engineer, David Marsh, is implementing this
    // by the end of April.", "Jonas tar dette, innen ...": who takes the work on, in a sentence of its own.
    String.raw`|(?<=[.!?])\s+(?:(?:Our|The|A|An) [a-zA-Z][\w -]{1,40}?,\s+)?(?!(?:The|This|That|It|We|They|He|She|Who|What|Nobody|Nothing|Somebody|Someone|Anyone|Anybody|Everyone|Everybody)\b)(${NAME_WORD}(?: ${NAME_WORD})?),? (?:(?:will own|owns|is owning|will take|has taken|(?:is|will be) (?:implementing|leading|driving|coordinating|taking on)) (?:this|it)\b|tar (?:seg av )?dette\b|tar hand om det(?:ta)?\b|is targeting [^\n.?]{1,30}? for (?:this|it)\b|(?<=[A-Z][A-Za-zÀ-ÿ'-]+ [A-Z][A-Za-zÀ-ÿ'-]+,? )is following up\b)(?![^\n]*\?)[^\n]*$`,
);
/** TRAILING_OWNER's group of a full name between dashes, which only a line with a due date or ticket makes an owner. */
const BETWEEN_DASHES = 7;
/** TRAILING_OWNER's group of a name after the work's last sentence ("... automated. Ben Okoro, by Friday"). */
const AFTER_SENTENCE = 2;
/** TRAILING_OWNER's group of a name in brackets closing the line ("... (Johanna, support lead)"). */
const BRACKETED_NAME = 3;
/** TRAILING_OWNER's group of a name taking the work on in a sentence of its own ("... Priya will own this."). */
const TAKES_IT_ON = 9;
const TRAILING_OWNERS = new RegExp(TRAILING_OWNER.source, 'g');
// A name or names in bold opening an item, then a dash or colon and the work in lower case: "**Owen** — change ...",
// "**Kenji / Payments** — add ...", or "to" and the work ("**Luis** to set ..."). Not a title ("**Monitoring** — add
// alerts", "**Rate-limit reassignments.** If ...").
const LEAD_OWNER = /^(?:\*\*|__)(@?[A-ZÀ-ÖØ-ÞĀ-ž][\wÀ-ÖØ-öø-ÿĀ-ž.'-]*(?: [A-ZÀ-ÖØ-ÞĀ-ž][\wÀ-ÖØ-öø-ÿĀ-ž.'-]*)?(?: ?[/&+] ?@?[A-ZÀ-ÖØ-ÞĀ-ž][\wÀ-ÖØ-öø-ÿĀ-ž.'-]*(?: [A-ZÀ-ÖØ-ÞĀ-ž][\wÀ-ÖØ-öø-ÿĀ-ž.'-]*)?)*)(?:\*\*|__)(?:[ \t]*(?:[—–:]|-(?= ))[ \t]*(?=[a-z]|[A-Z][\w.-]*:\s)|[ \t]+to[ \t]+(?!be\b)(?=[a-z]))/;
// A team in brackets, bold, opening the item: "**[Platform Security]** `ignore-scripts=true` in CI — due 2026-12-12".
const BRACKETED_LEAD_OWNER = /^(?:\*\*|__)\[(@?[A-ZÀ-ÖØ-ÞĀ-ž][\wÀ-ÖØ-öø-ÿĀ-ž.'&/ -]{1,40})\](?:\*\*|__)[ \t]*(?:[—–:][ \t]*)?(?=\S)/;
/** What else a bracket opening an item holds: its priority, status or ticket ("**[P1]**", "**[DONE]**", "**[OPS-12]**"). */
const BRACKETED_TAG = /^(?:P\d|SEV[- ]?\d|TODO|TBD|TBA|TBC|DONE|WIP|OPEN|CLOSED|BLOCKED|NEW|[A-Z][A-Z0-9]+-\d+)$/i;
// The same without bold, as a person's full name: "Lena Hoffmann – require approval for ... – GROW-1201 – due 08.03.2024".
// Only where the line also holds the item's due date or ticket; a title ("Load Testing – add a soak test") is no name.
const PLAIN_LEAD_OWNER = new RegExp(String.raw`^(${NAME_WORD}(?: ${NAME_WORD}){1,2})[ \t]+[—–][ \t]+(?=[a-z])`);
const NOT_A_NAME = /(?:tion|ment|ness|ity|ics|ogy)$|^(?:P\d|[QH][1-4]|W\d{1,2}|SEV|[A-Z]+-\d+|TODO|TBD|Done|Completed|Open|Note|Notes|Critical|Major|Minor|Urgent|High|Medium|Low|Short|Long|Near|Immediate|Next|Later|Now|Follow|Phase|Alerts?|Alerting|Monitoring|Dashboards?|Testing|Tests?|Process|Docs|Documentation|Tooling|Runbooks?|Observability|Security|Infra|Infrastructure|Backups?|Capacity|Metrics|Logging|Automation|Deploys?|Deployment|Config|Configuration|Comms|Communication|Training|Prevention|Detection|Response|Recovery|Mitigation|Remediation|Cleanup|Optional|Ongoing|Stretch|Blocked|Planned|Pending|Proposed|Draft|Recurring|However|Then|Also|Meanwhile|Otherwise|Finally|Afterwards|Currently|Initially|Eventually|Ideally|Separately|Additionally|Everyone|All|Both|EO[DWMQY]|COB|ASAP|Today|Tonight|Tomorrow|Weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December)\b/;
// A team and the person in it who does the work, opening the item: "OT (M. Reyes) – PRB0004471 root cause ...",
// "CS (Maya?) — SLA credit outreach".
// The person as an initial and surname, a full name, or a name asked ("(Maya?)"); not a product ("Payments (Stripe)").
const TEAM_PERSON_LEAD = /^((?:[A-Z][\w&/-]*)(?: [A-Z][\w&/-]*){0,2} \((?:[A-Z]\.[ \t]?[A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+\?)\))[ \t]+[—–-][ \t]+(?=\S)/;
// "Me - add "log level restored" as a check ...": the author, opening the item.
const AUTHOR_LEAD = /^(Me)[ \t]+[—–-][ \t]+(?=\S)/;
// "Camila + Larissa - script for rider comms", "Jenna / Tyler - update the playbook": names joined, then the work.
const JOINED_LEAD_OWNER = new RegExp(String.raw`^(${NAME_WORD}(?:[ \t]*[+&/][ \t]*${NAME_WORD}){1,2})[ \t]+(?:[—–]|-(?=[ \t]))[ \t]+(?=[a-z])`);
function plainLeadOwner(text: string): RegExpExecArray | null {
  const teamPerson = TEAM_PERSON_LEAD.exec(text) ?? AUTHOR_LEAD.exec(text);
  if (teamPerson) return teamPerson;
  const names = (lead: RegExpExecArray) => lead[1].split(/[ \t]*[+&/ ][ \t]*/).every((word) => !NOT_A_NAME.test(word) && !/ing$/.test(word));
  const line = text.split('\n', 1)[0];
  const dated = DUE_IN_TEXT.test(line) || TICKET_IN_TEXT.test(line);
  // Joined by "+" or "&", people; by a slash, as often things ("Redis / Sentinel - bump ..."), so only with a date.
  const joined = JOINED_LEAD_OWNER.exec(text);
  if (joined && names(joined) && (dated || !joined[1].includes('/'))) return joined;
  const lead = PLAIN_LEAD_OWNER.exec(text);
  if (lead && names(lead) && dated) return lead;
  // "Maya — DNS change runbook — next Friday", "Luis — alert after 2 fails — done": a first name, the work, then when
  // or its state, each between dashes.
  const first = FIRST_NAME_LEAD.exec(line);
  const lastField = first ? line.slice(line.search(/[ \t][—–][ \t]+\S[^—–]*$/)) : '';
  return first && names(first) && (DUE_IN_TEXT.test(lastField) || RELATIVE_DUE.test(lastField) || FIELD_DATE.test(lastField) || /^[ \t—–]*(?:done|open|planned|in progress|blocked|wip)\b/i.test(lastField)) ? first : null;
}
const FIRST_NAME_LEAD = new RegExp(String.raw`^(${NAME_WORD})[ \t]+[—–][ \t]+(?=[^\s—–][^\n]*?[ \t][—–][ \t]+\S)`);
/** "Infra team: schedule a failover game day", "Team Payments: add ...": a team and a colon opening the item, before the work. */
const TEAM_COLON_LEAD_OWNER = /^((?!(?:Each|Every|All|Any|Which|Some|No|The|This|That|Your|Our)\b)(?:[A-Z][\w&-]*[ \t]+){1,2}(?:team|squad)|(?:Team|Squad)[ \t]+[A-Z][\w-]*):[ \t]+(?=[a-z])/;
/** What a person did in a document's story, and no tool does ("Femke opened a case"; a tool "went down", "took 3 min"). */
const PERSON_DID = String.raw`(?:opened|sent|called|phoned|rang|e-?mailed|wrote|asked|told|drove|arrived|contacted|escalated|replied|decided|spoke|talked|messaged)`;
/** A role a name follows in apposition: "the on-call engineer, Wouter", "our admin Ana". */
const ROLE_BEFORE_NAME = String.raw`(?:engineer|admin(?:istrator)?|on-?call|colleague|manager|lead)s?`;
/**
 * "Greg: alert to on-call when ...", "Femke + vendor: get ...": a first name and a colon opening the item, before the
 * work in lower case.
 */
const COLON_LEAD_OWNER = new RegExp(String.raw`^(${NAME_WORD}(?: [A-Z]\.?)?(?:[ \t]*[+&][ \t]*(?:${NAME_WORD}|[a-z]+))?):[ \t]+(?=[a-z])`);

/**
 * COLON_LEAD_OWNER's name, when the document names the same person elsewhere as one: writing in a chat ("[1:32 AM] Greg
 * L: on site") or handed an errand ("Greg to give Dave a login"); "Monitoring: add an alert" is a topic.
 */
function colonLeadOwner(text: string, item: string, itemStart: number): RegExpExecArray | null {
  const lead = COLON_LEAD_OWNER.exec(item);
  if (!lead || NOT_A_NAME.test(lead[1]) || /ing$/.test(lead[1])) return null;
  // An owner the item names otherwise ("@jerry", "(Marisol)", "Priya will own this") is the item's.
  if (/@\w|\([A-Z][a-z]+\)|\bwill own\b|\bowner\b/i.test(item)) return null;
  const name = lead[1].split(' ')[0];
  // A writer with a surname or its initial ("[1:32 AM] Greg L: on site"; a bot is "PagerDuty:"), handed an errand,
  // doing what only a person does ("Femke opened a case"; a tool "raised" or "paged"), or named after a role ("the
  // on-call engineer, Wouter").
  const named = new RegExp(String.raw`\][ \t]*${name} [A-Z][A-Za-z]*\.?:[ \t]|(?<![\w-])${name}(?: [A-Z]\.?)?[ \t]+(?:to (?!be\b)[a-z]+|${PERSON_DID}\b)|\b${ROLE_BEFORE_NAME},?[ \t]+${name}\b`, 'g');
  return matchesOf(named, text).some((m) => m.index !== itemStart) ? lead : null;
}

/** An item's bold title, a sentence of its own: "**Alert routing.** ...", "**Scratch docs**: ...". */
const TITLE_SENTENCE = /^(\*\*|__)[^*_\n]{1,100}?[.:!?]\1[ \t]+|^(\*\*|__)[^*_\n]{1,100}?\2[.:][ \t]+/;
// "Gemma will put ...", "**Lorraine** will change ...", "Kev (Brightwire) will check ...", "Dean at Northgate will
// add ...", "Denise Kowalski in Nursing Informatics will work ...": the item told as a sentence whose subject is who
// will do it. Not "We will", "Alerts will", "The team will".
const SUBJECT_OWNER = /^[*_]*(@?[A-Z][\p{L}'-]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][\p{L}'-]+|[ \t]+[\p{L}'-]+){0,2}?)[*_]*(?:[ \t]*\(([^()\n]{1,40})\)[*_]*|[ \t]+(?:at|from|in|of)[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})?[ \t]+(?:will|is going to|are going to|has agreed to|have agreed to)[ \t]+(?!be[ \t]+(?:\w+ly[ \t]+)?(?!(?:tasked|expected|dedicated|embedded|paired|focused|assigned|involved|responsible|required|asked|taken|given)\b)(?:\w+ed|\w+en|built|sent|set|put|kept|made|done|run|shut)\b)[a-z]/u;
// "Team Innlogging lager alarm ...", "Equipa Dados revê ...": a team named after its word, the item's subject, in any language
// (not "Team Retro scheduled for Friday", "Team Calendar updated": a thing, done).
const NAMED_TEAM_SUBJECT = /^[*_]*((?:Team|Squad|Equipa|Equipe|Equipo|Tiimi)[ \t]+\p{Lu}[\p{L}-]+)[*_]*[ \t]+(?!\p{Ll}+ed\b)\p{Ll}/u;
// "Our Infrastructure team is also building a staging node ...": a team named in capitals, at work on it.
const OUR_TEAM_AT_WORK = /^[*_]*(?:Our|The)[ \t]+((?:[A-Z][\w&-]*[ \t]+){1,3}(?:team|squad|group))[ \t]+(?:is|are|will be)[ \t]+(?:also[ \t]+|already[ \t]+|now[ \t]+)?[a-z]+ing\b/;
// "Josh's team will add ...", "Faith Wanjiru's Core Banking Ops team is adding ...": a person's team, by its possessive.
const POSSESSIVE_TEAM = /^[*_]*((?:[A-Z][\p{L}-]+[ \t]+){0,2}[A-Z][\p{L}-]+['’]s[ \t]+(?:[A-Z][\w&-]*[ \t]+){0,3}(?:team|squad|group|department|crew|folks|people))[*_]*[ \t]+(?:will|is|are|has|have)[ \t]+[a-z]/u;
/** The last word of a department's or a role's name: "Trading Technology", "County IT", "Chief Pharmacist". */
const TEAM_HEAD = String.raw`(?:Team|Ops|Operations|Support|Engineering|IT|Desk|Office|Relations|Risk|Platform|Technology|Security|Management|Infrastructure|Services|Group|Squad|Department|Dept|Governance|Compliance|Finance|Legal|Architecture|Reliability|SRE|DBA|NOC|SOC|Procurement|Facilities|Pharmacy|Nursing|Board|Committee|Manager|Lead|Director|Officer|Head|Pharmacist|Engineer|Commander|Coordinator|Administrator|Architect|Analyst|Supervisor|Matron)`;
const ENDS_AS_TEAM = new RegExp(String.raw`\s${TEAM_HEAD}$`);

/**
 * "Trading Technology will add ...", "Technology Risk will revise ...": a department's name in capitals, of two words or
 * three ending as a team's or a role's does, as the subject of work it will do (not "Status Page will show ...", nor
 * "Log Rotation will be enabled").
 */
function teamAtWork(subject: RegExpExecArray, told: string): boolean {
  return /^[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){1,2}$/u.test(subject[1]) && ENDS_AS_TEAM.test(subject[1]) && !NOT_A_NAME.test(subject[1].split(' ')[0].replace(/(?:tion|ment|ness|ity|ics|ogy)$/, '')) && !PASSIVE_OR_STATE.test(told.slice(subject.index + subject[0].length - 1));
}
const PASSIVE_OR_STATE = /^(?:be|become|get|need|have|remain|stay|continue to be|not|no longer|also be)\b/;

/**
 * Who is handed an errand opening an item: "Kelvin to check whether ...", "Planning Control to agree ...", each word a
 * name, or a role named after them ("Exams Board chair to confirm ...").
 */
const ERRAND_OWNER = new RegExp(String.raw`^[*_]*(@?[A-Z][\p{L}'-]+(?:[ \t]+[A-Z][\p{L}'-]+){0,2}(?:[ \t]+(?:chair|lead|manager|officer|coordinator|director|head|team|office|desk))?)[*_]*[ \t]+to[ \t]+(?:${ERRAND}|check|get|agree|sort out|ping|tell|give|order|reorder|buy|replace|fix|create|document|label|laminate|train|post|file|move|remove|decide|put together|figure out|work out)\b`, 'u');
/** No one in particular, or a way of saying what is left to do ("Still to decide ...", "Need to work out ..."): no owner. */
const NOBODY_OR_A_WAY = String.raw`Meanwhile|Currently|Now|Until|Until then|Already|No-?one|Noone|No-?body|Nobody|Someone|Somebody|Anyone|Anybody|Everyone|Everybody|Both|Nothing|Who|Whoever|Need|Needs|Still|Yet|Hard|Tricky|Difficult|Unclear|Impossible|Important|Remains|Left|Lots|Plenty|More|Time|Tomorrow|Today|Then|Also|And|But|So|Next|Later|Plan|Want|Try|Remember|Worth|Easy|Easier|Fun|Good|Best|Nice`;
/** Words that open a sentence as a subject would, and name no one ("Happy to talk it through", "Feel free to ping me"). */
const NOT_A_PERSON = new RegExp(String.raw`^(?:${NOBODY_OR_A_WAY}|Happy|Glad|Keen|Feel|Free|Pleased|Sorry|Unable|Able|Goals?|Ways?|Aim|Idea|Proposal|Decision|Request|Tasks?|Actions?|Work|Effort|Steps?|Scripts?|Tools?|Jobs?|Process|Options?|Reminder|Tickets?|Procedure|Runbook|Policy|Budget|Approval|Permission|Training|Agreed|Decided|Pending|Waiting|Plans)\b`);
/**
 * Who an errand opening an item names: a person or a team ("Tools Team to review ...", "Budget Office to confirm ..."),
 * not a word that names no one ("Plan to replace ...") nor an instruction to a tool ("Use Ansible to install ...").
 */
function personOrTeamErrand(subject: string): boolean {
  return !INSTRUCTION_OPENING.test(subject) && (!NOT_A_PERSON.test(subject) || ENDS_AS_TEAM.test(subject));
}
/** "Exams Board chair": a role named after the body it serves. */
const ROLE_AFTER_NAME = / (?:chair|lead|manager|officer|coordinator|director|head|team|office|desk)$/;
const INSTRUCTION_OPENING = new RegExp(String.raw`^(?:${IMPERATIVE_WORD}|Use|Configure|Extend|Force|Change|Migrate|Allow|Require|Teach|Let|Tell)\b`);

/** "I'm changing the bridge so ...", "I'll add ...": the author's own work to come. */
const AUTHOR_PROMISE = /^[*_]*(?:(?:And|Also|Plus|Finally|Lastly),?[ \t]+)?(I)(?:['’]ll| will| am going to|['’]m (?:going to|[a-z]+ing))\s+[a-z`"'“]/;
const FIRST_PERSON = /^[*_]*(?:(?:And|Also|Plus|Finally|Lastly),?[ \t]+)?(I)(?:[ \t]+(?:will|am going to|have|[a-z]+ed)|['’](?:ll|m|ve))[ \t]+[a-z]/;
const NOT_A_SUBJECT_WORDS = String.raw`We|I|You|They|He|She|It|This|That|These|Those|There|Our|Their|Everyone|Someone|Nobody|Each|Every|Any|All|The|A|An|Customers?|Users?|Clients?|Staff|People|Teams?|Engineering|Support|Ops|Operations|Ensure|Make|Check|Confirm|Verify|Add|Update|Document|Investigate|Review|Decide|Agree|Find|Test|Validate|Ask|Tell|See|Note`;
const NOT_A_SUBJECT = new RegExp(String.raw`^(?:${NOT_A_SUBJECT_WORDS})\b`);

// A paragraph's work taken up in a later sentence: "@t.brandt said he'd pick that up this sprint", "Support is drafting
// that (Helga).", "300 — I'll do that one myself". Unsure which of its sentences' work it is, the paragraph is not
// said to lack an owner.
// Also "Katrin owns this", "Amara owns it", "Owner is the Alerting team", "Felipe to propose the template change".
// "(Dana taking to IT mtg)", "(Sam handling)": who has taken the work, in brackets (not "(Postgres handling writes)").
const TAKEN_IN_BRACKETS = String.raw`\((${NAME_WORD}) (?:taking (?:it|this|that|to)\b[^()\n]{0,40}|(?:handling|leading|driving|owns|chasing)(?: (?:it|this|that))?|following up|on it)\)`;
// "... each quarter. County IT to propose dates.": a later sentence handing the work to a name.
const ERRAND_LATER = String.raw`(?<=[.!?;—–]\s+)(?!(?:${NOT_A_SUBJECT_WORDS}|Then|Also|And|But|So|Next|Later|Plan|Need|Want|Try|Remember|Time|Happy|Good|Best|Nice|Hard|Easy)\b)(${NAME_WORD}(?: (?:${NAME_WORD}|[A-Z]{2,5}))?) to\s+(?:propose|draft|write|add|review|build|fix|update|lead|run|investigate|implement|create|document|send|schedule|check|confirm|follow up|look into|reach out|prepare|share|raise|file|audit|define|evaluate|test|migrate|replace|remove)\b`;
const OWNER_LATER_IN_PARAGRAPH = new RegExp(
  String.raw`(@[A-Za-z][\w.-]*\w)\s+(?:said (?:she|he|they)['’]?d|will|['’]ll|is going to|has agreed to|volunteered|is (?:on it|taking|drafting|doing|writing|handling|fixing|adding))\b|\((${NAME_WORD}(?: ${NAME_WORD})?)\)(?=[.!]?(?:\s|$))|${TAKEN_IN_BRACKETS}|(?<=[.!?;—–]\s+)(I)(?:(?:['’]ll| will| am going to|['’]m going to)\s+[a-z]|(?:['’]m| am) (?:doing|taking|handling|on) (?:this|it|that)\b)|(?<=[.!?;,—–]\s+)(${NAME_WORD}(?: ${NAME_WORD})?) owns (?:this|it|that|the work)\b|(?<=[.!?;—–]\s+)[Oo]wner is (?:the )?(${NAME_WORD}(?: ${NAME_WORD}){0,2}(?: (?:team|squad|group))?)|${ERRAND_LATER}`,
);
/**
 * In an item of its own, only who took it and a team handed it (a name in brackets is as often a platform,
 * "(Android)"; a name handed an errand as often a tool, "Airflow to run the backfill").
 */
const TAKEN_IN_ITEM = new RegExp(TAKEN_IN_BRACKETS);
/** Whom a person follows up with or chases: another party, named, or a department ("with legal"). */
const PARTY = String.raw`(?:vendor|supplier|manufacturer|contractor|provider|carrier|bank|customer|client|partner|legal|finance|security|procurement|[A-Z][\w&.-]*)\b`;
/** Any work in progress on a thing: "moving the certificate", "extending the monitor" (not "being ...", "seeing the errors"). */
const AT_WORK_ON = String.raw`(?!(?:being|seeing|getting|having|experiencing|receiving|hitting|missing|lacking|showing|facing|losing)\b)[a-z]{2,}ing (?=(?:the|a|an|our|its|their|this|that|these|those|all|every|each|how|what|which|it|them)\b)`;
/** Work only a person does: "writing", "chasing", "taking this on". */
const PERSONS_WORK = String.raw`(?:writing|drafting|documenting|looking into|chasing|handling|leading|reviewing|investigating|working on|organi[sz]ing|coordinating|scheduling|taking (?:this|it|that) on|picking (?:this|it|that) up)`;
/**
 * "Our Head of Platform Engineering, Mr Tom Whitfield, is responsible.", "... Mr Johan Pretorius (Operations
 * Director) is responsible for this project", "... in a transaction. Raj owns.", "— Kevin said he'd take it", "Raj is
 * working on this now.", "Raj to decide by end of next week.": a later sentence of the item in which a name takes the
 * work, in words only a person's work takes (a tool runs a backfill; it neither decides nor says it will take it).
 */
const PERSON_TAKES_LATER = new RegExp(
  String.raw`(?<=, )(?<!\b(?:whether|why|who|if|how)\b[^.;,—–\n]{0,60}, )(?:(?:Mr|Ms|Mrs|Dr)\.? )?(${NAME_WORD}(?: ${NAME_WORD}){0,2}), is (?:responsible|accountable)(?: for (?:this|it|that|the [\w-]+(?: [\w-]+)?))?(?=[ \t]*(?:[.;!]|and\b|$))|(?<=[.!?;—–]\s{1,3})(?:(?:Meanwhile|Currently|Now|Already|For now),? )?(?!(?:${NOT_A_SUBJECT_WORDS}|${NOBODY_OR_A_WAY})\b)(?:(?:Mr|Ms|Mrs|Dr)\.? )?(${NAME_WORD}(?: ${NAME_WORD})?) (?:owns(?: (?:this|it))?(?=[ \t]*(?:[.!;]|$))|(?:\([^()\n]{1,40}\)\s+)?is (?:responsible|accountable) for (?:this|it|that|the [\w-]+)\b|said (?:he|she)['’]?d (?:take|do|own|handle|pick up|look into|sort)\b|is working on (?:this|it)\b|is\s+${PERSONS_WORK}\s+(?=(?:this|it|that|the|a|an|our|its|their)\b)|(?:follows|is following) (?:up )?(?:on (?:this|it|that|the [\w-]+)\b|with (?:the |our )?${PARTY})|is chasing (?:(?:this|it|that|the [\w-]+|our [\w-]+)\b|${PARTY})|to (?:decide|put together|figure out|work out|sort out|write up|draft|propose)\b)`,
);
/** "owner to be decided at the next review", "owner TBD": no one has it yet, whoever follows something up meanwhile. */
const OWNER_UNDECIDED = /\bowner(?:ship)? (?:is )?(?:still )?(?:to be (?:decided|confirmed|agreed|assigned)|TB[DCA]|unknown|unassigned|not (?:yet )?(?:decided|assigned))\b/i;
/** An item asking another party for its part ("Chase the acquirer for an RCA. Barclays said ..."): that party does not own it. */
const ASKS_ANOTHER = /^[\s*_]*(?:\[[ xX]?\][ \t]*)?(?:chase|get|ask|request|push|escalate|nudge|remind|follow up with)\b/i;
const ERRAND_IN_ITEM = new RegExp(String.raw`(?<=[.!?;—–]\s+)((?:${NAME_WORD} )?${TEAM_HEAD}) to\s+[a-z]`);

// A team taking the work up in a later sentence, in a paragraph or a bullet: "... The ingest team expects this to be
// live by the end of June.", "This is being worked on by the platform team.", "The Systems area (Marta Ferrer) will
// modify the procedure", "The CAU coordinator will prepare it"
const TEAM_LATER = /(?<=[.!?;]\s+)(?:the |our )?([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)? (?:team|coordinator)|[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)? (?:area|department|unit)(?=\s*\([A-Z][^()\n]{1,40}\)))(?:\s*\([^()\n]{1,40}\))?\s+(?:expects|will(?!\s+(?:be|receive|get|need|have|not|otherwise|keep|fill|fail)\b)|plans|owns|(?:is|are) (?:working|looking into|handling|taking|doing|on it))\b|\b(?:worked on|owned|handled|led|tracked|picked up|driven) by (?:the |our )?([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?\s+team)\b/i;

/** A name's part in the work: "will turn this on", "will chase", "is adding", "is setting one up" (not "will be upgraded"). */
const WORK_DONE_BY = String.raw`(?:(?:will|is going to|has agreed to) (?:${ERRAND}|add|turn|fix|document|(?:do|take on|pick up) (?:this|it|that))|is (?:adding|setting (?:(?:one|it|this|that|them) )?up|fixing|${PERSONS_WORK}|${AT_WORK_ON}))\b`;
/**
 * "Mr. Brandt (IT-Betrieb) sets up a monitoring ...", "Mrs. Neumann makes an inventory ...": a person named with an
 * honorific, doing the work, in the present tense as an item list in German-English tells what is planned.
 */
const HONOURED_SUBJECT = /^[*_]*((?:Mr|Mrs|Ms|Mx|Dr|Herr|Frau)\.?[ \t]+[A-Z][\p{L}'-]+(?:[ \t]+[A-Z][\p{L}'-]+)?)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:will|is going to|has agreed to|(?:sets up|builds|makes|prepares|adds|writes|reviews|creates|implements|introduces|updates|documents|organi[sz]es|coordinates|schedules|defines|drafts|installs|configures|migrates|replaces|tests|arranges|takes over|leads|owns|checks))\b/u;
/** "Our Facilities Manager, Mr Pieter Botha, will introduce ...": a role, then its person in apposition, at work. */
const ROLE_THEN_NAME_AT_WORK = new RegExp(String.raw`^[*_]*(?:Our|The)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+((?:(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){0,2}),\s+(?:will|is going to|has agreed to)\s+(?!be\b)[a-z]`, 'u');
/** The last word of a tool's or product's name ("Kubernetes Autoscaler", "Grafana Agent"), no surname. */
const TOOL_WORD = String.raw`(?:Autoscaler|Agent|Alertmanager|Operator|Controller|Server|Service|Bot|Proxy|Gateway|Scheduler|Exporter|Collector|Runner|Cluster|Engine|Pipeline|Portal|Payroll|Platform|Cloud|Monitor)`;
/**
 * What may stand between a name and its work: "Jessica Nguyen on our systems team is ...", "Dana Whitfield, is ...",
 * "Kevin Brandt, who manages Server Operations, is taking ...".
 */
const BESIDE_THE_NAME = String.raw`(?:,| (?:on|in|from) (?:our|the) (?:[a-z]+ ){0,2}team,?|, who [^,\n]{3,60},)?`;
/** "Monitoring is missing the ...", "Alerting is lacking ...": a word of what is done as a subject, no one at work. */
const DOING_WORD = String.raw`[A-Z][a-z]{3,}ing`;
/**
 * "**Changelog GC.** Lustre can do it on its own. Marcus will turn this on in January.", "... Tom Kowalski will move it
 * to the new array.", "... Our manager, Dana Whitfield, is reviewing how ...": under an item's own title, a later
 * sentence whose subject is a name at work tells who does it ("Lustre will need a window" does not). In a paragraph
 * standing alone, "Pathfinder will take steps to ..." is as often the product.
 */
const LATER_SUBJECT = new RegExp(
  String.raw`(?<=[.!?;]\s+)(?:(?:Our|The) [a-z]+(?: [a-z]+)?, )?(?!(?:${NOT_A_SUBJECT_WORDS})\b)(?!${DOING_WORD}\b)(${NAME_WORD}(?: (?!${TOOL_WORD}\b)${NAME_WORD})?)${BESIDE_THE_NAME} (?:${WORK_DONE_BY}|will (?!(?:be|need|have|not|also|still|get|keep|go|come|fail|stay|remain|continue|take|run|look)\b)[a-z]+ (?:it|them|this|that|the|a|an|our|its)\b)`,
);
/**
 * The same opening an item's prose: "Jordan is setting up a check ...", "Chief Pharmacist is leading the review", "Dev is
 * extending the synthetic monitor ...".
 */
const SUBJECT_AT_WORK = new RegExp(
  String.raw`^[*_]*(?:(?:Our|The) [a-z]+(?: [a-z]+)?, )?(?!(?:${NOT_A_SUBJECT_WORDS})\b)(?!${DOING_WORD}\b)(${NAME_WORD}(?: (?!${TOOL_WORD}\b)${NAME_WORD})?(?: and (?:I|${NAME_WORD}(?: ${NAME_WORD})?|[A-Z]{2,5}))?|(?:${NAME_WORD} ){1,2}${TEAM_HEAD})(?:\*\*|__)?${BESIDE_THE_NAME} (?:${WORK_DONE_BY}|(?<= and \S+(?: \S+)?(?:\*\*|__)? )are (?!being\b)[a-z]{2,}ing\b)`,
);
/**
 * "Starting March 24, the help desk (Lisa Tran) will submit ...", "**Site subnet check** – Tokyo IT Infra (Ogawa-san)
 * will add a step ...": the person in brackets after a team named in lower case or a department named in capitals.
 */
const TEAM_PERSON_AT_WORK = new RegExp(String.raw`^[*_]*(?:[^,.;\n]{3,30},\s+|(?:\*\*[^*\n]{1,100}?\*\*|__[^_\n]{1,100}?__)[ \t]+[—–-][ \t]+)?(?:(?:the|our)\s+(?:[a-z][\w-]*\s+){0,2}(?:team|desk|office|area|department|group|squad|crew|staff|on-?call)|(?:[A-Z][\w-]*\s+){0,2}(?:${TEAM_HEAD}|Infra|Network|Networks|Systems))\s*\((${NAME_WORD}(?:-(?:san|sama))?(?: ${NAME_WORD})?)\)\s+(?:will|is going to|has agreed to)\s+(?!be\b)[a-z]`);
/**
 * "Vendor Management (Karen Whitfield) to get a written RCA ...", "Identity & Access Engineering (Marc-André Gagnon) will
 * add ...": any unit named in capitals, then a person's full name in brackets, then the work.
 */
const UNIT_PERSON_AT_WORK = new RegExp(String.raw`^[*_]*(?:[A-Z][\w-]*(?:\s+&)?\s+){0,3}[A-Z][\w-]*\s*\((${NAME_WORD} ${NAME_WORD})\)\s+(?:will|is going to|has agreed to|to)\s+(?!be\b)[a-z]`, 'u');

/** OWNER_LATER_IN_PARAGRAPH's name after the paragraph's first sentence or clause (`source` starts at `textStart`). */
function laterOwner(source: string, textStart: number, underTitle = false): Located | undefined {
  const firstSentenceEnd = /[.!?;](?=\s)|(?<=\s)[—–](?=\s)/.exec(source);
  if (!firstSentenceEnd) return undefined;
  const from = firstSentenceEnd.index;
  const match = OWNER_LATER_IN_PARAGRAPH.exec(source.slice(from));
  if (match) return groupLocated(match, textStart + from, ([1, 2, 3, 4, 5, 6, 7] as const).find((g) => match[g] !== undefined));
  const subject = underTitle ? LATER_SUBJECT.exec(source.slice(from)) : null;
  return subject ? groupLocated(subject, textStart + from) : laterTeam(source, textStart);
}

/** An item's owner named in its later words: who took it, a team handed it, else a team taking it up. */
function laterInItem(source: string, textStart: number): Located | undefined {
  const match = TAKEN_IN_ITEM.exec(source) ?? ERRAND_IN_ITEM.exec(source);
  if (match) return groupLocated(match, textStart);
  const taken = ASKS_ANOTHER.test(source) || OWNER_UNDECIDED.test(source) ? null : PERSON_TAKES_LATER.exec(source);
  return laterTeam(source, textStart) ?? (taken ? groupLocated(taken, textStart, taken[1] === undefined ? 2 : 1) : undefined);
}

/**
 * "The app team will change ...", "By 28 June our platform team will add ...", "The Network area, responsible Javier
 * Martínez, will install ...", "The network department will replace ...": a team as the subject of the item's work (a
 * department or area only with its person or doing work: not "The UPS unit will otherwise fail"); "The vendor is
 * preparing a correction": the supplier, making the fix the item is, and nothing left for us after.
 */
const TEAM_OPENING = new RegExp(
  String.raw`^[*_]*(?:(?:by|before|until)\s+[^.;\n]{3,30}?,?\s+)?(?:the|our)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+team|[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:area|department|unit)(?=,\s+(?:responsible|led by|lead|owner)\s+[A-Z][^,.;\n]{2,40},|\s*\([A-Z][^()\n]{1,40}\))|[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:area|department)(?=\s+will\s+(?:replace|add|install|review|update|implement|set up|build|write|document|migrate|introduce|prepare|create|define|audit|organi[sz]e|coordinate|schedule|draft|upgrade|configure|deploy|roll out|remove|fix|extend|investigate)\b))(?:,\s+(?:responsible|led by|lead|owner)\s+[^,.;\n]{3,40},|\s*\([^()\n]{1,40}\))?\s+(?:will(?!\s+(?:be|receive|get|need|have)\b)|is going to|plans to|owns|is (?:building|changing|${PERSONS_WORK}|${AT_WORK_ON}))\b|^[*_]*(?:the|our)\s+(vendor|supplier|manufacturer|contractor)\s+(?:is (?:preparing|developing|working on|building)|will (?:ship|deliver|provide|patch|fix|release))\b(?![^;\n]*;)(?![^.\n]*\.\s+\S)`,
  'i',
);

function teamOpening(told: string, toldStart: number): Located | undefined {
  const team = TEAM_OPENING.exec(told);
  return team ? groupLocated(team, toldStart, team[1] === undefined ? 2 : 1) : undefined;
}

function laterTeam(source: string, textStart: number): Located | undefined {
  const match = TEAM_LATER.exec(source);
  // "owned by our Client Success\n   team": the name as one line.
  if (match) return unwrapped(groupLocated(match, textStart, match[1] !== undefined ? 1 : 2));
  const department = DEPARTMENT_LATER.exec(source);
  // "Request a full RCA from AWS. AWS Support will ...": the other party's department, not the item's owner.
  const outside = department && new RegExp(String.raw`\b(?:from|with|to|ask|asked|request|contact|vendor|supplier)\s+(?:the\s+)?${department[1].split(' ')[0]}\b`, 'i').test(source);
  return department && !outside ? groupLocated(department, textStart) : undefined;
}

/** "... under section 7.2 of the MSA. Account Management will confirm the amount.": a department at work, in capitals. */
const DEPARTMENT_LATER = new RegExp(String.raw`(?<=[.!?;]\s{1,3})((?:[A-Z][\w-]+ ){1,2}${TEAM_HEAD}) will (?:confirm|review|update|own|lead|draft|follow up|schedule|coordinate|document|fix|add|implement|publish|audit|investigate|arrange|organi[sz]e|look into|set up)\b`);

// A name in brackets closing a line of the item ("... before release [Jerry]"), or before its due date ("... only
// [Henrik] - before 3.9.0, target 2026-12-20"); not a tag ("[done]", "[P1]").
const BRACKETED_OWNER = new RegExp(String.raw`\s\[(@?[A-Z][a-z]+(?:(?:,|\s*[+&/]|\s+and)?\s+@?[A-Z][a-z]+){0,2})\][ \t]*(?=\n|$|[-–—,;]\s*(?:[Dd]ue\b|[Bb]y\b|[Bb]efore\b|[Tt]arget\b|[Dd]one\b|\d|(?:[Tt]he )?[Ee]nd of\b|[Nn]ext\b|[Tt]his\b|EO[DWMQY]\b|[QH][1-4]\b|${CAPITAL_MONTH}(?![a-z]))[^\n]*(?:\n|$))`);

const nameGroup = (match: RegExpExecArray) => ([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).find((g) => match[g] !== undefined)!;

/**
 * "— Cloud Security — 2027-02-15": a team of two words or three before the due date, though its last word ends as a
 * topic's does, or before the person in it who does it; not a topic ("— Monitoring Quality — Q3" opens with one).
 */
// "Security Engineering": a team by its last word, whatever topic opens it.
const TEAM_WORD = /^(?:Engineering|Eng|Ops|Operations|Team|Squad|Desk|Support|Services|Group|Office)$/;
function teamBeforeDue(name: string, after: string): boolean {
  const words = name.split(' ');
  // "— Network Security (A. Khan), 31/07": a person named in brackets after it says it is a team.
  return words.length >= 2 && (!NOT_A_NAME.test(words[0]) || TEAM_WORD.test(words[words.length - 1])) && (/^[*_]*\s*(?:[—–,;]|\s-)\s*(?:(?:due\s*:?\s*)?\d|(?:due|target|by|until|till|before)\b)/i.test(after) || /^\s*\((?:[A-Z]\.\s?)?[A-Z][a-z]+\b/.test(after));
}

const THING_NOUN = /\b(?:Service|Services|Storage|Balancer|Server|Servers|Cluster|Database|Gateway|Proxy|Cache|Queue|Platform|System|Systems|Pipeline|Engine|API|App|Portal|Network|Backend|Frontend|Store|Bucket|Index|Job|Jobs|Worker|Workers|Node|Nodes|Router|Firewall|Config|Module|Library|Client|Feed|Link|Scheduler)$/;

/** An item opening with a name, its handle in brackets, then its work: "Jonas (@jschulz) will write ...". */
const SUBJECT_HANDLE_GLOSS = new RegExp(String.raw`^[*_]*${NAME_WORD}(?: ${NAME_WORD})? \(@[\w.-]+\) (?:will|is|are|to|has|owns|plans)\b`);

/** A ticket's key between dashes ("– MF – CHG0034601 – 28/11/2023"), no one's name. */
const TICKET_KEY = /^[A-Z]+-?\d{3,}$/;

/** Words that, before "by" and a date, say what is due or how surely, not who does it. */
const NOT_AN_OWNER_BY = /(?:ly|ed|ing)$|^(?:target|review|complete|finish|fix|launch|rollout|latest|eta|deadline|release|decision|sign-off|delivery|deploy|migration|cutover|rework|update|upgrade|go-live|ship|draft|proposal|plan|design|spec|poc|prototype|pilot|trial|demo|report)$/i;

/** The first name closing the line that is a name ("— Infra (Petra Lind) — due ...": Petra Lind, not the topic). */
function trailingOwnerIn(line: string): RegExpExecArray | null {
  TRAILING_OWNERS.lastIndex = 0;
  for (let match = TRAILING_OWNERS.exec(line); match; match = TRAILING_OWNERS.exec(line)) {
    // "Infra Team": a team named by its topic.
    const group = nameGroup(match);
    const name = match[group];
    const after = line.slice(match.index + match[0].length);
    // "— Order Service, Checkout, by ...": a component and its area, not a person and their team.
    const componentAndArea = /^,[ \t]*[A-Z]/.test(after) && THING_NOUN.test(name);
    // "— Dan by Fri 11/12" names Dan; "— Decision by Friday", "— Hopefully by Q3" name when, not who.
    const byWhen = /^[ \t]+(?:by|due)\b/i.test(after) && !name.startsWith('@') && name.split(' ').some((word) => NOT_A_NAME.test(word) || NOT_AN_OWNER_BY.test(word));
    if (byWhen) {
      TRAILING_OWNERS.lastIndex = match.index + 1;
      continue;
    }
    if (group === BETWEEN_DASHES) {
      if (name.split(' ').every((word) => !NOT_A_NAME.test(word) && !/ing$/.test(word)) && (DUE_IN_TEXT.test(line) || TICKET_IN_TEXT.test(line))) return match;
    } else if (!componentAndArea && !TICKET_KEY.test(name) && (!NOT_A_NAME.test(name) || / team$/i.test(name) || ROLE_NAMED.test(name) || teamBeforeDue(name, after))) return match;
    TRAILING_OWNERS.lastIndex = match.index + 1;
  }
  return null;
}

/**
 * Where an item's first line really ends when the editor wrapped its fields between dashes onto the lines after it
 * ("... — Diego\n  Matsuda — 15/12/2023 — PLAT-1190", "...\n  — Change Management AT — KW 49", "... -- Learning\n
 * Systems -- by June 30"): the end of the last
 * such line, or -1 when the lines after it are more than that (a field a line, a note in brackets, a list).
 */
function fieldsWrapEnd(source: string, firstLineEnd: number): number {
  let end = firstLineEnd;
  let joined = -1;
  while (end >= 0 && end < source.length) {
    const next = source.indexOf('\n', end + 1);
    const line = source.slice(end + 1, next < 0 ? source.length : next);
    if (WRAP_STOP.test(line) || !(/\s(?:[—–]|--)\s|^\s*(?:[—–]|--)\s/.test(line) || /\s(?:[—–]|--)\s*$/.test(source.slice(0, end)))) break;
    joined = next < 0 ? source.length : next;
    end = next;
  }
  return joined;
}

const unwrapped = (value: Located): Located => ({ ...value, text: value.text.replace(/\s*\n\s*|\s{2,}/g, ' ') });

/** A line that is no wrapped part of the one before: a list's item, a field, a note in brackets, a quote. */
const WRAP_STOP = /^\s*(?:[-*+]\s|\d+[.)]\s|\(|>|$|[*_]*[\p{L}][\p{L} ]{0,25}[*_]*\s*:)/u;

/**
 * A due date as written: a date ("EOD 20-02-2026": by the end of that day), or an ISO week ("2026-W14"), due by its last
 * day. In an item written in Chinese, Japanese or Korean (`monthFirst`), "7/31" and "7월 31일" are a month and day.
 */
function dueDateRead(written: string, monthFirst = false): ReturnType<typeof readDate> {
  // "Fri 13/3": the day and month, its weekday dropped. A quarter as Polish ("do końca I kw. 2026") and French ("T1
  // 2025", "fin T2 2025") write it is the quarter.
  // "14. mars": the day's full stop, as Norwegian and German write it, is no part of the date. "bis Ende Juli", "até fim
  // de agosto", "entro fine marzo", "inden 31.01": "by" and "the end of" in other languages.
  const text = written
    .replace(/^(\s*\d{1,2})\.[ \t]+(?=\p{L})/u, '$1 ')
    .replace(/^\s*(?:bis|inden|innen|até|hasta|entro(?: il| la| le)?|para|antes del?|v[óo]{1,2}r|uiterlijk)\s+/i, '')
    .replace(END_OF_ABROAD_OPENING, 'end of ').replace(WEEKDAY_BEFORE_DAY, '').replace(QUARTER_IN_OTHER_WORDS, (polish: string, trimestre: string | undefined) => `end of Q${trimestre ?? ['I', 'II', 'III', 'IV'].indexOf(/\b(IV|I{1,3})\s+kw/i.exec(polish)![1].toUpperCase()) + 1}`);
  // "w/c 23/11", "week commencing 30 November": due by the week's last day, not its first.
  const weekStart = WEEK_STARTING.exec(text);
  if (weekStart) {
    const read = dueDateRead(text.slice(weekStart[0].length), monthFirst);
    return read?.date && !read.date.periodEnd ? { ...read, date: { ...read.date, weekStart: true } } : read;
  }
  const monthDay = monthFirst ? /^\s*(\d{1,2})\s*(?:\/|月|월)\s*(\d{1,2})\s*[日일]?\s*$/.exec(text) : null;
  if (monthDay) {
    const date = { year: undefined, month: Number(monthDay[1]), day: Number(monthDay[2]) };
    return { date, invalid: !isRealDate(date) };
  }
  // "bis 30.10.", "till 11.12", "do 05.12": a day and month, day first, its year left to the reader, as "due Jan 9" leaves it.
  // Not "before 8.1": a release, as a project plans by them (a day and month so written closes with its dot: "8.1.").
  const dayMonth = /^\s*(?:(?:till|until|by|before|bis|do)\s+)?(\d{1,2})\.(\d{1,2})\.?\s*$/i.exec(text);
  if (dayMonth && /^\s*before\s+[1-9]\.\d+\s*$/i.test(text)) return { date: undefined, invalid: false };
  if (dayMonth && Number(dayMonth[2]) >= 1 && Number(dayMonth[2]) <= 12 && Number(dayMonth[1]) >= 1 && Number(dayMonth[1]) <= 31) return { date: { year: undefined, month: Number(dayMonth[2]), day: Number(dayMonth[1]) }, invalid: false };
  // "30/11", "by 11/20": a day and month with a slash, their order plain where one of them is past 12.
  // Not "24/7", "24/5": round the clock.
  const slashed = /^\s*(?:(?:till|until|by|before)\s+)?(?!24\/[57]\s*$)(\d{1,2})\/(\d{1,2})\s*$/i.exec(text);
  const [first, second] = slashed ? [Number(slashed[1]), Number(slashed[2])] : [0, 0];
  const slashedDate = first > 12 && second >= 1 && second <= 12 ? { year: undefined, month: second, day: first } : second > 12 && first >= 1 && first <= 12 ? { year: undefined, month: first, day: second } : undefined;
  if (slashedDate) return { date: slashedDate, invalid: !isRealDate(slashedDate) };
  const periodEnd = lastDayOfPeriod(text);
  if (periodEnd) return { date: periodEnd, invalid: false };
  // "2026-W14", "KW 3/2025", "end of KW 50" (a German calendar week, due by its Sunday; "vk 46" the Finnish, "uge 6" the Danish); "KW 48" without its year has
  // no date to check.
  const isoWeek = /^\s*(\d{4})-?W(\d{1,2})\s*$/i.exec(text);
  const calendarWeek = /^\s*(?:end of\s+)?(?:KW|vk|uge|uke|[Ww]eek|wk)\s?(\d{1,2})(?:\s*\/\s*(\d{4}))?\s*$/.exec(text);
  if (calendarWeek && !calendarWeek[2]) return { date: undefined, invalid: false };
  const week = isoWeek ?? (calendarWeek && [calendarWeek[0], calendarWeek[2], calendarWeek[1]]);
  // "due 9/2/24": a two-digit year, after a due word, is this century's; "by 04-Dec": the day and month, hyphened.
  if (!week) return readDate(text.replace(/^\s*(?:EOD|COB|EOB|end of day)\s+/i, '').replace(/^(\s*\d{1,2}([/.])\d{1,2}\2)(\d{2})\s*$/, '$120$3').replace(/^(\s*\d{1,2})-([A-Za-z]{3,9})\s*$/, '$1 $2'));
  const sunday = DateTime.fromObject({ weekYear: Number(week[1]), weekNumber: Number(week[2]), weekday: 7 }, { zone: 'utc' });
  return sunday.isValid ? { date: { year: sunday.year, month: sunday.month, day: sunday.day }, invalid: false } : { date: undefined, invalid: true };
}

/** "końca I kw.", "końca IV kwartału": the end of a quarter, as Polish writes it after "do" (by). */
const POLISH_QUARTER_END = String.raw`końca\s+(?:I{1,3}|IV)\s+kw(?:\.|artału)`;
const QUARTER_IN_OTHER_WORDS = new RegExp(String.raw`^\s*(?:do\s+${POLISH_QUARTER_END}|(?:fin\s+(?:du\s+)?)?T([1-4])(?=\s+\d{4}\s*$))`, 'i');

const WEEK_WORDS = String.raw`(?:w\/[cb]|week\s+(?:commencing|beginning|starting|of))[ \t:]+`;
const WEEK_STARTING = new RegExp(String.raw`^\s*(?:the\s+)?${WEEK_WORDS}`, 'i');
/** The same words closing the text before a date read on its own ("— w/c 23/11/2026"). */
const WEEK_STARTING_BEFORE = new RegExp(String.raw`\b${WEEK_WORDS}$`, 'i');

/** A due date read from its own text, with the week-start words written right before it taken in ("w/c 23/11"). */
function withWeekStart(index: DocumentIndex, due: Located | undefined): Located | undefined {
  const before = due && WEEK_STARTING_BEFORE.exec(index.text.slice(Math.max(0, due.start - 30), due.start));
  return before ? { text: before[0] + due.text, start: due.start - before[0].length, end: due.end } : due;
}

// "end of November", "the end of January 2027", "January 2027", "jan/25", "Q3 2026", "Q1/25", "end of Q1", "H2 2026": due by the period's
// last day. A year not written is the incident's (dueDateOf); "Q2 2026/27", a financial year's, has no date to check.
// "mid-December", "early January", "in November": by the month's last day too, so none is called overdue before its month is out.
const MONTH_END = new RegExp(String.raw`^\s*(?:(?:by|before|until|till)\s+)?(?:(?:(?:the\s+)?end\s+of\s+|(?:early|mid|late)[- ]?|in\s+)${MONTH}(?:\s+(\d{4}))?|${MONTH}\s+(\d{4})|${MONTH}\/(\d{4}|\d{2}))\s*\.?\s*$`, 'i');
const QUARTER_END = /^\s*(?:(?:by|before|until|till)\s+)?(?:(?:the\s+)?end\s+of\s+)?([QH])([1-4])(?:\s+(\d{4})|\/(\d{2}))?\s*\.?\s*$/i;
function lastDayOfPeriod(text: string): CalendarDate | undefined {
  const month = MONTH_END.exec(text);
  const quarter = month ? null : QUARTER_END.exec(text);
  if (quarter && quarter[1].toUpperCase() === 'H' && Number(quarter[2]) > 2) return undefined;
  const monthOfEnd = month ? monthNumber(month[1] ?? month[3] ?? month[5]) : quarter ? Number(quarter[2]) * (quarter[1].toUpperCase() === 'H' ? 6 : 3) : 0;
  if (!monthOfEnd) return undefined;
  // "jan/25", "Q1/25": a year of two digits, this century's; "Dec/15" in capitals is more often the 15th of December
  // (no date to check).
  if (month?.[6]?.length === 2 && /^\s*\p{Lu}/u.test(month[5])) return undefined;
  const twoDigits = month ? month[6] : quarter?.[4];
  const written = month ? (month[2] ?? month[4] ?? (month[6]?.length === 4 ? month[6] : undefined)) : quarter?.[3];
  const year = written === undefined ? (twoDigits?.length === 2 ? 2000 + Number(twoDigits) : undefined) : Number(written);
  // A year not written: a February's end is the 29th, so a leap year's is not overdue a day early.
  return { year, month: monthOfEnd, day: DateTime.fromObject({ year: year ?? 2000, month: monthOfEnd }).endOf('month').day, periodEnd: true };
}

// "13 Nov", "1st March 2025", "18-Mar-2026", "due 31 May": the day first ("3 may be enough" is no date).
const DAY_MONTH = String.raw`(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,? )?\d{1,2}(?:st|nd|rd|th)? (?!may\s+(?:not\s+)?(?:be|have|need|help|cause|require|want|take|also|still|only|well|differ|vary|happen|apply|fail|work|seem|look)\b)${MONTH}(?![a-z])(?: \d{4}\b)?|\d{1,2}-${MONTH}(?![a-z])(?:-\d{4}\b|(?![\w-]))`;
// Dates in digits, written in either order around the year.
const NUMERIC_DATE = String.raw`\d{4}-\d{1,2}-\d{1,2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}`;
// A due date given as a period: a quarter or half (of a calendar or fiscal year: "CY26 Q4"), the end of a week or month
// ("end of November"), the next sprint, "EOW".
/** "The end of" in German, Spanish, Portuguese, Italian, Swedish, Norwegian and Danish: "Ende Juli", "fim de agosto". */
const END_OF_ABROAD = String.raw`ende|einde?|fin(?:ales)?\s+de|fim\s+de|fine(?:\s+di)?|slutet\s+av|utgangen\s+av|udgangen\s+af`;
const END_OF_ABROAD_OPENING = new RegExp(String.raw`^\s*(?:${END_OF_ABROAD})\s+`, 'i');
const PERIOD_DUE = String.raw`(?:end of )?[QH][1-4]\b(?:\s*\/?\s*\d{4}\b|\/\d{2}\b)?|${MONTH}\/(?:\d{4}|\d{2})\b|(?:end of )?(?:KW|vk|uge|uke|[Ww]eek|wk)\s?\d{1,2}\b(?:\s*\/\s*\d{4}\b)?|(?:CY|FY)\s?\d{2}\s*Q[1-4]\b|(?:(?:the )?end(?: of)?|(?:early|mid|late)-?) ?(?!may (?:be|not|have|also|only|need|still)\b)${MONTH}(?<!\.)(?![a-z])(?:\s+\d{4}\b)?|\d{4}[- ]?Q[1-4]\b|\d{4}-?W\d{1,2}\b|(?<![\w-])W\d{1,2}\b|(?:sprint|week) \d{1,3}\b|sprint (?!(?:of|for|in|on|the)\b)[A-Z][a-zà-ÿ]+ \d{1,3}\b(?! ?(?:weeks?|days?|months?)\b)|(?:the )?(?:end of (?:the |this |next )?|(?:this|next) )(?:week|month|quarter|sprint|year)\b|EO[WMQY]\b|(?:(?:até|bis|entro|hasta|inden|innen) )?(?:${END_OF_ABROAD}) (?:${MONTH}(?![a-z])(?:\s+\d{4}\b)?|[QH][1-4]\b)`;
// When an item is due, as written without a label: a date, a month, a period.
// "June 5th", "December 18, 2026"; "December 18,\n  2026": a date wrapped after its comma keeps its year.
const MONTH_DAY = String.raw`${MONTH} \d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,? \d{4}|,[ \t]*\n[ \t]*(?:19|20)\d{2}(?![\d-])(?=[ \t]*(?:[.,;)]|\n|$)))?`;
const DUE_VALUE = String.raw`${NUMERIC_DATE}|${MONTH_DAY}|${DAY_MONTH}|${MONTH} \d{4}\b|${PERIOD_DUE}`;
// A name (or a team) opening the parenthesis of an item's fields, then when it is due: "(Priya, due 2024-06-30)",
// "(Alice, June 1)", "(Storage team, end of Q2)". The name's capital is checked apart: the due part is read in any case.
// "(@kenji, 4/5)", "— @ravi — 7/19": a month and day among an item's fields (in the action, "by 3/4" is a fraction).
const MONTH_SLASH_DAY = String.raw`(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?![\d/])`;
// "— Network Security (A. Khan), 31/07": a day and month, day first, where the day cannot be a month.
const DAY_SLASH_MONTH = String.raw`(?!24\/[57](?![\d/]))(?:1[3-9]|2\d|3[01])\/(?:1[0-2]|0?[1-9])(?![\d/])`;
const PARENTHESIZED_NAME = String.raw`@?${NAME_PREFIX}[A-ZÀ-ÖØ-ÞĀ-ž][\wÀ-ÖØ-öø-ÿĀ-ž.-]*(?: (?:${NAME_PARTICLES}${NAME_PREFIX}[A-ZÀ-ÖØ-ÞĀ-ž][\wÀ-ÖØ-öø-ÿĀ-ž.-]*|team))?`;
// "(Marek K., till 11.12)", "(Agnieszka N. with local IT, till 15.01.2027)": who, with whom, and until when.
/** The pattern ignores case: a name in brackets is one when it is capitalised or a handle ("(@kenji, 4/5)"). */
const PARENTHESIZED_NAME_CAPITALISED = /^@\w|^[A-ZÀ-ÖØ-ÞĀ-ž]/;
// "(Lucas, DON-233, due 2025-02-21)", "(Nadia, DON-235)": the item's ticket between the name and when it is due; or
// before the name, with the work's state after it ("(ALRT-3103, Amara, done 12 Feb)").
const PARENTHESIZED_TICKET = String.raw`(?:[A-Z][A-Z0-9]+-\d+|#\d+)`;
const PARENTHESIZED_FIELDS = new RegExp(String.raw`\((?:${PARENTHESIZED_TICKET}\s*[,;]\s*(?=[^()\n]*[,;]))?(?!${PARENTHESIZED_TICKET}[\s,;])(${PARENTHESIZED_NAME})(?:\s+(?:with|and|&|\+)\s+[^,;()\n]{1,30}|\s*\/\s*[A-Z][^,;()\n/]{1,30})?(?:\s*[,;]|[ \t]+[—–])\s*(?:${PARENTHESIZED_TICKET}\s*|(?:${PARENTHESIZED_TICKET}\s*[,;]\s*)?((?:due|by|till|until|before)\b[^()\n]*|(?:${DUE_VALUE}|${MONTH_SLASH_DAY}|${DAY_SLASH_MONTH}|TBD|TBA|TBC|\?+)\s*)|(?:done|completed|closed|shipped)\b[^()\n]*)\)`, 'i');
// A priority level, not one named in passing as a kind of work ("review why PM-3's P0 item slipped").
// Nor a level the work moves something to ("raise the pool alert to P1 paging").
// "... raises a P2": an incident's level the action names, not the action's priority; nor "route P1/P2 alerts".
const PRIORITY_LEVEL = String.raw`(?<!\b(?:to|as|into|from|than|below|above|a|an|the|any|every|each)\s+|P[0-4]\s*[/&–-]\s*)P[0-4]\b(?!\s*[/&–-]\s*P\d\b)(?!\s+(?:items?|incidents?|bugs?|tickets?|issues?|alerts?|pages?|outages?|tasks?|work|fix(?:es)?|level)\b)`;
// "due" as a field ("due 2026-03-01", "due: TBD", "Due date"), not "due to" nor the Italian for two ("in due fasi").
const DUE_WORD = String.raw`due\b(?=[\s*_]*(?:[:=(,;.)—–-]|$|\d|date\b|by\b|on\b|in\b|end\b|next\b|this\b|tbd\b|asap\b|n\/a|[QH][1-4]\b|EO[WMQY]\b|${MONTH}))`;
// Where an item's fields begin after its action: "Owner: ...", "due ...", "P1", "@kim", "(Alice, June 1)", "— done 20 Feb",
// "— Q3" closing the line. The lookbehinds start a match only where its run of blanks (or punctuation) begins: linear
// in a long run.
const fieldsStart = (handles: boolean) =>
  new RegExp(
    String.raw`(?<!\s)\s*(?:[—–-]\s*|[,;.(|]\s*|\s)[*_]*(?:owners?(?![\w'’-])(?![ \t]+(?:sign-?off|approval|review|of|for|and|or|to|in|on|must|should|will|is|are|needs?)\b)|assignee|assigned to|responsible(?=[*_]*\s*:)|${DUE_WORD}|deadline(?![ \t]+(?!(?:end|next|this|tbd|asap|eo[wmqy])\b)[a-z])|priority(?=[*_]*\s*(?:[:=]|\(|P?[0-4]\b|critical\b|high\b|medium\b|low\b|urgent\b))|${PRIORITY_LEVEL}|eigenaar|responsabile|scadenza|prazo|plazo|fällig(?:keit)?${handles ? String.raw`|(?<!${ASKED}[ \t])@[A-Za-z]` : ''})|(?<!\s)\s*(?:[—–-]\s*[*_]*|[*_]{2})unassigned\b|(?<!\s)\s*(?:[—–]|\s-)\s*[*_]*(?=(?:done|completed?|closed|fixed|shipped|merged|in progress|wip|blocked|not started)\b[^\n]{0,30}$)|(?<!\s)\s*(?:[—–]|\s-)\s*[*_]*(?=(?:${DUE_VALUE}|${MONTH_SLASH_DAY}|${DAY_SLASH_MONTH})[*_.]*\s*$)|(?<!\s)\s*\((?=${PARENTHESIZED_NAME}(?:\s+(?:with|and|&|\+)\s+[^,;()\n]{1,30}|\s*\/\s*[A-Z][^,;()\n/]{1,30})?\s*[,;]\s*(?:${PARENTHESIZED_TICKET}\s*\)|(?:${PARENTHESIZED_TICKET}\s*[,;]\s*)?(?:due\b|by\b|till\b|until\b|before\b|(?:${DUE_VALUE}|${MONTH_SLASH_DAY}|${DAY_SLASH_MONTH}|TBD|TBA|TBC|\?+)\s*\))))`,
    'i',
  );
const FIELDS_START = fieldsStart(true);
// After an owner opening the item ("**Ana** — ask @sre-team for a review"), or before one closing it after a dash
// ("Reimburse @gbauer — @ana-r"), a handle is part of the work.
const FIELDS_START_AFTER_OWNER = fieldsStart(false);
/**
 * "— Ben, in November", "— Carla Ruiz, November 2026", "— Gil, mid-December": a month alone closing the line after the
 * owner's name (written with its capitals: the month after a clause of prose, "— we had it once, in March", is none).
 */
const MONTH_AFTER_OWNER = new RegExp(String.raw`(?<=[—–][ \t]{1,3}(?:@[\w.-]+|[A-Z][\w.'’-]*(?:[ \t]{1,3}(?:[A-Z][\w.'’-]*|team|department|area|unit)){0,4}),[ \t]{0,3})((?:${MONTH_ONLY_WHEN})(?: \d{4})?)(?=[ \t.*_]*(?:\n|$))`);
const DUE_IN_TEXT = new RegExp(
  // "raise RFC by 23/10": a day and month after "by" anywhere, where one of them cannot be the other (not "by 1/3",
  // nor "24/7").
  // "by Fri 11/12": a day and month after their weekday, which makes them a date whichever comes first.
  String.raw`\b(?:due|by|until|before)\s+(${WEEKDAY_WORD},?\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?![/\d]|['’]s)(?=\s*(?:[,.;:)\]|—–]|-\s|$))|` +
  String.raw`(?:\bdue|(?<=(?:[,;—–]|\s-)\s*)by)[*_]*\s*[:=]?[*_]*\s*(\d{1,2}\/\d{1,2})(?![/\d])|\bby\s+(?!24\/7\b)(${DAY_SLASH_MONTH}|(?:1[0-2]|0?[1-9])\/(?:1[3-9]|2\d|3[01])(?![/\d]))|\bbis\s+(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+)?(\d{1,2}\.\d{1,2}\.(?!\d))|\bby\s+(\d{1,2}\.(?:0[1-9]|1[0-2])\.(?!\d)|(?:1[3-9]|2\d|3[01])\.[1-9]\.(?!\d))|(?=\d{1,2}\.\d{1,2}\.[\s*_]*$)(?<=[—–][ \t][^,\n]{1,40},[ \t]{0,3}|[—–][ \t]+(?:@[\w.-]+|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)[ \t]+[—–][ \t]+)(\d{1,2}\.\d{1,2}\.)|(?<![A-Za-zÀ-ÿ\u4e00-\u9fff])(?:[ée]ch[ée]ance|截止(?:时间|日期)?|完成时间|期限)[*_]*\s*[:：][*_]*\s*(\d{4}年\d{1,2}月\d{1,2}日|${NUMERIC_DATE}|${DAY_MONTH})|(?<![а-яёА-ЯЁ])(?:до|[Сс]рок\s*[:—–-]?)\s+(${NUMERIC_DATE})|\b(?:due|by|deadline|eta|target(?:ing|ed)?(?: completion)?(?: date)?(?: is)?|(?:estimated )?completion|time ?frame|suspense|scadenza|prazo|plazo|fecha l[ií]mite|bis|fällig(?: am)?|fälligkeit|frist|innen)[*_]*\s*(?:date)?[*_]*\s*[:=]?[*_]*\s*(${NUMERIC_DATE}|\d{1,2}[/.]\d{1,2}[/.]\d{2}(?![\d/.]*\d)|${DAY_MONTH}|${MONTH_DAY}|${MONTH}\s+\d{4}\b|${PERIOD_DUE}|(?:before|release|version|firmware|fw|v)\s*\d+(?:\.\d+)+\b|(?!may\b)${MONTH}\.?(?![\w])(?!\s+\d))|\b((?:within|(?:over|in|during|within) the (?:next|coming)) (?:\d+|two|three|four|five|six|a few|few|couple of) (?:business )?(?:days?|weeks?|months?|sprints?))\b|\b(?:expect|plan|aim|intend|schedul|land|ship|deliver|complet|finish|roll)\w*\b[^.\n]{0,40}?\b(?:in|by|for)\s+((?:early |late |mid-?)?(?:Q[1-4]|H[12])\s*(?:20\d\d)?)\b|(?<=\[[A-Z][a-z]+\][ \t]*[-–—]\s*)(${NUMERIC_DATE})|\b(?:before|by|until|ahead of)\s[^()\n]{1,40}?\((${NUMERIC_DATE}|${DAY_MONTH}|${MONTH_DAY})\)|(?<=\S\s+)\b(?:before|until|till)\s+(${NUMERIC_DATE}|${DAY_MONTH}|${MONTH_DAY}|v\d+(?:\.\d+)+)(?=\s*(?:\([^()\n]{1,20}\))?[\s.,;:*_]*$)` +
    // "will install before 31 of January a new check": a day of the month said the Spanish way, before it.
    String.raw`|\bbefore\s+(\d{1,2} of ${MONTH}(?![a-z])(?:,? \d{4})?)` +
    // "… – do 05.12", "– do końca I kw. 2026": Polish "by", closing the item after its dash.
    String.raw`|(?<=[—–][ \t]{1,3})(do\s+(?:\d{1,2}\.\d{1,2}\.?(?![\d.]*\d)|${POLISH_QUARTER_END}(?:\s+\d{4})?))(?=[\s*_.]*$)` +
    // "innen 30.04", "inden 31.01", "Frist 12.03.", "Frist: 14. mars": Norwegian and Danish "by" and "deadline", before a day and month.
    String.raw`|\b(?:innen|inden|frist)[*_]*[ \t]*:?[ \t]*(\d{1,2}\.\d{1,2}(?![\d.]*\d)|\d{1,2}\.?[ \t]+${MONTH}(?![a-zæøå]))` +
    // "He's aiming for the week of 4 November", "aiming for end of June": the day (or period) the owner aims the work at.
    String.raw`|\b(?:aim|aiming|aims|target|targeting|targets|plan|planning|plans)\b[^.\n]{0,30}?\b(?:for|by|on)\s+(?:the\s+week\s+of\s+)?(${DAY_MONTH}|${MONTH_DAY}|${PERIOD_DUE})`,
  'i',
);
// A date standing among an item's fields ("... — @kim — 2024-05-20", "(@ana, Jun 10)") is its due date, unless it
// says when something already happened ("closed 2024-05-20"). In the action itself it is what the action is about.
const FIELD_DATE = new RegExp(
  String.raw`(?<!\b(?:created|opened|filed|raised|logged|reported|done|completed|closed|fixed|merged|shipped|landed|resolved|finished|since|posted|sent|published)(?: on)?[\s:]*)(?<![\w/.-])(${NUMERIC_DATE}|${MONTH_SLASH_DAY}|${DAY_SLASH_MONTH}|${DAY_MONTH}|\d{4}[- ]?Q[1-4]|Q[1-4](?:[ -]?|\s*\/\s*)\d{4}|Q[1-4]\/\d{2}|${MONTH}\/(?:\d{4}|\d{2})|(?:end (?:of )?)?Q[1-4]|(?:KW|vk|uge|uke|[Ww]eek|wk)\s?\d{1,2}(?:\s*\/\s*\d{4})?|sprint(?: (?!(?:of|for|in|on|the)\b)[A-Za-zà-ÿ]+)? \d{1,3}(?![\d ]*(?:weeks?|days?|months?|wks?)\b)|(?<!\d[ \t])${MONTH} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|${MONTH}\.? \d{4})(?![\w/-])`,
  'i',
);
// "Priority: high", "priority P1", GitLab's label `~"priority::1"`; not "a priority topic".
const PRIORITY_IN_TEXT = new RegExp(String.raw`(~"?priority::\s*\w+"?)|\b(${PRIORITY_LEVEL})|\bpriority\s*(?:[:=]\s*([A-Za-z0-9]+)|\s+(P?[0-4]|critical|high|medium|low|urgent)\b)|\b(critical|high|medium|low)[- ]priority\b`, 'i');
// In prose, "priority for us" is not a field: only "P1" or "Priority: High".
const PRIORITY_MARKED = new RegExp(String.raw`\b(${PRIORITY_LEVEL})|\bpriority\s*[:=]\s*([A-Za-z0-9]+)`, 'i');
// "to do" standing alone ("[to do]", "Status: to do"), not in a sentence ("had to do with").
const STATUS_LABELLED = /\b(?:status|statut|stato|estado|rag(?: status)?)[*_]*\s*[:=][*_]*\s*([^\n·|,;()]{2,30})|(?<![а-яёА-ЯЁ])(?:[Сс]татус|[Сс]остояние)[*_]*\s*[:=][*_]*\s*([^\n·|,;()]{2,30})/i;

/**
 * A Chinese, Japanese or Korean item's fields, as teams write them after the work: "负责人：李卓，截止时间：2024年8月30日，
 * 状态：进行中", "—— 吴涛，5/24，已完成", "@刘洋", "→ 担当：CS 木村さん、10月中", "（佐々木, 3/8）", "@suzuki-h 〜11/22", "— 담당:
 * 정태양, ~7/31", "(도현, 7월 5일까지)". Read only where the item's line is written in one of these scripts.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** The statuses these items close with ("— 완료", "，已完成"): no owner's name. */
const CJK_STATUS_WORD = String.raw`(?:已完成|已上线|已修复|已发放|进行中|处理中|待处理|未开始|完了|済|対応中|未着手|検討中|완료|진행\s?중|미착수|계획|예정)`;
const CJK_OWNER_KEY = String.raw`(?:负责人|责任人|跟进人|处理人|担当者?|담당자?)`;
/** A due date after a name in brackets: ", 3/8", "、〜11/22". */
const CJK_DUE_PART = String.raw`[，,、]\s*(?:[~〜～]\s*)?\d[^()（）\n]{0,15}`;
/**
 * A name in brackets closing the item, with its due date: "（佐々木, 3/8）", "(도현, 7월 5일까지)", "（@hayashi, 3/15）"; a
 * handle or a Korean name alone: "(예린)". Not a status ("(완료)"), nor Chinese or Japanese words alone ("（先小城市，
 * 再一线城市）"), which a name written in the same characters cannot be told from.
 */
const CJK_BRACKETED_NAME = String.raw`[（(]\s*(?!(?:${CJK_STATUS_WORD}|미정)[\s,，、)）])(?:(@[\w.-]+|[\p{Script=Hangul}]{2,4})(?:${CJK_DUE_PART})?|([\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}]{2,5})${CJK_DUE_PART})[)）]\s*$`;
const CJK_FIELDS_TAIL = new RegExp(String.raw`[\s，,；;→]*[（(]?(?:——|—|–|${CJK_OWNER_KEY}[*_]*\s*[:：]|@|[~〜～]\s*\d|${CJK_BRACKETED_NAME})[\s\S]*$`, 'u');
const CJK_OWNER = new RegExp(
  String.raw`${CJK_OWNER_KEY}[*_]*\s*[:：][*_]*\s*([^\s，,；;。|、()（）/]{1,20}(?:[ \t][^\s，,；;。|、()（）/]{1,12})?)(?=\s*(?:[，,；;。、)）/]|$))|(?:——|—|–)(?!\s*(?:${CJK_OWNER_KEY}|${CJK_STATUS_WORD}))\s*((?:@?[^\s，,；;。|—–@/]{1,12})(?:[ \t][^\s，,；;。|—–@/]{1,12})?)\s*(?=[，,；;/]|$)|(@[^\s，,；;。|()（）]{1,20})\s*(?=[，,；;。(（~〜～]|$)|${CJK_BRACKETED_NAME}`,
  'u',
);
const CJK_DUE = /(?:[，,、]|[~〜～]|(?:期限|締切|기한|마감일?)[*_]*\s*[:：])\s*(\d{1,2}\/\d{1,2}|\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}月\d{1,2}日|\d{1,2}월\s?\d{1,2}일)(?:까지)?(?=\s*(?:[，,；;。)）]|済|完了|완료|$))/u;
const CJK_STATUS = new RegExp(String.raw`(?:状态|状態|ステータス|상태)[*_]*\s*[:：][*_]*\s*([^\s，,；;。|]{2,10})|[，,\s—–]\s*(${CJK_STATUS_WORD})\s*[)）]?\s*$`, 'u');
/** A Russian item's fields after the work: "... Отв. — Тарасов О., до 31.05.2024. Статус: в работе." */
const RUSSIAN_FIELDS_TAIL = /(?:[.;,]\s*|\s+)(?:Отв\.?|Ответственн[а-яё]*|Исполнитель)\s*[:—–-][\s\S]*$/;
// "... and blocked build 2.41 from further deployment. (Completed)": the status in brackets, not a word of the work.
// "(In progress, expected by mid-December.)", "(Under evaluation.)": the status first, then a word on it.
const BRACKETED_STATUS = new RegExp(String.raw`\((done|completed?|in progress|planned|ongoing|blocked|open|closed|fixed|shipped|not started|wip|todo|under (?:evaluation|review|consideration|discussion))(?:(?![^()]*${NOTE_TAKES_BACK})(?:[.,;:](?:\s[^()]{0,80})?|\s[–—-]\s[^()]{0,80}))?\)(?=\W*$)`, 'i');
// The same closing a wrapped line of the item: "   Owner: Vikram Desai — due 2024-06-14 (done)".
const BRACKETED_STATUS_WRAPPED = new RegExp(BRACKETED_STATUS.source.replace('$)', '(?:\\n|$))'), 'i');
// Not a condition of the work ("... until the above is done", "once the migration is completed"), nor a word that
// describes it ("Post planned hardware work in #ops-changes", "an OU with blocked GPO inheritance"); "This work was
// completed on 8 March", "_done in grafana_" are its status. Nor a deadline ("target done by 31/03"), nor what the work
// checks ("validate that a generated policy set is complete").
/** What a bracket says is left to do beside a part done: "(disk resize done, audit open)". */
const PART_LEFT_OPEN = /\b(?:open|pending|remaining|outstanding|in progress|to do|todo|not started)\b/i;
// A status word, or one standing between the owner and the day ("— Ben, cancelled, 15 May"), or closing the item after
// its dash ("@kevin.m – auto S&F ... – by 31st – open").
const STATUS_IN_TEXT = /(✅|⏳|📅|🚧|(?<=\s[—–-][ \t]{1,3})(?:open|closed|ongoing|pending)(?=[ \t.]*$)|(?=(?:cancell?ed|on hold|deferred|parked|dropped|descoped|wontfix|not needed|superseded|rejected|abandoned|blocked|done|in progress),)(?<=[—–][ \t][^,\n]{1,40},[ \t]{0,3})(?:cancell?ed|on hold|deferred|parked|dropped|descoped|wontfix|not needed|superseded|rejected|abandoned|blocked|done|in progress)|(?<![A-Za-z0-9])(?<!\b(?:until|once|when|unless|if|after|before|that|whether)\s+(?:[\w-]+\s+){0,6}?(?:(?:is|are|be|been|gets?|got)\s+)?)(?<!(?:\bnot|n['’]t|\bnever|\bno longer)\s+(?:(?:be|been|get|got|gets)\s+)?)(?<!\b(?:should|must|will|would|could|can|to|shall)\s+(?:be|get)\s+)(?:(?:done|completed?)(?!\s+(?:by|before)\b|\?)|in progress|planned|todo|to do(?!\s+\w)|blocked(?!\s+(?!(?:by|on|until|pending|waiting|for)\b)[a-z])|wip|not started)\b)/gi;
// A word after the status that it describes: "planned hardware work" (case matters: "Done Thursday" is a status; so is
// "Done during the incident").
const DESCRIBED_WORK = /^\s+(?!(?:in|on|by|at|as|via|per|and|or|for|with|since|but|yet|the|a|an|to|from|after|before|last|this|today|yesterday|already|now|until|during|while|over|within)\b)[a-z]{3,}\b/;
// "closed" only as a field after the action ("— **closed**", "[closed]", "Status: closed"): in the action it is what the
// action is about ("Archive (closed) incidents").
const CLOSED_FIELD = /(?<=(?:[—–(\[|]|\*\*|__|status[*_]*\s*[:=])[*_\s]*)closed\b/i;
const TICKET_IN_TEXT = /\b([A-Z][A-Z0-9]+-\d+)\b|(?:^|\s)(#\d+)\b|(https?:\/\/\S+\/(?:issues|pull|browse|tickets?)\/\S+)/;

// When an item is due relative to when it was written ("— @sam — EOW", "— me, this weekend", "by Friday", "(next sprint)",
// "should land this week"), or by a release ("— @hsato, 2.17", "before 2.15", "aiming for 2.15.0"): a due date with no
// date to check. Only after the item's fields begin, or after "by"; a weekday's own ("Friday's deploy") is not one. In
// German too: "— Katrin, diese Woche", "bis Di".
const RELATIVE_DUE = new RegExp(
  String.raw`(?:\b(?:due|by|before|until|bis|(?:should|will|to)\s+(?:land|ship|merge|go out|be (?:done|merged|shipped|live|in)))[*_]*\s*[:=]?[*_]*\s*|(?<=(?:[—–,;(]|\s-)[ \t]*))((?:(?:this|next) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?=\W*$)|weekend)|today|tonight|tomorrow|EO[DWMQY]|COB|(?:the )?end of (?:the |this |next )?(?:day|week|month|quarter|sprint|year|${MONTH}(?<!\.))|(?:this|next) (?:week|month|quarter|sprint)|(?:diese[nrs]?|nächste[nrs]?) (?:woche|monat|sprint|quartal)|heute|(?<=(?:\bbis|,)[ \t]*)(?:(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch)|(?<=\bbis )(?:mo|di|mi|do|fr|sa|so)(?=\.?\W*$)|(?<!\([ \t]*)(?:(?:aiming |targeting )?(?:for|in) )?(?:v\d+(?:\.\d+)+|\d+\.\d+\.\d+|\d+\.(?:1[3-9]|[2-9]\d|\d{3,})|(?:3[2-9]|[4-9]\d|\d{3,})\.\d+)(?:\.x)?(?![\d.]*\d)(?=[\s.)]*$))(?![\p{L}'’])`,
  'iu',
);

const LEAD_WHEN = new RegExp(`^(?:${PERIOD_DUE}|${DUE_VALUE})$`, 'i');
// A line opening "TODO:" is the same, unbolded, as terse follow-up lists write it.
const STATUS_LEAD = /^(?:\*\*|__|(?=TODO\s*:))(done|completed?|in progress|planned|ongoing|blocked|next|todo|to do)(?:\s*\(([^()\n]{1,20})\)|\s*,\s*(?:by\s+|due\s+)?([^()*_:,\n]{1,20}?))?\s*:?(?:\*\*|__|(?<=TODO\s*:))\s*:?\s*/i;
/** "TODO: add an alert": a line of work still to do, one item a line. */
// Also a plain-text checklist's line, as a mailing list writes it (" [ ] Move signing off CI", " [x] Revoke the key").
const TODO_LINE = /^[ \t]*(?:TODO\s*:|\[[ xX]\])[ \t]*\S/gm;
/** A line of a plain-text checklist that goes on from the line above: indented past the box. */
const WRAPPED_LINE = /\n[ \t]{2,}(?!\[[ xX]\])\S[^\n]*/y;

/** An item whose work is struck out from its start to its end or its fields: "~~Restart pods weekly~~ — dropped". */
const STRUCK_OUT = /^\s*~~[^~\n]+~~\s*(?:$|[—–(:;,.]|-\s|(?:dropped|cancell?ed|abandoned|descoped|rejected|obsolete|not doing|won['’]t do)\b)/;
/** A figure's name alone: "Time to detect", "MTTR", "Total duration". */
const FIGURE_KEY = /^\W*(?:MTT[A-Z]|TT[A-Z]|time to \w+|(?:total |incident |outage |impact )?(?:duration|downtime))\W*$/i;
/** A note of how the response measured up in a list of follow-ups ("TTD was 3 min, fine."): no work to do. */
const FIGURE_NOTE = /^\W*(?:MTT[A-Z]|TT[A-Z]|time to \w+)\b[^.\n]{0,20}?\b(?:was|were|is)\s+(?:~|about\s+|only\s+)?\d/i;

// "- None", "| N/A | | |", "- No further actions required at this time": the list says there is nothing to do. (A "TBD"
// there is a placeholder, which its own rule reports.)
const NOTHING_TO_DO = /^[\s*_]*(?:none|n\/a|nil|nothing|no(?:\s+(?:further|other|additional|new|more|follow-?up))?\s+(?:actions?|action items?|follow-?ups?|items?|changes?|work))(?:\s+(?:further|more|else|yet|so far|for now|at (?:this|the) (?:time|point|stage|moment)|at present|(?:(?:was|were|is|are)\s+)?(?:identified|needed|required|planned|necessary|proposed)))*[\s*_.!]*$/i;

/** A label, then nothing yet: "Root cause: TBD", "Impact: ???". */
const LABEL_UNFILLED = /^[\s*_]*([^:\n]{2,40}?)[\s*_]*:[\s*_]*(?:TBD|TBC|TBA|TODO|\?{1,3}|unknown|pending|to be (?:confirmed|determined|written))\b/i;

/** "Root cause: TBD", "Impact: TBD - need count of delayed faxes": a note of a section still to be written, no follow-up work. */
function sectionToWrite(text: string): boolean {
  const note = LABEL_UNFILLED.exec(text);
  return note !== null && labelKindsOf(note[1]).some((kind) => kind !== 'action-items');
}

/**
 * An item opening with what its reader may do ("If you ...", "You can ...", "The Advice Centre (...) can help you ..."), or
 * is asked to decide ("We propose to this Vice-rectorate to approve ...").
 */
const ADDRESSES_READER = /^[\s*_]*(?:[Ii]f you\b|[Yy]ou (?:can|could|may|do not|don['’]t|are (?:entitled|welcome))\b|(?:the |our |your )?(?:[A-Z][\w'’.&-]*\s+){1,6}(?:\([^()\n]{0,60}\)\s+)?can help you\b|We (?:propose|suggest|ask|request)(?: to)? (?:you|(?:this|the|our) (?:[A-Z][\w-]*(?:[ -][A-Z][\w-]*)*|board|committee|council|senate|management|directors?|executive|leadership)\b)[^.\n]{0,40}? to (?:approve|authori[sz]e|decide|sign|accept)\b)/;

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
    const [textStart, paragraphEnd] = offsetsOf(first);
    // "TODO: ..." lines right under the item, which Markdown adds to its paragraph: items of their own.
    const textEnd = textStart + (todoLinesIn(index.text.slice(textStart, paragraphEnd), 1)[0] ?? paragraphEnd - textStart);
    // "In the future, when ...:" with bullets under it frames the items below; it is not one.
    if (/:[*_]*\s*$/.test(index.text.slice(textStart, textEnd)) && item.children.some((child) => child.type === 'list')) continue;
    if (FIGURE_NOTE.test(index.text.slice(textStart, Math.min(textEnd, textStart + 80))) || sectionToWrite(index.text.slice(textStart, Math.min(textEnd, textStart + 80)))) continue;
    // "Questions for the review on Thursday:" over "- should weekends have two MOEs?": questions to discuss, no work yet.
    if (/\?[*_)\s]*$/.test(index.text.slice(textStart, textEnd)) && QUESTIONS_LEAD_IN.test(introductionOf(index, start)?.text ?? '')) continue;
    const cut = textEnd < paragraphEnd;
    const read = textItem(index, { start, end: cut ? textEnd : end, textStart, textEnd, checked: item.checked ?? null, whole: cut ? index.text.slice(start, textEnd) : toString(item) });
    if (!read) continue;
    // "If you feel the disruption affected you, you can make a claim ...": a letter's advice to its reader, no work
    // (unless the item is written as work: a box or an owner).
    if (item.checked === null && !read.owner && ADDRESSES_READER.test(read.action.text)) continue;
    enclosingEnd = end;
    items.push(read);
  }
  return items;
}

const QUESTIONS_LEAD_IN = /^[\s*_]*(?:(?:open|remaining|outstanding|some|a few|other)\s+)?(?:questions?|things to discuss|to discuss|for discussion)\b[^\n]*:[*_]*\s*$/i;

/** A bullet that is one field of an item ("- Responsible officer: Head of WebOps", "- Target date: 31 December 2026"). */
const FIELD_BULLET = /^[\s*_]*(?:responsible(?: officer| person| party)?|(?:person|people|team) in charge|owners?|assignee|target(?: date)?|due(?: date)?|deadline|status|priority|verantwortlich|bis|termin|fällig|responsable|respons[aá]vel|prazo|plazo|estado|estatus|statut|échéance)[*_]*\s*:/i;

/**
 * "**R1. Monitor the expiry of every certificate.**" over "- Responsible officer: ...", "- Target date: ...": a
 * paragraph whose list right below it holds only its fields, as formal reports write recommendations: one item. The
 * field bullets are no items of their own.
 */
function titledFieldItems(index: DocumentIndex, inActionSection: (offset: number) => boolean): { items: ActionItem[]; fields: Set<ListItem> } {
  const items: ActionItem[] = [];
  const fields = new Set<ListItem>();
  for (const list of index.lists) {
    const [listStart, listEnd] = offsetsOf(list);
    if (!inActionSection(listStart) || !list.children.every((item) => FIELD_BULLET.test(index.text.slice(...offsetsOf(item)).replace(/^\s*[-*+]\s+/, '')))) continue;
    const title = paragraphEndingBefore(index, listStart);
    if (!title) continue;
    const [start, end] = offsetsOf(title);
    // The title's bold is no part of the action.
    const bold = /^(?:\*\*|__)?/.exec(index.text.slice(start, end))![0].length;
    const read = textItem(index, { start, end: listEnd, textStart: start + bold, textEnd: end, checked: null, whole: `${toString(title)}\n${toString(list)}` });
    if (!read) continue;
    items.push(read);
    for (const item of list.children) fields.add(item);
  }
  return { items, fields };
}

/**
 * "### M1 – Change delta logic to UTC" over "Owner: T. Reinhardt", "Due: KW 46", "Status: open" (or "Verantwortlich:",
 * "bis:"), a line each: a heading naming the work, its fields in the paragraph right below it, one item.
 */
function headedFieldItems(index: DocumentIndex, inActionSection: (offset: number) => boolean): ActionItem[] {
  const items: ActionItem[] = [];
  for (const heading of index.headings) {
    const [start, end] = offsetsOf(heading);
    if (heading.depth < 3 || !inActionSection(start)) continue;
    const fields = paragraphStartingAfter(index, end);
    if (!fields) continue;
    const [, fieldsEnd] = offsetsOf(fields);
    const lines = toString(fields).split('\n');
    if (lines.length < 2 || !lines.every((line) => FIELD_BULLET.test(line))) continue;
    const textStart = start + /^#+[ \t]*/.exec(index.text.slice(start, end))![0].length;
    const read = textItem(index, { start, end: fieldsEnd, textStart, textEnd: end, checked: null, whole: `${toString(heading)}\n${toString(fields)}` });
    if (read) items.push(read);
  }
  return items;
}

/** The paragraph right below `offset` (a heading's end), at most a blank line between. */
function paragraphStartingAfter(index: DocumentIndex, offset: number): Paragraph | undefined {
  const paragraphs = index.paragraphs;
  let [low, high] = [0, paragraphs.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsetsOf(paragraphs[middle])[0] < offset) low = middle + 1;
    else high = middle;
  }
  const next = paragraphs[low];
  return next && !index.listParagraphs.has(next) && /^\s*$/.test(index.text.slice(offset, offsetsOf(next)[0])) && offsetsOf(next)[0] - offset <= 4 ? next : undefined;
}

/** The paragraph right above `offset`, a blank line at most between (none inside a list item: a top-level one). */
function paragraphEndingBefore(index: DocumentIndex, offset: number): Paragraph | undefined {
  return index.paragraphs.find((p) => !index.listParagraphs.has(p) && offsetsOf(p)[1] <= offset && offset - offsetsOf(p)[1] <= 4 && /^\s*$/.test(index.text.slice(offsetsOf(p)[1], offset)));
}

/** "**Action item:** ...", "Action point: ...", "[Action Item] ...": an item marked as one, wherever it is. */
const MARKED_ITEM = /^\s*(?:\*\*|__)?(?:\[action[ -]?(?:item|point)\]|action[ -]?(?:item|point)\s*:)(?:\*\*|__)?\s*(?=\S)/i;

/** The marker opening a paragraph, if it is marked as an action item. */
function itemMarker(index: DocumentIndex, paragraph: Paragraph): RegExpExecArray | null {
  const [start, end] = offsetsOf(paragraph);
  return MARKED_ITEM.exec(index.text.slice(start, Math.min(end, start + 40)));
}

/** Marked paragraphs, in an action-items section too (its bullets are read as bullets there), the marker left out of the action. */
function markedItems(index: DocumentIndex, inActionSection: (offset: number) => boolean): ActionItem[] {
  const items: ActionItem[] = [];
  for (const paragraph of index.paragraphs) {
    const [start, end] = offsetsOf(paragraph);
    if (inActionSection(start) && index.listParagraphs.has(paragraph)) continue;
    const marker = itemMarker(index, paragraph);
    if (!marker) continue;
    const read = textItem(index, { start, end, textStart: start + marker[0].length, textEnd: end, checked: null, whole: toString(paragraph) });
    if (read) items.push(read);
  }
  return items;
}

const SUBJECT = /\b(?:we|team)\b/i;
const PROMISE = /\b(?:will|plan to|intend to|are going to)\b/gi;

/**
 * A paragraph introducing a list of work the team will do ("The product team will address the following items:"):
 * its items are planned. It ends with a colon; before it (after any colon before that), a sentence says "we" or
 * "team", then "will", "plan to" ... Read a sentence at a time: as one regex, a long paragraph took cubic time.
 */
/** "We've already done the following:", "Completed so far:", "Completed:": a list of work done, introduced as such. */
const DONE_LEAD_IN = /(?:\bwe(?:['’]ve| have) already\b|\balready (?:done|completed|shipped|made|put in place|taken)\b|^\W*(?:completed|done|shipped) (?:so far|already)\b)(?![^:\n]*\band\s+(?:have|has|had)\s+(?:others|more)\s+(?:scheduled|planned|coming|in progress|under ?way)\b)[^:\n]*:[*_\s]*$|^[*_\s]*(?:completed|done|shipped|finished|implemented)[*_]*:[*_\s]*$/i;

function promisesWork(text: string): boolean {
  const colon = text.lastIndexOf(':');
  if (colon < 0 || !/^[*_]*\s*$/.test(text.slice(colon + 1))) return false;
  const from = colon > 0 ? text.lastIndexOf(':', colon - 1) + 1 : 0;
  return text.slice(from, colon).split('.').some((sentence) => {
    const subject = SUBJECT.exec(sentence);
    if (!subject) return false;
    PROMISE.lastIndex = subject.index + subject[0].length;
    return PROMISE.test(sentence);
  });
}

// The closing sentence of a paragraph that introduces a list of work: "We are now focused on:", "The product team will
// address the following items ...:", "To prevent similar issues in the future, we've made a few changes ...:", "We are
// taking the following steps to prevent recurrence:".
const WORK_LEAD_IN = /\b(?:we|team)\b[^:]*?\b(?:(?:will|plan to|intend to|are going to)\s+(?:address|do|take|implement|make|pursue|complete|work on|focus on)|(?:are|'re)\s+(?:now\s+)?(?:focused|focusing|working|committed)\s+(?:on|to))\b|\bprevent\b[^:]*\b(?:in the future|from happening again|recurrence)\b[^:]*\bwe\b|\bwe(?:['’]re|\s+are|\s+will\s+be)\s+(?:taking|making|putting in place|implementing|introducing)\s+(?:the following|these|several|a number of|some|two|three|four|five)\b/i;

/**
 * Lists of work outside an action-items section: a list introduced as the work the team commits to (see
 * WORK_LEAD_IN), and a list in a prevention section ("What we're doing differently") whose every item reads as
 * work promised or done ("We will ...", "Already added ..."). Advice addressed to readers ("you") is not work.
 */
function introducedItems(index: DocumentIndex, sections: Section[], inActionSection: (offset: number) => boolean): ActionItem[] {
  const within = (kind: string, offset: number) => sections.some((s) => s.kind === kind && offset >= s.bodyStart && offset < s.bodyEnd);
  const nested = new Set<Nodes>();
  for (const item of index.listItems) for (const child of item.children) if (child.type === 'list') nested.add(child);
  const items: ActionItem[] = [];
  for (const list of index.lists) {
    const [start] = offsetsOf(list);
    if (nested.has(list) || inActionSection(start) || within('timeline', start)) continue;
    const introduced = isWorkLeadIn(index, paragraphBefore(index, start));
    if (!introduced && !(within('prevention', start) && list.children.every((item) => readsAsWork(index, item)))) continue;
    items.push(...bulletItems(index, list.children));
  }
  return items;
}

function isWorkLeadIn(index: DocumentIndex, paragraph: Paragraph | undefined): boolean {
  if (!paragraph) return false;
  const [start, end] = offsetsOf(paragraph);
  const text = index.text.slice(start, end);
  if (!/:[*_]*\s*$/.test(text) || /\byou\b/i.test(text)) return false;
  // The last sentence; the lookbehind starts it only after a sentence's end: linear in a long one (was quadratic).
  return WORK_LEAD_IN.test(text.slice(text.search(/(?<![^.!?])[^.!?]*$/)));
}

/** Whether a list item's first line reads as work promised, under way, done or dropped ("We will ...", "We should ..."). */
function readsAsWork(index: DocumentIndex, item: ListItem): boolean {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return false;
  const [start, end] = offsetsOf(first);
  const firstLine = index.text.slice(start, end).split('\n')[0];
  return statusOfWording(firstLine) !== undefined || /\bwe\s+(?:should|need to|must)\b/i.test(firstLine);
}

// Prose that commits to work: an opening imperative (verbs that open the corpus's labelled items), "should", "we need
// to", "it would be useful to", or a closing report of the work done ("(fixed by ...)").
const IMPERATIVE = /^(?:add|create|implement|document|investigate|update|make|set up|improve|define|establish|prevent|use|fix|teach|figure out|collect|move|avoid|modify|schedule|ask|evaluate|build|continue|align|include|increase|decrease|raise|articulate|ensure|adjust|apply|restore|harden|formalise|formalize|identify|separate|find|lower|confirm|enforce|remove|verify|monitor|have|know|reduce|introduce|automate|strengthen|review|write|migrate|enable|disable|replace|upgrade|audit|require|rotate|consolidate|expand|extend|publish|clarify)\b(?!\s+(?:is|was|were|are|has|had|held|done|completed|scheduled|planned|booked|took place)\b)/i;
const COMMITTED = /\bshould\b(?!\s+(?:not|never|have|be able)\b)|\bwe\s+(?:need to|must|will|plan to|intend to)\b|\bit would be (?:useful|good|helpful|better|nice) to\b/i;
// Also an apology closing a public account ("In closing, we apologize for the impact ..."): no work.
// Not the month: "(Fiona Marsh – by 31 May 2024)", "in May", "May 31".
const HEDGED = /\b(?:could|might|perhaps|unclear|not sure|apologi[sz]e|are (?:deeply |truly |very )?sorry)\b|(?<!\b(?:in|by|of|mid|early|late|until|till|before|after|since|from|\d{1,2}(?:st|nd|rd|th)?)[ \t]+)\bmay\b(?![ \t]+\d)/i;
// "(fixed by adding ...)", "(added an on-call role)": a closing report that the work is done.
const REPORTED_DONE = /\((?:fixed|added|done|completed|implemented|deployed|merged|shipped|resolved)\b[^)]*\)/i;
// "... before it starts signing real ones. This shipped on February 19.", "That was completed Friday afternoon.": a
// sentence dating the work done.
const REPORTED_SHIPPED = new RegExp(
  String.raw`(?:^|[.;!]\s+)(?:this|that|it|the (?:fix|change|check|alert|probe)s?)\s+(?:has\s+(?:been\s+)?|have\s+been\s+|was\s+|were\s+)?(?:shipped|landed|deployed|released|rolled out|went live|completed|merged)\s+(?:(?:on|in)\s+(?:\d|${MONTH})|(?:on\s+)?(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)`,
  'i',
);

/**
 * An action-items section written as prose, with no list or table: each paragraph that commits to work is an
 * item. Introductions, musings ("We could ...") and statements ("No fixes were necessary.") are not.
 */
const TICKET_LEAD = /^[ \t]*(\*\*|__)?[A-Z][A-Z0-9]{1,9}-\d+\1?[ \t]*[:—–][ \t]*(?=\S)/;

/** A line of a paragraph naming who does the work: "Responsible: Priya Natarajan", "Owner: Ops", "Control owner: Rachel Obi". */
const OWNER_LINE = /\n[ \t]*[*_]*(?:[A-Za-z-]+[ \t]+)?(?:responsible|owners?|assignee|accountable|(?:person|people|team) in charge)[*_]*[ \t]*:/i;
/**
 * "**MOBBLD-311 — Release builds do not read from the cache.** Owner: Hannah. Due 23 Feb.", "**Make the batch
 * idempotent.** Checkpoint per customer. Owner: Jana Vogt, due 15.12.2023.": a bold title, then its owner after a sentence.
 */
const TITLE_THEN_OWNER = /^[ \t]*(\*\*|__)((?:(?!\1)[^\n]){3,200})\1[ \t]*(?:[^]{0,600}?[.;!][ \t\n]+)?[*_]*(?:owners?|responsible|assignee|accountable)[*_]*[ \t]*:/i;

/**
 * "**Recommendation 1: Restore log clean-up**" over its text, "Responsible: Priya" and "By: Friday 14 March 2025" in
 * one paragraph, as a report converted from Word writes them; or "**Emily Zhang** — release pipeline: ... — due
 * 2023-12-15", a paragraph opening with who does it: under Action Items or Recommendations, an item each.
 */
function fieldedParagraphItems(index: DocumentIndex, sections: Section[]): ActionItem[] {
  const bodies = sections.filter((s) => s.kind === 'action-items' || s.kind === 'recommendations').map((s) => [s.bodyStart, s.bodyEnd] as const);
  const items: ActionItem[] = [];
  if (bodies.length === 0) return items;
  for (const paragraph of index.paragraphs) {
    const [start, end] = offsetsOf(paragraph);
    if (index.listParagraphs.has(paragraph) || !bodies.some(([from, to]) => start >= from && start < to) || itemMarker(index, paragraph)) continue;
    const text = index.text.slice(start, end);
    const lead = LEAD_OWNER.exec(text);
    const titled = TITLE_THEN_OWNER.exec(text);
    if (!OWNER_LINE.test(text) && !titled && !(lead && !NOT_A_NAME.test(lead[1]))) continue;
    const read = textItem(index, { start, end, textStart: start, textEnd: end, checked: null, whole: toString(paragraph) });
    if (read) items.push(titled ? withTitleAsAction(read, titled, start) : read);
  }
  return items;
}

/**
 * The item's action cut to its bold title, when the text read runs on past it into the sentences that explain it. Not
 * to a label ("**Recommendation 1.** The Department require ..."), which names no work, nor to a single word.
 */
function withTitleAsAction(item: ActionItem, titled: RegExpExecArray, paragraphStart: number): ActionItem {
  const title = titled[2].replace(TITLE_END, '').replace(TICKET_LEAD, '');
  const at = paragraphStart + titled[0].indexOf(titled[2]) + titled[2].indexOf(title);
  if (!namesWork(title) || item.action.start > at || item.action.end <= at + title.length) return item;
  return { ...item, action: { text: title, start: at, end: at + title.length } };
}

/** A paragraph's bold title, as the action it names. */
function titleOf(titled: RegExpExecArray, paragraphStart: number): Located {
  const title = titled[2].replace(TITLE_END, '');
  const at = paragraphStart + titled[0].indexOf(titled[2]);
  return { text: title.replace(/\s*\n\s*/g, ' '), start: at, end: at + title.length };
}

const TITLE_END = /[\s.:;—–-]+$/;

/** A title of two words or more that is not a numbered label ("Recommendation 1", "Action 3", "Item 2a"). */
function namesWork(title: string): boolean {
  return title.trim().split(/\s+/).length >= 2 && !/^\p{L}+\.?\s*\d+[a-z]?$/u.test(title.trim());
}
/**
 * "**Lease timeout.** Keep the 8s ...": a paragraph under Action Items opening with its bold title (wrapped, maybe), an
 * item as a list's would be.
 */
const BOLD_TITLE = /^[ \t]*(\*\*|__)((?:(?!\1)[^\n]|\n(?![ \t]*\n)){3,240}?)\1/;

/** A letter's closing words, before its signature. */
const VALEDICTION = /^[\s*_]*(?:(?:kind|best|warm|warmest|many thanks and)\s+)?regards|^[\s*_]*(?:sincerely|yours(?: sincerely| faithfully| truly)?|thanks|thank you|cheers|atentamente|saludos|cordialmente|cordialement|mit freundlichen grüßen|viele grüße|met vriendelijke groet(?:en)?)[\s*_]*[,.!]?[\s*_]*$/i;
/**
 * "Review meeting is Thursday 3/14 at 2:00 PM", "Update cadence was hourly": a verb's word opening a noun, the subject
 * of the sentence's "is", not a command ("Ensure alerting is enabled" is one: its verb takes the clause).
 */
const NOUN_THEN_VERB = /^[*_]*(?!(?:Ensure|Verify|Confirm|Check|Validate|Make|Test|Prove|Guarantee|Document|Determine|Decide|Assess|Evaluate|Investigate|Clarify|Agree|Note|Show|Audit|Assert)\b)[A-Z][a-z]+[ \t]+(?!(?:that|it|this|these|those|everything|all|each|every|nothing|the|a|an|our|your|their|its|no|any|there|what|whether|how|why|who|if)\b)[a-z]+[ \t]+(?:is|are|was|were|will be|has been)\b/;
function proseItems(index: DocumentIndex, bodies: (readonly [number, number])[], found: ActionItem[]): ActionItem[] {
  const items: ActionItem[] = [];
  const seen = new Set<Paragraph>();
  for (const [from, to] of bodies) {
    const inside = (offset: number) => offset >= from && offset < to;
    // A section of lists or tables: its paragraphs introduce them. Paragraphs another reader took are items already.
    if (index.listItems.some((item) => inside(offsetsOf(item)[0])) || index.tables.some((table) => inside(offsetsOf(table)[0]))) continue;
    let previous = '';
    for (const paragraph of index.paragraphs) {
      const [start, end] = offsetsOf(paragraph);
      const signed = VALEDICTION.test(previous);
      previous = end - start < 40 ? index.text.slice(start, end) : '';
      if (!inside(start) || seen.has(paragraph) || index.listParagraphs.has(paragraph) || itemMarker(index, paragraph) || found.some((item) => item.start === start)) continue;
      seen.add(paragraph);
      // "Kind regards," then "**Professor Helen Marsh**": the letter's signature, no work.
      if (signed) continue;
      const text = index.text.slice(start, end);
      const firstSentence = /^[^]*?[.!?](?=\s|$)|^[^]*$/.exec(text)?.[0] ?? text;
      // "Priya will extend the limiter ...": a named person's promise is work too.
      const titled = BOLD_TITLE.exec(text);
      const titledWork = titled !== null && namesWork(titled[2].replace(TITLE_END, ''));
      const imperative = IMPERATIVE.test(text) && !NOUN_THEN_VERB.test(firstSentence);
      const work = titledWork || REPORTED_DONE.test(text) || ((imperative || COMMITTED.test(text) || AUTHOR_PROMISE.test(text) || (SUBJECT_OWNER.test(text) && !NOT_A_SUBJECT.test(text))) && !HEDGED.test(firstSentence));
      if (!work) continue;
      const read = textItem(index, { start, end, textStart: start, textEnd: end, checked: null, whole: toString(paragraph), prose: true });
      if (read) items.push(titledWork ? { ...read, action: titleOf(titled, start) } : read);
    }
  }
  return items;
}

/** Offsets in `text` of the lines opening "TODO:", from line `fromLine` on (0: the first line too). */
function todoLinesIn(text: string, fromLine: number): number[] {
  const firstLineEnd = fromLine > 0 ? text.indexOf('\n') : -1;
  if (fromLine > 0 && firstLineEnd < 0) return [];
  return matchesOf(TODO_LINE, text).map((m) => m.index).filter((at) => at > firstLineEnd);
}

/** "TODO: add grafana screenshots ... here", "TODO: link the dashboard in this section": work on the write-up itself. */
const ABOUT_THIS_DOCUMENT = /^TODO\b[^\n]*?(?:\bscreenshots?\b|\bgraphs?\b[^\n]*\bhere\b|\bhere\W*$|\bthis (?:doc|document|section|write-?up|post-?mortem|page)\b)/i;

/**
 * "TODO: add an integration test" lines in an action section, in a paragraph of their own or under a bullet (its
 * lazy continuation): an item each, still to do. `read` are the section's prose items, kept unless a line is one.
 */
function todoLineItems(index: DocumentIndex, inActionSection: (offset: number) => boolean, read: ActionItem[]): ActionItem[] {
  const items: ActionItem[] = [];
  for (const paragraph of index.paragraphs) {
    const [start, end] = offsetsOf(paragraph);
    if (!inActionSection(start)) continue;
    const text = index.text.slice(start, end);
    const inList = index.listParagraphs.has(paragraph);
    for (const at of todoLinesIn(text, inList ? 1 : 0)) {
      const lineStart = start + at + (/^[ \t]*/.exec(text.slice(at))?.[0].length ?? 0);
      let lineEnd = start + (text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
      const boxed = text.startsWith('[', lineStart - start);
      // "> [ ] Rotate the other secrets": a reply quoting the list, not an item of its own.
      if (boxed && index.text.slice(index.text.lastIndexOf('\n', lineStart - 1) + 1, lineStart).includes('>')) continue;
      // "[ ] Move signing off CI, and upload\n     signatures only [Henrik] - 2026-12-20": the lines it wraps onto.
      if (boxed) {
        WRAPPED_LINE.lastIndex = lineEnd - start;
        for (let wrapped = WRAPPED_LINE.exec(text); wrapped; wrapped = WRAPPED_LINE.exec(text)) lineEnd = start + wrapped.index + wrapped[0].length;
      }
      // "TODO: add grafana screenshots ... here": work on this document, a placeholder of its own, no item.
      if (!boxed && ABOUT_THIS_DOCUMENT.test(index.text.slice(lineStart, lineEnd))) continue;
      const item = textItem(index, { start: lineStart, end: lineEnd, textStart: lineStart, textEnd: lineEnd, checked: null, whole: index.text.slice(lineStart, lineEnd) });
      if (item) items.push(item);
    }
  }
  const lines = new Set(items.map((item) => item.start));
  return [...read.filter((item) => !lines.has(item.start)), ...items];
}

/** "by Friday 14 March.": a month written in full takes no full stop of its own; the sentence's is not the date's. */
function withoutFullStop(value: Located | undefined): Located | undefined {
  return value && /[a-z]{4,}\.$/i.test(value.text) ? { text: value.text.slice(0, -1), start: value.start, end: value.end - 1 } : value;
}

/** "Status: Open. Notes ...": the value without the full stop that ends its sentence, nor what follows it. */
function withoutSentenceEnd(value: Located | undefined): Located | undefined {
  const end = value ? /\.(?:\s|$)/.exec(value.text) : null;
  return value && end ? { text: value.text.slice(0, end.index), start: value.start, end: value.start + end.index } : value;
}

/** Where a match's group (or the whole match) is in the document, for a match in text starting at `base`. */
function groupLocated(match: RegExpExecArray, base: number, group = 1): Located {
  const start = base + match.index + match[0].indexOf(match[group]);
  return { text: match[group], start, end: start + match[group].length };
}

/**
 * An action wrapped onto the item's next lines ("Patch openssh on every bastion and wire the alert via a" / "webhook.
 * Owner: Aaron"): its words up to the fields, read as one line. Not the nested items or a paragraph after a blank line.
 */
function wrappedAction(index: DocumentIndex, actionStart: number, firstLineText: string, lineEnd: number, textEnd: number, ownerAt = Infinity): Located {
  const single = { text: firstLineText, start: actionStart, end: actionStart + firstLineText.length };
  if (lineEnd >= textEnd || /[.!?:]$/.test(firstLineText)) return single;
  const continuation = continuationOf(index, lineEnd, textEnd);
  // A line opening with a capital is a sentence of its own (a title, then what it means), unless the line before
  // broke off after a word that needs one ("... ticket at" / "Linode") or inside a bracket ("(Gmail, Outlook," / "Yahoo").
  if (/^\s*[A-Z]/.test(continuation) && !/\b(?:a|an|the|at|to|of|in|on|for|from|by|with|and|or|via|into|than)$/i.test(firstLineText) && !/\([^()]*$/.test(firstLineText)) return single;
  // An owner whose dash ends the first line leaves no wrapped words.
  const fields = Math.min(...[continuation.search(FIELDS_START), Math.max(0, ownerAt - lineEnd)].filter((at) => at >= 0));
  // The wrapped words end at the first sentence's end or the fields, whichever comes first.
  const sentence = /(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx))[.!?](?=\s|$)/.exec(continuation);
  const until = Math.min(fields, continuation.length, sentence ? sentence.index : continuation.length);
  // "*(Northgate – Dana – due 3/22)*" on the line below: the bracket the owner opens is the fields', not the action's.
  const words = continuation.slice(0, until).replace(/[\s*_]*\([^()]*$/, '').replace(/[\s*_,;:—–-]+$/, '');
  if (!/[A-Za-z]/.test(words)) return single;
  // A link's target is no word of the action ("... at Linode](https://...)").
  // "(Gmail, Outlook," / "Yahoo seed accounts)": the comma the line broke after stays.
  const joint = /,[\s*_]*$/.test(index.text.slice(actionStart, lineEnd)) ? ', ' : ' ';
  return { text: `${firstLineText}${joint}${words.replace(/\]\([^)\s]*\)/g, ']').replace(/\s+/g, ' ').trim()}`, start: actionStart, end: lineEnd + words.length };
}

/** The lines of an item's first paragraph after its first line (from the line break at `lineEnd`). */
function continuationOf(index: DocumentIndex, lineEnd: number, textEnd: number): string {
  const rest = index.text.slice(lineEnd, textEnd);
  const paragraphEnd = rest.search(/\n[ \t]*(?:\n|[-*+][ \t]|\d+[.)][ \t]|>)/);
  return rest.slice(0, paragraphEnd < 0 ? rest.length : paragraphEnd);
}

/**
 * "- [ ] Remote config service rejects values above the version that is at\n  100% in the store — Hannah Wright — due
 * 28 Jun": a wrapped item whose owner closes its last line, with its offset.
 */
function wrappedTrailingOwner(index: DocumentIndex, lineEnd: number, textEnd: number): { match: RegExpExecArray; lineStart: number; group: number; due?: Located } | undefined {
  if (lineEnd >= textEnd) return undefined;
  const continuation = continuationOf(index, lineEnd, textEnd);
  const lastBreak = continuation.lastIndexOf('\n');
  const lastLine = continuation.slice(lastBreak);
  // "... from the old GPO baseline –\n **Clinical Systems Infrastructure**, due 9/2/24": the dash that opens the owner
  // ends the line above.
  const dashAbove = /\s(?:[—–]|--?)[ \t]*$/.test(index.text.slice(Math.max(0, lineEnd + lastBreak - 4), lineEnd + lastBreak));
  // "... instead of a log file.\n  Marcus, by 3/21.": a sentence ending the line above, then the name opening this one.
  const sentenceAbove = !dashAbove && /[.!?][*_]*[ \t]*$/.test(index.text.slice(Math.max(0, lineEnd + lastBreak - 4), lineEnd + lastBreak));
  const lead = dashAbove ? ' –' : sentenceAbove ? '.' : '';
  const match = trailingOwnerIn(`${lead}${lastLine}`);
  const group = match ? nameGroup(match) : 0;
  // "... during campaign weeks. (Marisol)", "... earlier). Daniel, Oct 4.": a name closing the item's last line after
  // its work, as it would its first.
  if (match && (group === 1 || group === AFTER_SENTENCE || group === BRACKETED_NAME || group === TAKES_IT_ON)) return { match, lineStart: lineEnd + lastBreak - lead.length, group };
  // "(Kwame, before the campaign\n   launches on Dec 10)": a name and when, in a bracket closing the item; "... (PLAT-1234,
  // Tomás,\n   12/1).": or in one the first line opens.
  const firstLine = index.text.slice(index.text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd);
  const opened = firstLine.lastIndexOf('(');
  const from = opened >= 0 && !firstLine.includes(')', opened) ? lineEnd - firstLine.length + opened : lineEnd;
  const fields = closingBracketFields(index.text.slice(from, lineEnd) + continuation);
  if (!fields) return undefined;
  const dueAt = from + fields.index + fields[0].length - 1 - (fields[2]?.length ?? 0);
  const due = fields[2] === undefined ? undefined : { text: fields[2].trim().replace(/\s+/g, ' '), start: dueAt, end: dueAt + fields[2].trimEnd().length };
  return { match: fields, lineStart: from, group: 1, due };
}

/**
 * The name and when in the bracket closing `text`, wherever its lines break ("... (Kwame, before the campaign\n
 * launches on Dec 10)."): PARENTHESIZED_FIELDS's match, at its offset in `text`, when the name is capitalised.
 */
function closingBracketFields(text: string): RegExpExecArray | null {
  const unbroken = text.replace(/[\r\n]/g, ' ');
  const closing = /\([^()]*\)[.\s]*$/.exec(unbroken);
  const fields = closing && PARENTHESIZED_FIELDS.exec(unbroken.slice(closing.index));
  if (!fields || !PARENTHESIZED_NAME_CAPITALISED.test(fields[1])) return null;
  fields.index += closing!.index;
  return fields;
}

/** "... alert on mismatch –\n  @chris.lowe – end of March": when it is due, after the owner on the wrapped line. */
function dueAfterWrappedOwner(index: DocumentIndex, wrapped: { match: RegExpExecArray; lineStart: number }, textEnd: number): Located | undefined {
  const tailStart = wrapped.lineStart + wrapped.match.index + wrapped.match[0].length;
  const tail = index.text.slice(tailStart, textEnd).split('\n', 1)[0];
  const written = RELATIVE_DUE.exec(tail) ?? FIELD_DATE.exec(tail);
  if (!written) return undefined;
  const at = tailStart + written.index + written[0].lastIndexOf(written[1]);
  return { text: written[1], start: at, end: at + written[1].length };
}

/**
 * The first status word in an item's text that is not a word describing the work ("Post planned hardware work"), nor
 * one of the bold title's words ("**... active merges blocked**"), nor a part's in brackets that leave the rest open
 * ("(disk resize done, audit open)").
 */
/**
 * 'fix the "timeout = complete" bug', '(status "Failed", not "Completed")': a status word inside a quoted phrase, or
 * quoted after "not", is a name quoted, not the item's state; '— Dana — "Done"' is its state.
 */
function quotedNotState(source: string, at: number, length: number): boolean {
  const lineStart = source.lastIndexOf('\n', at) + 1;
  const lineEnd = source.indexOf('\n', at) < 0 ? source.length : source.indexOf('\n', at);
  const before = source.slice(lineStart, at);
  const after = source.slice(at + length, lineEnd);
  const opening = /["“„]([^"“”„\n]{0,40})$/.exec(before);
  const closing = /^([^"“”„\n]{0,40})["”“]/.exec(after);
  if (!opening || !closing) return false;
  return opening[1].trim() !== '' || closing[1].trim() !== '' || /\bnot\s*$/i.test(before.slice(0, opening.index));
}

function statusWordIn(source: string, textStart: number): Located | undefined {
  // A title of a few words, not a status in bold ("**Done** Rotate the keys").
  const title = /^\s*(\*\*|__)([\s\S]*?)\1/.exec(source);
  const titleEnd = title && title[2].trim().split(/\s+/).length >= 3 ? title[0].length : -1;
  for (const match of matchesOf(STATUS_IN_TEXT, source)) {
    if (DESCRIBED_WORK.test(source.slice(match.index + match[0].length))) continue;
    if (match.index < titleEnd) continue;
    if (quotedNotState(source, match.index + match[0].lastIndexOf(match[1]), match[1].trim().length)) continue;
    const bracket = /\(([^()\n]*)$/.exec(source.slice(0, match.index));
    if (bracket && PART_LEFT_OPEN.test(bracket[1] + source.slice(match.index).split(')', 1)[0])) continue;
    const valueAt = textStart + match.index + match[0].lastIndexOf(match[1]);
    return { text: match[1].trim(), start: valueAt, end: valueAt + match[1].trim().length };
  }
  return undefined;
}

/**
 * A paragraph's owner and when, in the bracket closing its first sentence or the paragraph, wherever its lines break
 * ("... across\nInformation Services (Fiona Marsh – by 31 May 2024).", "We will add ... Had this been in place ...
 * (Messaging team – by 30 April 2024).").
 */
function proseBracket(source: string): RegExpExecArray | null {
  const unbroken = source.replace(/[\r\n]/g, ' ');
  return PARENTHESIZED_FIELDS.exec(unbroken.slice(0, /[.!?](?=\s|$)/.exec(unbroken)?.index ?? unbroken.length)) ?? closingBracketFields(source);
}

/** Reads an item's action and its fields (owner, due date, priority, status, ticket) from its text. */
function textItem(index: DocumentIndex, at: { start: number; end: number; textStart: number; textEnd: number; checked: boolean | null; whole: string; prose?: boolean }): ActionItem | undefined {
  const { start, end, textStart, textEnd } = at;
  const source = index.text.slice(textStart, textEnd);
  // "- [] text": a checkbox written without its space, which Markdown leaves as text; "- [x] **Roll back**": a task's
  // box the parser leaves in the paragraph when bold opens it.
  // "- ✅ @brian.o – runbook ... – DONE 05/03": a status mark opening the item stands where a box would.
  const box = /^(?:\[([\sxX]?)\]|(?:✅|⏳|📅|🚧|✔️?|☑️?)(?=\s))\s*/u.exec(source);
  const boxLength = box?.[0].length ?? 0;
  // "**Owen** — change the dedup key ...": the item opens with its owner, in bold, then what they will do.
  const bracketed = at.prose ? null : BRACKETED_LEAD_OWNER.exec(source.slice(boxLength));
  const teamLead = at.prose ? null : TEAM_COLON_LEAD_OWNER.exec(source.slice(boxLength));
  const lead = at.prose ? null : (LEAD_OWNER.exec(source.slice(boxLength)) ?? (bracketed && !BRACKETED_TAG.test(bracketed[1]) ? bracketed : null) ?? plainLeadOwner(source.slice(boxLength)) ?? teamLead ?? colonLeadOwner(index.text, source.slice(boxLength), textStart));
  // A team's name in brackets may end as a topic does ("[Platform Security]"): the brackets say it is the owner, as
  // "team" does before a colon.
  const leadOwner = lead && (lead === bracketed || lead === teamLead || !NOT_A_NAME.test(lead[1])) ? groupLocated(lead, textStart + boxLength) : undefined;
  // "**Done:** Reverted the change", "**Planned (Q2):** Show latency", "**In progress, by Dec 4:** ...": the item's
  // status, and when, before the work.
  const statusLead = lead || at.prose ? null : STATUS_LEAD.exec(source.slice(boxLength));
  // "**ISSP-771**: Health check to ...": the ticket the item is filed as, before the work.
  const ticketLead = leadOwner || statusLead ? null : TICKET_LEAD.exec(source.slice(boxLength));
  const actionStart = textStart + boxLength + (leadOwner ? lead![0].length : statusLead ? statusLead[0].length : (ticketLead?.[0].length ?? 0));
  const firstLineEnd = source.indexOf('\n');
  // "... — Aline Couto —\n  15/12/2023 — PAG-2210": fields between dashes the editor wrapped are on one line.
  const wrapEnd = firstLineEnd < 0 || at.prose ? -1 : fieldsWrapEnd(source, firstLineEnd);
  const lineEnd = firstLineEnd < 0 ? textEnd : textStart + (wrapEnd > 0 ? wrapEnd : firstLineEnd);
  // A paragraph's action is its first sentence.
  const sentenceEnd = at.prose ? /[.!?](?=\s)/.exec(index.text.slice(actionStart, lineEnd)) : null;
  const lineText = index.text.slice(actionStart, sentenceEnd ? actionStart + sentenceEnd.index + 1 : lineEnd);
  const firstLine = wrapEnd > 0 ? lineText.replace(/\n[ \t]*/g, (wrap) => ' '.repeat(wrap.length)) : lineText;
  // An item written in Chinese, Japanese or Korean has its fields after the work in its own way (CJK_OWNER, CJK_DUE,
  // CJK_STATUS).
  const cjk = CJK.test(firstLine);
  // The action is what comes before "Owner: ...", "due ...", "P1": those are its fields.
  // A name closing the line after a dash is its owner, and ends the action ("... one index — Reza (payments-infra)").
  const trailingMatch = leadOwner ? null : trailingOwnerIn(firstLine);
  const trailingGroup = trailingMatch ? nameGroup(trailingMatch) : 1;
  const trailingAt = trailingMatch ? trailingMatch.index : -1;
  const dashOwner = trailingAt > 0 && trailingGroup === 1;
  // "I'll give @tcho publish rights": the author does it; the handle is part of the work.
  const byAuthor = !at.prose && FIRST_PERSON.test(source.slice(boxLength));
  // "Jonas (@jschulz) will write a runbook ...": the subject's handle glosses the subject; no fields start there.
  const fieldsFound = SUBJECT_HANDLE_GLOSS.test(firstLine) ? -1 : firstLine.search(leadOwner || dashOwner || byAuthor ? FIELDS_START_AFTER_OWNER : FIELDS_START);
  const fieldsAt = trailingAt > 0 && (fieldsFound < 0 || trailingAt < fieldsFound) ? trailingAt : fieldsFound;
  // A link to the item's ticket closing the line ("...: https://gitlab.com/.../issues/1234") is not the action's text.
  // "... not just yours. *(Northgate – NOC team lead – due 3/29)*": the bracket the fields open is theirs.
  const actionText = (fieldsAt > 0 ? firstLine.slice(0, fieldsAt).replace(/(?<=\S)[\s*_]*\([^()]*$/, '') : firstLine)
    .replace(/(?<=\S)[\s:—–-]+<?https?:\/\/\S+?>?\s*$/, '')
    .replace(/(?<![\s*_,;:.—–`-])[\s*_,;:.—–`-]+$/, '')
    // "**Full audit of all backbone pairs.**": the bold's closing went with the full stop.
    .replace(/^(\*\*|__)(?!.*\1)/, '')
    // "增加配置校验 —— 张晨，8/15", "告警阈值调整 @刘洋", "... Отв. — Белов К., до 07.06.2024": the fields after the work.
    .replace(cjk ? CJK_FIELDS_TAIL : RUSSIAN_FIELDS_TAIL, '')
    .trim();
  if (!actionText || !/\p{L}/u.test(actionText) || NOTHING_TO_DO.test(actionText)) return undefined;
  const wrappedOwner = fieldsAt < 0 && !at.prose && !leadOwner ? wrappedTrailingOwner(index, lineEnd, textEnd) : undefined;
  const action = fieldsAt < 0 && !at.prose ? wrappedAction(index, actionStart, actionText, lineEnd, textEnd, wrappedOwner && wrappedOwner.lineStart + wrappedOwner.match.index) : { text: actionText, start: actionStart, end: actionStart + actionText.length };
  // "- Add alerting" with "  - Owner: Ana" and "  - Due: 2024-04-01" nested under it: labelled fields anywhere in the item.
  // A paragraph's fields read across its soft line breaks ("target end of\nFebruary"), offsets kept.
  const wholeItem = at.prose ? index.text.slice(textStart, end).replace(/\n/g, ' ') : index.text.slice(textStart, end);
  const find = (pattern: RegExp, within = source.length, text = source): Located | undefined => {
    const m = pattern.exec(text.slice(0, within));
    if (!m) return undefined;
    const value = m.slice(1).find((g) => g !== undefined) ?? m[0];
    const valueAt = textStart + m.index + m[0].lastIndexOf(value);
    return { text: value.trim(), start: valueAt, end: valueAt + value.trim().length };
  };
  const heading = headingAbove(index, start);
  // "**In progress (next 2 weeks):**" just above the item's list groups it like a heading would.
  const introduction = at.prose ? undefined : introductionOf(index, start);
  const group = introduction && /^(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$|^(?:\*\*|__)[^*_]+:(?:\*\*|__)\s*$/.test(introduction.text) && (!heading || introduction.start > heading.start) ? introduction : heading;
  // A paragraph mentions people in passing: there only its first sentence can name the owner by handle.
  const handleWithin = at.prose ? (/[.!?](?=\s)/.exec(source)?.index ?? source.length) : source.length;
  const fieldDate = fieldsAt > 0 ? FIELD_DATE.exec(firstLine.slice(fieldsAt)) : null;
  const fieldDue = fieldDate ? { text: fieldDate[1], start: actionStart + fieldsAt + fieldDate.index, end: actionStart + fieldsAt + fieldDate.index + fieldDate[1].length } : undefined;
  // "(Alice, end of Q2)": the name's capital matters, so it is checked here; the due part is read in any case.
  const firstLineLength = firstLineEnd < 0 ? source.length : firstLineEnd;
  const parenthesized = at.prose ? proseBracket(source) : PARENTHESIZED_FIELDS.exec(source.slice(0, firstLineLength));
  // "(LYB-3, LYB-1, KRN-1)": codes, no one's name.
  const parenthesizedName = parenthesized && PARENTHESIZED_NAME_CAPITALISED.test(parenthesized[1]) && !/^[A-Z][A-Z0-9]*-\d+$/.test(parenthesized[1]) ? parenthesized : undefined;
  // The name right after "(", the due part right before ")".
  const located = (m: RegExpExecArray, group: 1 | 2): Located => {
    const at = textStart + m.index + (group === 1 ? 1 : m[0].length - 1 - m[2].length);
    return { text: m[group].trim(), start: at, end: at + m[group].trim().length };
  };
  const leadPart = (group: 1 | 2 | 3): Located => {
    const from = textStart + boxLength + (group === 1 ? statusLead![0].indexOf(statusLead![1]) : statusLead![0].lastIndexOf(statusLead![group]));
    return { text: statusLead![group], start: from, end: from + statusLead![group].length };
  };
  const whenGroup = statusLead?.[2] !== undefined ? 2 : 3;
  const leadWhen = statusLead?.[whenGroup] !== undefined && LEAD_WHEN.test(statusLead[whenGroup]) ? leadPart(whenGroup) : undefined;
  const fieldsFrom = Math.max(fieldsAt, 0);
  const relative = RELATIVE_DUE.exec(firstLine.slice(fieldsFrom));
  const relativeEnd = relative ? actionStart + fieldsFrom + relative.index + relative[0].length : 0;
  const relativeDue = relative ? { text: relative[1], start: relativeEnd - relative[1].length, end: relativeEnd } : undefined;
  const dueInText = find(DUE_IN_TEXT, wholeItem.length, wholeItem);
  const due = withWeekStart(index, withoutFullStop(dueInText && unwrapped(dueInText)) ?? find(MONTH_AFTER_OWNER, firstLineLength) ?? (cjk ? find(CJK_DUE) : undefined) ?? fieldDue ?? (parenthesizedName?.[2] !== undefined ? located(parenthesizedName, 2) : undefined) ?? leadWhen ?? relativeDue ?? (wrappedOwner && (wrappedOwner.due ?? dueAfterWrappedOwner(index, wrappedOwner, textEnd))) ?? groupDueOf(index, group));
  const dueRead = due ? dueDateRead(due.text, cjk) : undefined;
  const closed = fieldsAt > 0 ? CLOSED_FIELD.exec(firstLine.slice(fieldsAt)) : null;
  // "  - Status: done" nested under the item, as its owner and due date may be.
  const labelledStatus = withoutSentenceEnd(find(STATUS_LABELLED, wholeItem.length, wholeItem));
  const status = (statusLead ? leadPart(1) : undefined) ?? (cjk ? find(CJK_STATUS) : undefined) ?? find(BRACKETED_STATUS, firstLineLength) ?? find(BRACKETED_STATUS_WRAPPED) ?? statusWordIn(source, textStart) ?? (closed ? groupLocated(closed, actionStart + fieldsAt, 0) : undefined) ?? (labelledStatus && statusKindOf(labelledStatus.text) ? labelledStatus : undefined);
  const checked = at.checked ?? (box?.[1] !== undefined ? /x/i.test(box[1]) : null);
  // A list introduced as work the team will do ("The team will address the following items:") is planned work.
  const groupStatus = groupStatusOf(group?.text ?? '') ?? (introduction && DONE_LEAD_IN.test(introduction.text) ? 'done' : introduction && promisesWork(introduction.text) ? 'planned' : undefined);
  // "1. **Deeper monitoring**" with its wording on the next line: the status is read from that line.
  const titleOnly = /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*$/.test(firstLine);
  const wording = titleOnly ? (source.split('\n')[1] ?? '') : firstLine;
  // A parenthesised name is whole as written ("(Storage team, ...)"): its bracket ends it, not a lower-case word.
  // "... counts — today": a day where a name would close the line is when, not who.
  const trailingFound = trailingAt > 0 ? groupLocated(trailingMatch!, actionStart, trailingGroup) : undefined;
  const trailingOwner = trailingFound && trailingFound.start !== due?.start ? trailingFound : undefined;
  // A name closing the line after a dash outranks a handle inside the work.
  // A paragraph's too: its first words are its first sentence's subject ("Priya will extend the limiter ...").
  // "**Changelog lag alert.** Marcus is adding a check ...": after a title of its own, the item is told as prose.
  const titleLength = at.prose ? 0 : (TITLE_SENTENCE.exec(source.slice(boxLength))?.[0].length ?? 0);
  const told = source.slice(boxLength + titleLength);
  const errand = ERRAND_OWNER.exec(told);
  // Under a title the prose may tell of the tools first ("Kafka will be upgraded ..."): only a name at work, or a
  // department's ("**By May 15.** Technology Risk will revise ..."), unless a person in brackets is named as doing it.
  const subjectTold = SUBJECT_OWNER.exec(told);
  // "**By February 20:** Marcus Bell will move ...": a title that says when, not what, tells no tools first.
  const whenTitle = titleLength > 0 && /^[*_]+(?:by|due|before|until|target(?:ed)?|done|already done)\b/i.test(source.slice(boxLength));
  const subject = (titleLength > 0 && !whenTitle && !(subjectTold && !parenthesizedName && teamAtWork(subjectTold, told)) ? null : subjectTold) ?? SUBJECT_AT_WORK.exec(told) ?? HONOURED_SUBJECT.exec(told) ?? ROLE_THEN_NAME_AT_WORK.exec(told) ?? TEAM_PERSON_AT_WORK.exec(told) ?? UNIT_PERSON_AT_WORK.exec(told) ?? (errand && personOrTeamErrand(errand[1]) ? errand : null);
  // "The office (Jo Hart) will ...": the name in brackets, where the subject is a role.
  const subjectGroup = !subject ? 0 : !NOT_A_SUBJECT.test(subject[1]) && (!NOT_A_NAME.test(subject[1]) || (!parenthesizedName && teamAtWork(subject, told))) && (/^@?[A-Z]/.test(subject[1].split(/\s+/).pop() ?? '') || (subject === errand && ROLE_AFTER_NAME.test(subject[1]))) ? 1 : subject[2] && /^[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?$/u.test(subject[2]) ? 2 : 0;
  const possessive = subjectGroup > 0 ? null : (POSSESSIVE_TEAM.exec(told) ?? NAMED_TEAM_SUBJECT.exec(told) ?? OUR_TEAM_AT_WORK.exec(told));
  const subjectOwner = subject && subjectGroup > 0 ? groupLocated(subject, textStart + boxLength + titleLength, subjectGroup) : possessive ? groupLocated(possessive, textStart + boxLength + titleLength, 1) : undefined;
  // "I will add a standby replica", "I'm putting ... in my runbook": the author, in a post written by one person.
  // A paragraph's too ("I'm changing the bridge so ..."), where its first sentence tells of the author's own work.
  // Under an item's title, only the author's promise ("I'm adding ..."), not "I'm not sure" or "I noticed".
  const firstPerson = titleLength > 0 ? AUTHOR_PROMISE.exec(told) : byAuthor || at.prose ? FIRST_PERSON.exec(told) : null;
  const authorOwner = firstPerson ? groupLocated(firstPerson, textStart + boxLength + titleLength) : undefined;
  const marked = find(OWNER_MARKED) ?? (cjk ? find(CJK_OWNER) : undefined) ?? find(OWNER_AFTER_DASH) ?? leadOwner ?? (dashOwner ? trailingOwner : undefined) ?? (wrappedOwner && groupLocated(wrappedOwner.match, wrappedOwner.lineStart, wrappedOwner.group)) ?? find(ARROW_OWNER) ?? (byAuthor ? undefined : find(HANDLE, handleWithin)) ?? find(BRACKETED_OWNER) ?? trailingOwner ?? subjectOwner ?? teamOpening(told, textStart + boxLength + titleLength) ?? authorOwner ?? (at.prose ? laterOwner(source.replace(/\n/g, ' '), textStart) : titleLength > 0 ? laterOwner(told.replace(/\n/g, ' '), textStart + boxLength + titleLength, true) : laterInItem(source.replace(/\n/g, ' '), textStart));
  const ownerWritten = marked ? nameOnly(marked) : parenthesizedName ? located(parenthesizedName, 1) : nameOnly(find(OWNER_MARKED, wholeItem.length, wholeItem));
  return {
    form: 'bullet',
    start,
    end,
    // Read across a wrap, a value keeps its offsets and loses the line break's blanks.
    action: wrapEnd > 0 ? unwrapped(action) : action,
    // "- Finance to pick up, needs an owner": the author says nobody has it yet.
    owner: NEEDS_AN_OWNER.test(wholeItem) ? undefined : meaningful(wrapEnd > 0 && ownerWritten ? unwrapped(ownerWritten) : ownerWritten),
    priority: find(at.prose ? PRIORITY_MARKED : PRIORITY_IN_TEXT) ?? groupPriorityOf(index, group),
    due,
    dueDate: dueRead?.invalid ? undefined : dueRead?.date,
    dueInvalid: dueRead?.invalid ?? false,
    status,
    // "~~Restart adapter pods weekly~~ — dropped": the work struck out is dropped, whatever its box says.
    statusKind: STRUCK_OUT.test(source.slice(boxLength)) ? 'cancelled' : checked === true ? 'done' : status ? statusKindOf(status.text) : checked === false ? 'planned' : REPORTED_DONE.test(source) || REPORTED_SHIPPED.test(source) ? 'done' : (groupStatus ?? statusOfWording(wording) ?? (DONE_SINCE.test(secondSentenceOf(source)) ? 'done' : undefined)),
    ticket: TICKET_IN_TEXT.exec(at.whole)?.slice(1).find(Boolean),
    hasOwnerColumn: false,
    ownerColumn: -1,
    hasDueColumn: false,
    ownerUnfilled: meaningful(ownerWritten) ? undefined : ownerWritten,
    dueUnfilled: due ? undefined : find(DUE_UNFILLED, wholeItem.length, wholeItem),
  };
}

// As a clause of its own ("..., needs an owner", "(no owner yet)", "Haven't got an owner for this yet"), not the work's
// words ("Fail the build when a service has no owner").
const NEEDS_AN_OWNER = /(?:^|[,;—–(]|\s-|[.!?])\s*(?:(?:still\s+)?needs?\s+an\s+owner|no\s+owner(?:\s+yet|\s+assigned)?|(?:we\s+)?(?:haven['’]t|have\s+not)\s+got\s+an\s+owner(?:\s+for\s+(?:this|it))?(?:\s+yet)?)\s*(?=[.,;)]|$)/im;

const itemLists = new WeakMap<DocumentIndex, Map<number, List>>();
const paragraphsBefore = new WeakMap<DocumentIndex, Map<number, Paragraph>>();

/** The free-standing paragraph just above the list an item starts at (only blank space between), if any. */
function introductionOf(index: DocumentIndex, itemStart: number): { text: string; start: number; end: number } | undefined {
  let lists = itemLists.get(index);
  if (!lists) {
    lists = new Map();
    for (const list of index.lists) for (const item of list.children) lists.set(offsetsOf(item)[0], list);
    itemLists.set(index, lists);
  }
  const list = lists.get(itemStart);
  const paragraph = list && paragraphBefore(index, offsetsOf(list)[0]);
  if (!paragraph) return undefined;
  const [start, end] = offsetsOf(paragraph);
  return { text: index.text.slice(start, end), start, end };
}

function paragraphBefore(index: DocumentIndex, offset: number): Paragraph | undefined {
  let before = paragraphsBefore.get(index);
  if (!before) {
    before = new Map();
    for (const paragraph of index.paragraphs) {
      if (index.listParagraphs.has(paragraph)) continue;
      const end = offsetsOf(paragraph)[1];
      before.set(end + (/^\s*/.exec(index.text.slice(end, end + 200))?.[0].length ?? 0), paragraph);
    }
    paragraphsBefore.set(index, before);
  }
  return before.get(offset);
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

// A priority a group's heading gives: "### P1", "**P0 - do now**", "### High priority", "### Priority: 2".
const GROUP_PRIORITY = /^\W*(P[0-4])\b|\bpriority\s*[:=]?\s*(P?[0-4]|critical|high|medium|low)\b|^\W*(critical|high|medium|low)[- ]priority\b/i;

/** The priority a group's heading gives its items, located in the heading's text. */
function groupPriorityOf(index: DocumentIndex, heading: { start: number; end: number } | undefined): Located | undefined {
  if (!heading) return undefined;
  const m = GROUP_PRIORITY.exec(index.text.slice(heading.start, heading.end));
  const value = m?.slice(1).find((g) => g !== undefined);
  if (!m || !value) return undefined;
  const at = heading.start + m.index + m[0].lastIndexOf(value);
  return { text: value, start: at, end: at + value.length };
}

/** "### Immediate actions (completed)", "### In progress": a status the group's heading gives its items. */
function groupStatusOf(heading: string): ActionStatus | undefined {
  const qualifier = firstParenthetical(heading);
  const name = withoutParentheticals(heading, '').trim();
  // "(Completed or In Progress)", "(Recommended or Planned)": alternatives give no one status.
  if (/\bor\b/i.test(qualifier ?? name)) return undefined;
  return (qualifier ? statusKindOf(qualifier) : undefined) ?? (name.split(/\s+/).length <= 3 ? statusKindOf(name) : undefined);
}

// "Added per-pod CPU alerts", "We enabled branch protection", "The action has been disabled": work reported done.
// Not a participle naming a kind of thing ("Staged rollout for all releases", "Dedicated pool for ...").
const DONE_WORK = /^(?:we(?:\s+have|['’]ve)?\s+(?:\w+\s+){0,3}?)?(?!(?:staged|automated|dedicated|scheduled|centrali[sz]ed|detailed|managed|unified|tiered|weighted|versioned|gated|phased|shared|isolated|structured)\s)(?:[a-z]{3,}(?<!e)ed|built|made|wrote|rewrote|took)\b|\b(?:has|have) been\s+[a-z]+(?:ed|en|t)\b|^(?:the|our|all|both|a|an|this|that|these|those)\b(?:(?!\bthat\b)[^,;:]){0,60}?\b(?:was|were)\s+(?:(?:fully|successfully|immediately|manually|also|then|quickly|already|temporarily)\s+)?(?!(?:expected|supposed|designed|intended|required|needed|believed|thought|considered|assumed|meant|scheduled|planned|used|caused|affected|impacted|outdated|missing|broken)\b)[a-z]{3,}(?:ed|en)\b(?![^;]*;)|\b(?:is|are) now\b(?=[ \t]+[a-z])|\b(?:already|now) (?:do|does|did|have|has|added|done|in place|implemented|fixed|runs?|checks?|requires?|uses?|blocks?|pages?|alerts?|validates?)\b/i;
// "X was turned off on this array. It has now been turned on for all arrays.": the next sentence reports it done.
// "That one is in and working.": so is one the next sentence calls in.
const DONE_SINCE = /^(?:it|this|they|these|that|both|all of them)\s+(?:has|have)\s+(?:now|since|also|already)\s+been\s+[a-z]{3,}(?:ed|en|t)\b|^(?:it|this|they|these)\s+(?:is|are)\s+now\s+(?:in place|live|done|[a-z]{3,}ed)\b|^(?:this|that) one is (?:now )?(?:in|live|done)(?: and (?:working|live))?\W*$/i;
/** "Min Lee in NOC Tooling has put synthetic probes ...": a named person's work, reported done. */
const DONE_BY_NAMED = /^[*_]*[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){0,2}(?: (?:in|from|on) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})? (?:has|have) (?:already |now |just )?(?!(?:agreed|offered|volunteered|committed|promised|asked|decided|planned|started|begun|been|proposed|suggested|requested)\b)(?:put|set up|built|made|written|rewritten|[a-z]{3,}ed)\b/u;

/** The sentence after an item's first, its lines joined. */
function secondSentenceOf(source: string): string {
  return /^[^.!?]*?[a-z)][.!?]\s+([^.!?]*)/i.exec(source.replace(/\s*\n\s*/g, ' '))?.[1] ?? '';
}

// "The project decided not to ...", "We won't ...": work considered and dropped.
const DROPPED_WORK = /\b(?:decided (?:not to|against)|chose not to|declined to|will not (?:do|pursue|fix)|won't (?:do|pursue|fix)|(?:was|were|has been|have been) (?:rejected|declined|abandoned))\b/i;
// "Work has begun to move the tarballs", "We are in the process of ...": work under way.
// "We have begun creating ...", "We've been exploring ...", "We are improving ...".
const WORK_UNDER_WAY = /\b(?:work has (?:begun|started)|is (?:under ?way|in progress)|we are (?:working on|in the process of|currently))\b|^we(?:'ve| have) (?:begun|started|been [a-z]+ing)\b|^we(?:'re| are) (?!going\b|planning\b|hoping\b|looking\b)[a-z]{3,}ing\b/i;
// "We will audit ...", "We plan to ...": work promised.
// "The reliance on the API will be removed ...": promised in the passive.
const PROMISED_WORK = /^(?:we|the \w+ team|\w+)\s+(?:will|shall|plan to|intend to|are going to)\b|^(?:the|our|this|these)\s[^,.;]*?\bwill be\s+[a-z]+(?:ed|en)\b/i;

/**
 * The status an item's own wording gives: finished work reported ("Added alerts", "The signing key was reverted at
 * 15:09"), or work promised; an opening "**Label**:" is skipped.
 */
function statusOfWording(firstLine: string): ActionStatus | undefined {
  const text = firstLine.replace(/^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*/, '').trim();
  if (DROPPED_WORK.test(text)) return 'cancelled';
  if (WORK_UNDER_WAY.test(text)) return 'in-progress';
  return DONE_WORK.test(text) || DONE_BY_NAMED.test(text) ? 'done' : PROMISED_WORK.test(text) ? 'planned' : undefined;
}

/** The kind of a written status, or undefined when the word is not one we know. */
export function statusKindOf(text: string): ActionStatus | undefined {
  const t = text.toLowerCase();
  if (/\bnot\s+(?:yet\s+)?started\b|\bunstarted\b/.test(t)) return 'planned';
  if (/\b(not|partially|partly|half)\s+(done|complete|completed|finished)\b/.test(t)) return 'in-progress';
  if (/\b(?:noch )?nicht\s+(?:erledigt|abgeschlossen)\b/.test(t)) return 'planned';
  if (/\b(?:nog )?niet\s+(?:gereed|opgelost|uitgevoerd|ge[iï]mplementeerd|afgerond|klaar|gedaan|voltooid|afgehandeld|gesloten)(?![\p{L}])/u.test(t)) return 'planned';
  if (/\b(done|complete|completed|closed|fixed|resolved|shipped|finished|merged|erledigt|abgeschlossen|fait|faite|terminée?|réalisée?s?|clôturée?)(?![\wé])/.test(t)) return 'done';
  // Spanish, Portuguese, Italian and Dutch.
  if (/(?<![\wáéíóúãõçà])(hecho|hecha|completad[oa]|terminad[oa]|resuelt[oa]|cerrad[oa]|fechad[oa]|conclu[íi]d[oa]|feito|feita|completat[oa]|fatto|risolto|gedaan|afgerond|voltooid|klaar|gereed|afgehandeld|opgelost|uitgevoerd|geïmplementeerd|gesloten)(?![\wáéíóúãõçà])/.test(t)) return 'done';
  // Japanese, Korean and Chinese: done, under way, not started or under consideration.
  if (/完了|対応済|(?<![\p{L}])済|완료|已完成|已完结|已上线|已修复|已发放|已关闭/u.test(t)) return 'done';
  if (/対応中|進行中|作業中|진행\s?중|处理中|进行中/u.test(t)) return 'in-progress';
  if (/未着手|未対応|検討中|予定|미착수|검토\s?중|예정|계획|未开始|待处理/u.test(t)) return 'planned';
  // Indonesian, Vietnamese and Russian.
  if (/(?<![\p{L}])(?:belum mulai|belum dimulai|chưa bắt đầu|не начат[оа]?|запланирован[оа]?|в планах|в бэклоге)(?![\p{L}])/u.test(t)) return 'planned';
  if (/(?<![\p{L}])(?:selesai|sudah selesai|hoàn thành|đã xong|xong|сделано|готово|выполнено|завершено|закрыто)(?![\p{L}])/u.test(t)) return 'done';
  if (/(?<![\p{L}])(?:dalam proses|sedang (?:dikerjakan|berjalan)|đang (?:làm|thực hiện|xử lý)|в работе|в процессе)(?![\p{L}])/u.test(t)) return 'in-progress';
  // Polish, Swedish, Norwegian, Danish, Finnish and Turkish (and French and Italian "open").
  if (/(?<![\p{L}])(?:ikke|ikkje)\s+(?:startet|påbegynt|begyndt|begynt)(?![\p{L}])/u.test(t)) return 'planned';
  if (/(?<![\p{L}])(zrobione|zamknięte|zakończone|wykonane|klart?|avslutad|genomförd|ferdig|fullført|utført|løst|lukket|færdig|afsluttet|udført|valmis|tehty|tamamlandı|bitti)(?![\p{L}])/u.test(t)) return 'done';
  if (/\b(?:in arbeit|in bearbeitung|in umsetzung|en cours|en curso|en progreso|en proceso|em andamento|em curso|em progresso|in corso|bezig|in uitvoering|in behandeling|lopend)\b|(?<![\p{L}])(?:w trakcie|w toku|pågår|påbörjad|under arbeid|i gang|igangsatt|kesken|työn alla|devam ediyor)(?![\p{L}])/u.test(t)) return 'in-progress';
  if (/(?<![\p{L}])(?:zaplanowane|otwart[eya]|do zrobienia|planerad|att göra|öppen|planlagt|planlagd|åpen|åben|avoin|ouverte?|apert[oa]|açık|planlandı)(?![\p{L}])/u.test(t)) return 'planned';
  if (/(?<![\wáéíóúãõçà])(pendiente|abiert[oa]|abert[oa]|planificad[oa]|planead[oa]|pendente|planejad[oa]|da fare|pianificat[oa]|gepland|nog te doen|nog niet gestart|a fazer|por fazer|por hacer|n[ãa]o iniciad[oa]|no iniciad[oa])(?![\wáéíóúãõçà])/.test(t)) return 'planned';
  if (/\b(in progress|in-progress|ongoing|wip|started|doing|in review|under review|in development|in testing|under ?way|in hand|in work|chasing)\b/.test(t)) return 'in-progress';
  // Open and behind: "Overdue", "Delayed", "Incomplete", "Not yet".
  if (/\b(?:overdue|late|delayed|slipped|outstanding|incomplete|unresolved|not yet|investigating|assigned|reopened)\b/.test(t)) return 'in-progress';
  // Jira's "Selected for Development".
  if (/\bselected for development\b|\bunder (?:evaluation|consideration|discussion)\b/.test(t)) return 'planned';
  // "Needs owner", "Unassigned": open, not yet taken up.
  if (/\b(planned|todo|to do|to-do|open|offen|geplant|not started|backlog|pending|scheduled|proposed|new|prévue?|needs (?:an )?owner|needs (?:discussion|triage)|under discussion|to be discussed|unassigned|not assigned)(?![\wé])|(?:^|[\s(])(?:à faire|à venir|à planifier|non démarrée?)(?![\p{L}])/u.test(t)) return 'planned';
  if (/\b(blocked|on hold|waiting|awaiting)\b/.test(t)) return 'blocked';
  // A RAG rating of open work, as banks and programme offices report it: on track, at risk, off track.
  if (/^\W*(?:green|amber|yellow|on track|at risk)\b/.test(t)) return 'in-progress';
  if (/^\W*(?:red|off track)\b/.test(t)) return 'blocked';
  if (/\b(cancelled|canceled|won['’]?t (?:do|fix)|wontfix|dropped|rejected)\b/.test(t)) return 'cancelled';
  // The word, when there is one, says more than the emoji beside it ("⏳ Todo" is planned).
  if (/✅|✔|☑|☒/u.test(t)) return 'done';
  // An empty box: open.
  if (/☐|⬜/u.test(t)) return 'planned';
  if (/⏳|🚧/u.test(t)) return 'in-progress';
  if (/📅/u.test(t)) return 'planned';
  // A colour alone, as a status legend or a RAG rating marks it: amber or green is under way, red or white not started
  // (or stuck), open either way.
  if (/^\W*[🟡🟠🟢]\W*$/u.test(t)) return 'in-progress';
  if (/^\W*[🔴⚪]\W*$/u.test(t)) return 'planned';
  return undefined;
}
