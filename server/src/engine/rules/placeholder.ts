import type { Text } from 'mdast';
import { offsetsOf } from '../documentIndex';
import { pieceMemo, readPerPiece } from '../pieces';
import { isOpen, requiredFor } from './actionItemPolicy';
import type { Rule } from './rule';
import { severityField, severityLevels } from './severity';
import { matchesOf } from '../matches';

/**
 * Template leftovers: bracketed prompts ("[Incident Title]", "[Root cause in one sentence]"), date and time
 * masks ("YYYY-MM-DD", "HH:mm") and to-do markers ("TODO", "TBD").
 */
const PLACEHOLDER = new RegExp(
  [
    // A bracketed text starting with a letter, not a link or a footnote ("[1]", "[^a]"): a prompt only when its words
    // say so (isPrompt), since authors also bracket names, tags and log markers ("[Rick]", "[Update 1]", "[x]").
    String.raw`\[[A-Za-z][^\[\]\n]{0,200}\](?![(\[:])`,
    // "received [●] complaints": the blank of legal and regulatory drafting.
    String.raw`\[[●•]{1,3}\]`,
    String.raw`\b(?:YYYY|yyyy)[-/.]MM[-/.](?:DD|dd)\b`,
    String.raw`\b(?:DD|dd)[-/.]MM[-/.](?:YYYY|yyyy)\b`,
    String.raw`\bHH:(?:mm|MM)(?::(?:ss|SS))?\b`,
    // "{{incident_commander}}": a template engine's variable left in.
    String.raw`\{\{\s*[\w.-]+\s*\}\}`,
    // "{ON-CALL ENGINEER}", "{XX:XX CET}": Atlassian's prompts, in capitals, of words or a mask (not an identifier,
    // "{BLOXROUTE_REGULATED}").
    String.raw`\{(?=[^}\n]*(?: |XX))[A-Z][A-Z0-9 :/.'-]{2,60}\}`,
    // "@<担当者>", "＜담당자＞": a prompt in Japanese, Chinese or Korean (no HTML tag is named in these scripts).
    String.raw`[<＜][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,10}[>＞]`,
    String.raw`\bTODO\b`,
    String.raw`\bTBD\b`,
    // "TBC": to be confirmed, as British and Australian authors write it.
    String.raw`\bTBC\b(?!\s+[A-Z][a-z])`,
    // "approximately XX% of queries", "XX teachers across 11 schools": a share or a count still masked.
    // Not a host's wildcard ("web-XX servers") nor a web filter's category ("XXX sites").
    String.raw`(?<![\w.,"“'‘-])(?<!\b(?:Customer|Tenant|Client|Merchant|Partner|User|Bank|Company|Vendor|Site|School|Store|Team|Bowl|Title|Game)\s)(?:XX|XXX(?!\s+(?:sites?|videos?|content|domains?|movies?|material)\b))(?=\s?%|(?:\s+(?!(?:was|has|does|this|thus|plus|always|across|unless|less|yes|its|his|hers|is|are|were|and|or|of|the|a|an|to|in|on|at|for|by|with)\b)[a-z][a-z-]*){0,2}\s+(?:(?!(?:was|has|does|this|thus|plus|always|across|unless|less|yes|its|his|hers)\b)[a-z][a-z-]*[^su\s-]s|[A-Z]{2,}s)\b|(?<=\b(?:[Rr]oughly|[Aa]bout|[Aa]round|[Aa]pproximately|[Aa]pprox\.?|[Ss]ome|[Nn]early|[Oo]ver|[Uu]nder)\s{1,3}(?:XX|XXX)))(?![^\n"”]*["”])`,
    // "<fill in: why monitoring missed it>", "<<vendor case #>>": a prompt in angle brackets that is no HTML tag.
    // "<LINK EINFÜGEN>", "<inserir link>": the instruction anywhere in the brackets, in the template's language.
    String.raw`<(?:fill(?:[ -]in)?|insert|add|enter|describe|tbd|todo)\b[^<>\n]{0,200}>`,
    String.raw`<(?=[^<>\n]{1,120}>)(?:[^<>\n]*?[\s:-])?(?:[Ff]ill(?:[ -]in)?|FILL(?:[ -]IN)?|INSERT|ENTER|DESCRIBE|TBD|TODO|[Ee]infügen|EINFÜGEN|[Ee]rgänzen|ERGÄNZEN|[Ee]intragen|EINTRAGEN|[Ii]nserir|INSERIR|[Pp]reencher|PREENCHER|[Cc]ompletar|COMPLETAR|[Rr]ellenar|RELLENAR)(?![A-Za-zÀ-ÿ])[^<>\n]*>`,
    // "<Name, Datum>": a template's field names in angle brackets, listed with a comma (no HTML tag is written so).
    // A value of its own (a cell, after a key's colon), not a pair in a sentence ("The API takes <Name, Value> pairs").
    // The bracket first: what stands before it is looked for only there (a run of blanks stays linear).
    String.raw`<(?<=(?:^|[|:])[ \t]{0,40}<)[A-Za-zÀ-ÿ]+(?:[ \t]*[,/][ \t]*[A-Za-zÀ-ÿ]+){1,3}>(?=[ \t]*(?:\||$))`,
    // Not shifts in code ("mask << shift >> 2"), a heredoc, nor a series' navigation ("<< Back | Next >>").
    String.raw`<<[A-Za-z][^<>()|\n]{0,60}>>`,
    // "ticket #_____", "link: ____": a blank left to fill.
    // The underscores first, so that the words before them are looked for only there (a line of blanks is linear).
    String.raw`(?=___)(?<=(?<![\w#])#|\b(?:link|url|ticket|case|id)[ \t]{0,3}:?[ \t]{0,3})_{3,}(?![\w])`,
  ].join('|'),
  'g',
);

