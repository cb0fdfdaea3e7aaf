import type { Settings } from '../../../../schemas/settings';
import type { DocumentIndex } from '../documentIndex';
import type { PostmortemModel } from '../model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One problem found in a document, located by string offsets (converted to positions in one place). */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** What the rule's quick fix needs, carried on the diagnostic. */
  data?: Record<string, unknown>;
}

/**
 * What a rule reports. `softer`: the document says what the rule asks for, though not in the form the rule looks for
 * (a resolution told in the timeline, not under its own heading): reported one level below the rule's severity.
 */
export type Report = (finding: Omit<Finding, 'code' | 'severity'> & { softer?: boolean }) => void;

const ONE_LEVEL_SOFTER: Record<Severity, Severity> = { error: 'warning', warning: 'information', information: 'hint', hint: 'hint' };

/** The severity of a finding reported `softer` by a rule set to `level`. */
export const softerThan = (level: Severity): Severity => ONE_LEVEL_SOFTER[level];

export interface RuleContext {
  index: DocumentIndex;
  model: PostmortemModel;
  settings: Settings;
  /** YYYY-MM-DD, when the caller knows the date (the LSP server and CLI do). */
  today: string | undefined;
}

/** A rule: a stable kebab-case code, a default severity, and a check over the one parsed model. */
export interface Rule {
  code: string;
  defaultSeverity: Severity;
  /** One line for the README's rule table and hovers. */
  description: string;
  check(context: RuleContext, report: Report): void;
}

/** A text replacement a quick fix can apply without asking anything: carried in a finding's `data.fixes`. */
export interface FixEdit {
  title: string;
  start: number;
  end: number;
  newText: string;
}

export function replaceWith(range: { start: number; end: number }, newText: string, title: string): FixEdit {
  return { title, start: range.start, end: range.end, newText };
}