/**
 * What template prompts are made of: the generic names of the fields they stand for ("[Name]", "[Incident Title]",
 * "[Date]") and the words of an instruction ("[Root cause in one sentence]", "[How it was fixed]"). A bracket whose
 * words are all field names and small words, or that holds an instruction word, is a prompt; "[Rick]", "[High]",
 * "[CVE-2019-15225]", "[Update 1]" and "[Redacted]" are the author's own text.
 */
const FIELD_WORDS = new Set(
  ('name names title date time incident incidents owner owners team teams service services summary description impact ' +
    'cause root severity number id ticket url link author authors reviewer reviewers person people role component system ' +
    'region version value details duration status priority email company product customer ' +
    'customers user users count percentage amount start end timezone zone tz location environment event events action ' +
    'actions due ' +
    // The same in the other languages teams write templates in: Spanish, Portuguese, Italian, French, German.
    'nombre título titulo fecha hora incidente responsable resumen descripción descripcion causa raíz raiz servicio equipo ' +
    'número numero enlace autor duración duracion nome data incidente responsável resumo descrição serviço equipe titolo ' +
    'ora sommario descrizione servizio squadra nom titre heure équipe numéro résumé titel datum zeit vorfall ' +
    'zusammenfassung beschreibung ursache dienst nummer revisor revisora prüfer verantwortlich verantwortlicher').split(' '),
);
const SMALL_WORDS = new Set('a an the of in on for and or to with by s e g del de la el los las en un una do da dos das di della du des der die und y o'.split(' '));
const INSTRUCTION_WORDS = /\b(?:describe|description of|insert|enter|fill|add|replace|brief|short|one-(?:line|paragraph|sentence)|sentence|paragraph|how|what|who|when|where|why|which|e\.g|optional|your|list|link to|here)\b|(?<![\p{L}])(?:párrafo|parágrafo|paragrafo|frase|breve|describ\p{L}*|descrev\p{L}*|insert\p{L}*|indi[cq]\p{L}*|añad\p{L}*|rellen\p{L}*|aanvullen|invullen|toevoegen|ergänzen|einfügen|compléter|completar|colocar|coloque|aqui|aquí)(?![\p{L}])/iu;

/** A mask ("[HH:MM]", "[YYYY-MM-DD]") or the template's choice of levels ("[P1/P2/P3]", "[High | Medium | Low]"). */
const MASK = /^(?:HH:MM|hh:mm|YYYY-MM-DD|yyyy-mm-dd|DD\/MM\/YYYY|MM\/DD\/YYYY)$/;
const LEVEL = String.raw`(?:P[0-4]|SEV-?[0-5]|S[0-5]|High|Medium|Low|Critical|Major|Minor|Yes|No)`;
const CHOICES = new RegExp(String.raw`^${LEVEL}(?:\s*[/|]\s*${LEVEL})+$`, 'i');

/**
 * "[X]", "[Y]", "[N]", "[#]": a number the template asks for; a prompt only where a number goes ("approximately [X]% of",
 * "ca. [XX] €", "[X] of our customers", a field's value "Customers affected: [X] enterprise orgs"), not a key pressed, an
 * axis, a box ticked or a legend ("[X] means done", "Option [X] requires a restart").
 */
const NUMBER_PROMPT = /^\[(?:X{1,3}|Y{1,2}|N{1,2}|#{1,3})\]$/;
const UNIT_AFTER = /^\s*(?:%|percent\b|[€$£₹¥]|of (?:our|the|all|its|their|these|those)\s|(?:customers?|users?|requests?|minutes?|hours?)\b)/i;
// A field's value counting things: a plural noun, then the line's or the list's end, not a verb's object.
const COUNT_AS_VALUE = /^\s+(?:[a-z][\w-]*\s+)?[a-z][a-z-]{2,}s\b(?=\s*(?:[,;.)]|$|\band\b|\bor\b))/i;
const numberAsked = (source: string, at: number, length: number) =>
  // Not a term of a formula ("1/[N] of the keyspace").
  !/[/*+=^]$/.test(source.slice(Math.max(0, at - 1), at)) &&
  (UNIT_AFTER.test(source.slice(at + length, at + length + 40)) ||
  // A text of its own, as a table's cell holds it ("| Customers affected | [XX] |"; not a tick "[X]"), or a count of
  // "such" things.
  (length > 3 && source.trim().length === length) ||
  /^\s+such\s+[a-z]+s\b/i.test(source.slice(at + length, at + length + 40)) ||
  /\b(?:approximately|about|around|roughly|some|ca\.)\s+$|~\s*$/i.test(source.slice(Math.max(0, at - 16), at)) ||
  (/:\s*$/.test(source.slice(Math.max(0, at - 3), at)) && COUNT_AS_VALUE.test(source.slice(at + length, at + length + 40))));

function isPrompt(bracketed: string): boolean {
  const inner = bracketed.slice(1, -1).trim();
  // "[TBD]", "[TODO]": the to-do markers, bracketed as templates write them; "[TBD — waiting on finance for the numbers]", with
  // why it is still to be done.
  if (MASK.test(inner) || CHOICES.test(inner) || /^(?:TBD|TBC|TODO)(?:$|\s*[—–:-]\s)/.test(inner) || /^[●•]+$/.test(inner)) return true;
  if (isNoteToSelf(bracketed)) return true;
  // In lower case, a field's generic name ("[number]", "[name]") or an instruction of two words or more ("[link to the
  // dashboard]"): "[x]" is a checkbox, "[here]" a link's text.
  if (/^\p{Ll}/u.test(inner)) return (/\s/.test(inner) && INSTRUCTION_WORDS.test(inner)) || (/^\p{Ll}+(?: \p{Ll}+)?$/u.test(inner) && inner.split(' ').every((w) => FIELD_WORDS.has(w) || SMALL_WORDS.has(w)) && inner.split(' ').some((w) => FIELD_WORDS.has(w)));
  if (INSTRUCTION_WORDS.test(inner)) return true;
  const words = inner.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.length > 0 && !/\d/.test(inner) && words.every((w) => FIELD_WORDS.has(w) || SMALL_WORDS.has(w)) && words.some((w) => FIELD_WORDS.has(w));
}

/** "[confirm with Facilities: XX kW]": a note to come back to, or a figure still masked, wherever it stands. */
const isNoteToSelf = (bracketed: string) => /^\[\s*(?:confirm|check|verify|tbc|insert|confirmar|verificar|conferir|checar|inserir|insira|preencher|preencha|a (?:definir|confirmar|preencher)|rellenar|pendiente de)(?![\p{L}-])/iu.test(bracketed) || /^\[[^\]]*(?<![\w-])X{2,}(?![\w-])/.test(bracketed);

const isPlaceholderMatch = (text: string) => (text.startsWith('[') ? isPrompt(text) : !LISTED_IN_ANGLES.test(text) || isPrompt(`[${text.slice(1, -1)}]`));
/** "<Name, Datum>": checked as a bracket's words are ("<Tom, Jerry>" is the author's). */
const LISTED_IN_ANGLES = /^<[^<>\s,/]+[ \t]*[,/]/;

/** "# [Incident] Publishing scoped packages fails": the tag an issue's title opens with, not a field left to fill. */
const TITLE_TAG = /^\[(?:incident|outage|post-?mortem|rca|resolved|ongoing|investigating|draft|wip)\]$/i;
const titleTag = (text: string, at: number, bracketed: string) => TITLE_TAG.test(bracketed) && /(?:^|\n)#{1,6}[ \t]+$/.test(text.slice(Math.max(0, at - 10), at)) && /^[ \t:—–-]*\w/.test(text.slice(at + bracketed.length, at + bracketed.length + 10));

/** The to-do markers, as opposed to bracketed prompts and masks. */
const TODO_MARKER = /^(?:TODO|TBD|TBC)$/;
/**
 * "The TODO list service", "a TBD-marked key", "a known TODO in code": the marker named as a word of the sentence, not
 * left standing in.
 */
const ARTICLE_BEFORE = /\b(?:the|a|an|this|that|each|every|our|its|their|no|known|open|old|existing|outstanding|long-standing|marked|flagged|labell?ed)\s+$/i;
/** "full review TBD if needed", "a rerun TBD once the vendor replies": "to be decided" as a sentence's words, on a condition. */
const DECIDED_ON_CONDITION = /^\s+(?:if|unless|once|when|pending|depending|until|after)\b/;
const namedInSentence = (source: string, at: number, written: string) => {
  // "a [TODO] marker", "\"[TODO] remove the flag\"": the marker named or quoted, bracketed as it is written.
  const marker = written.replace(/^\[(TODO|TBD|TBC)\]$/, '$1');
  if (marker !== written && /["“'‘`]\s*$/.test(source.slice(Math.max(0, at - 2), at))) return true;
  // 'the runbook said "TODO: move to cert-manager"', 'that was a "TODO before 1.0"': a marker quoted in a sentence.
  if (TODO_MARKER.test(marker) && /\p{L}[ \t]+["“‘]$/u.test(source.slice(Math.max(0, at - 30), at))) return true;
  const after = at + written.length;
  return (
    TODO_MARKER.test(marker) &&
    (ARTICLE_BEFORE.test(source.slice(Math.max(0, at - 16), at)) ||
      /^(?:-[a-z]|\s+(?:comments?|markers?|in (?:the )?code)\b)/i.test(source.slice(after, after + 14)) ||
      ((marker === 'TBD' || marker === 'TBC') && /[a-z]\s+$/.test(source.slice(Math.max(0, at - 4), at)) && DECIDED_ON_CONDITION.test(source.slice(after, after + 13))))
  );
};

/**
 * "## TODO", "**Notes / TODO for writeup**" over a list, "TODO" alone over its checklist: the marker names the list
 * below it, as a heading does; it is not a value left unfilled.
 */
const LIST_NEXT = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]/;
const LIST_NEXT_OR_AFTER_BLANK = /^(?:[ \t]*\n)?[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]/;
function labelsList(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  const lineEnd = newline < 0 ? text.length : newline;
  const line = text.slice(lineStart, lineEnd);
  if (/^ {0,3}#{1,6}[ \t]/.test(line)) return true;
  // The marker alone labels only a list right under it ("TODO\n- [ ] ..."); after a blank line it is a section's unfilled
  // body ("## Impact\n\nTBD\n\n- Users: [X]").
  const alone = /^[\s*_]*(?:TODO|TBD|TBC)[\s*_:]*$/.test(line);
  return /^[ \t]*(?:\*\*|__)?[^*_.!?:\n]{1,40}(?:\*\*|__)?[ \t]*:?[ \t]*$/.test(line) && (alone ? LIST_NEXT : LIST_NEXT_OR_AFTER_BLANK).test(text.slice(lineEnd + 1, lineEnd + 200));
}

/**
 * "All dates DD.MM.YYYY.", "times in HH:mm", "dates in YYYY-MM-DD format", "Dates in this report are DD/MM/YYYY.",
 * "Dates ISO (YYYY-MM-DD).": a mask named as the document's format (not a field's value: "Date: YYYY-MM-DD").
 */
const MASK_MARKER = /^(?:YYYY|yyyy|DD|dd|HH)/;
const namedAsFormat = (source: string, at: number, marker: string) =>
  MASK_MARKER.test(marker) &&
  // 'Show a "data as of HH:MM" banner': a format quoted as what is shown (not a quoted value: 'date: "YYYY-MM-DD"').
  ((/\w\s+"[^"\n]{0,30}$/.test(source.slice(Math.max(0, at - 40), at)) && /^[^"\n]{0,30}"/.test(source.slice(at + marker.length, at + marker.length + 30))) ||
    /\b(?:dates?|times?|timestamps?|written|formatted|format)(?:\s+(?:are|is))?(?:\s+(?:in|as))?\s+$/i.test(source.slice(Math.max(0, at - 30), at)) ||
    // "dateFormat HH:mm" (a mermaid chart's), "timeFormat: HH:mm".
    /\w(?:date|time)?format\s*[:=]?\s+$/i.test(source.slice(Math.max(0, at - 30), at)) ||
    /\b(?:dates?|times?|timestamps?)\b[^.;:|\n]{0,30}?(?:\b(?:are|is|in|as|use|uses|follow|follows)\s+|\()$/i.test(source.slice(Math.max(0, at - 45), at)) ||
    /^\s*(?:format|notation)\b/i.test(source.slice(at + marker.length, at + marker.length + 12)));

/**
 * "| HH:MM ET | HH:MM GMT | Event |": a mask in a table's header row names its column's format; not the value of a
 * two-column table's first field ("| Date | YYYY-MM-DD |").
 */
function inTableHeader(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || !/^[ \t]*\|?[ \t]*:?-{3,}[ \t]*:?[ \t]*\|/.test(text.slice(lineEnd + 1, lineEnd + 200))) return false;
  const cellsBefore = text.slice(lineStart, at).replace(/^\s*\|/, '').split('|').length - 1;
  const cells = text.slice(lineStart, lineEnd).replace(/^\s*\||\|\s*$/g, '').split('|').length;
  return cells >= 3 || (cellsBefore === 0 && text.slice(lineStart, at).includes('|'));
}

/** True when the text holds a template placeholder: such values are `placeholder`'s to report, not other rules'. */
export function looksLikePlaceholder(text: string): boolean {
  return matchesOf(PLACEHOLDER, text).some((m) => isPlaceholderMatch(m[0])) || /^<[^>]+>$/.test(text.trim());
}

/** Angle-bracket prompts such as `<name>` that remark reads as inline HTML, minus real HTML tags. */
// "<fill in: cause>" is read as a tag whose attribute holds a colon.
const ANGLE_PLACEHOLDER = /^<([a-z][a-z0-9_-]*)(?:\s[a-z0-9 _:-]*)?>$/i;
/** "<START OF OUTAGE>", "<END OF OUTAGE>": the SRE book's markers of the impact, written on purpose. */
const OUTAGE_MARKER = /^<(?:START|END|BEGIN) OF (?:THE )?(?:OUTAGE|INCIDENT|IMPACT)>$/;
const HTML_TAGS = new Set(
  'a abbr article aside b br blockquote center code dd del details div dl dt em figcaption figure font footer header h1 h2 h3 h4 h5 h6 hr i img ins kbd li main mark nav ol p pre s samp section small span strike strong sub summary sup table tbody td th thead tr tt u ul var video'.split(' '),
);

interface Prompt {
  at: number;
  text: string;
}

// The placeholders of each piece of the document, relative to its start: a keystroke scans again only the piece it changed.
const PROMPTS = pieceMemo<Prompt>();

/** "Customers affected: [number]", "| [name] |": a field's value in lower case, not a word of a log line ("[user] logged in"). */
function standsAlone(source: string, at: number, length: number): boolean {
  return /(?:^|[:|])\s*$/.test(source.slice(Math.max(0, at - 40), at)) && /^\s*(?:$|[|,.;])/.test(source.slice(at + length, at + length + 40));
}

/** The placeholders of a text node, their offsets less `origin`. */
function promptsIn(text: string, node: Text, origin: number): Prompt[] {
  const [start, end] = offsetsOf(node);
  // Match the source, not node.value, so that offsets stay exact even around escapes.
  const source = text.slice(start, end);
  return matchesOf(PLACEHOLDER, source)
    // "> Hi {{ticket.requester.first_name}},": a quoted message's merge tags (a tool's dotted fields), which the tool
    // fills in; not a template's own "> **Impact:** {{impact_summary}}".
    .filter((match) => !(/^\{\{\s*\w+(?:\.\w+)+\s*\}\}$/.test(match[0]) && quotedLine(text, start + match.index)))
    .filter((match) => (NUMBER_PROMPT.test(match[0]) ? numberAsked(source, match.index, match[0].length) : isPlaceholderMatch(match[0])) && !titleTag(text, start + match.index, match[0]) && !namedInSentence(source, match.index, match[0]) && !namedAsFormat(source, match.index, match[0]) && !(MASK_MARKER.test(match[0]) && inTableHeader(text, start + match.index)) && (!/^\[[a-z]/.test(match[0]) || isNoteToSelf(match[0]) || standsAlone(source, match.index, match[0].length)))
    .map((match) => ({ at: start - origin + match.index, text: match[0] }));
}

/** Whether the line holding `at` is quoted ("> ..."), as a macro or an e-mail sent is. */
const quotedLine = (text: string, at: number) => /^[ \t]*>/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));

const shiftedPrompt = (prompt: Prompt, by: number): Prompt => ({ at: prompt.at + by, text: prompt.text });

export const placeholder: Rule = {
  code: 'placeholder',
  defaultSeverity: 'warning',
  description: 'Template placeholder left in the document ("[Incident Title]", "YYYY-MM-DD", "TBD").',
  check({ index, model, settings }, report) {
    const prompts = readPerPiece(index, index.texts, PROMPTS, (node, origin) => promptsIn(index.text, node, origin), shiftedPrompt);
    // "- TODO: write the runbook" in a list of follow-ups: the item's status, not a leftover. "| TBD |" as an open
    // item's owner or due date: the item has none, which its own rule says (one warning for one cell). Gathered only
    // when there is a placeholder to check (a long list of action items usually has none).
    const reports = (code: string) => (settings.rules[code] ?? 'warning') !== 'off';
    const notLeftovers = new Set<number | undefined>();
    // "[SEV-1 / SEV-2 / SEV-3]" as the severity: severity-unchosen says so, with a fix per level.
    const severity = prompts.length > 0 ? severityField(model, settings.severityScale) : undefined;
    if (severity && reports('severity-unchosen') && severityLevels(severity.value, settings.severityScale).length >= 2) notLeftovers.add(severity.valueStart);
    for (const item of prompts.length > 0 || index.htmls.length > 0 ? model.actionItems : []) {
      notLeftovers.add(item.status?.start);
      if (!isOpen(item)) continue;
      if (item.ownerUnfilled && reports('action-item-missing-owner') && requiredFor(item, settings.ownerRequiredFor)) notLeftovers.add(item.ownerUnfilled.start);
      if (item.dueUnfilled && reports('action-item-missing-due-date') && requiredFor(item, settings.dueDateRequiredFor)) notLeftovers.add(item.dueUnfilled.start);
    }
    for (const { at, text } of prompts) {
      // A live incident's notes say what is still to do in their own words: "TODO: write up a post-mortem".
      if (notLeftovers.has(at) || (TODO_MARKER.test(text) && (model.isIncidentLog || labelsList(index.text, at)))) continue;
      report({
        start: at,
        end: at + text.length,
        message: `Template placeholder "${text}" is still here: replace it with the real value, or remove it.`,
        data: { placeholder: text },
      });
    }
    for (const node of index.htmls) {
      const match = ANGLE_PLACEHOLDER.exec(node.value.trim());
      // "<details markdown>" is a tag with an attribute; "<service name>" a prompt.
      if (!match || HTML_TAGS.has(match[1].toLowerCase()) || OUTAGE_MARKER.test(node.value.trim())) continue;
      const [start, end] = offsetsOf(node);
      // "- ... owner <owner>, due ...": the item's own rule says its owner is missing.
      if (notLeftovers.has(start)) continue;
      report({
        start,
        end,
        message: `Template placeholder "${node.value.trim()}" is still here: replace it with the real value, or remove it.`,
        data: { placeholder: node.value.trim() },
      });
    }
  },
};
