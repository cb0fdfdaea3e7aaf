import type { Settings } from '../../../schemas/settings';
import { indexTreeSteps, type DocumentIndex } from './documentIndex';
import { loneCrAsLf, type PositionEncoding } from './lineIndex';
import { modelSteps, type PostmortemModel } from './model';
import { parseMarkdown } from './parse';
import { pastedBulletsAsDashes } from './pastedBullets';
import { RULES } from './rules';
import { softerThan, type Finding, type Rule } from './rules/rule';
import { parseInSections, piecesOf, type SectionMemo } from './sectionParse';
import { finish } from './steps';
import { unclosedBlockOf, withBlockBlanked } from './unclosedBlock';

export interface Logger {
  error(message: string): void;
}

export interface AnalysisOptions {
  settings: Settings;
  /** Today's date (YYYY-MM-DD) for `action-item-overdue`; the engine never reads the clock itself. */
  today?: string;
  logger?: Logger;
  rules?: readonly Rule[];
  /** What positions' characters count in (the LSP client's agreed encoding); UTF-16 by default. */
  positionEncoding?: PositionEncoding;
  /**
   * The document's parsed sections from its previous version (the LSP keeps one per document): the parse then goes a
   * section at a time, and only sections edited since are parsed again. Without it, the document is parsed whole.
   */
  sections?: SectionMemo;
}

export interface Analysis {
  index: DocumentIndex;
  model: PostmortemModel;
  findings: Finding[];
}

/**
 * The engine's facade: one parse, one model, every enabled rule. A rule that throws is logged and skipped;
 * the others still report.
 */
export function analyzeText(text: string, options: AnalysisOptions): Analysis {
  return finish(analysisSteps(text, options));
}

/**
 * The same analysis in steps (the parse a section at a time; the index; the model's readings; each rule), yielding
 * between them, so a caller can spread the work of a large document over several turns of its event loop and abandon
 * it when it overruns a time budget.
 */
export function* analysisSteps(text: string, { settings, today, logger, rules = RULES, positionEncoding, sections }: AnalysisOptions): Generator<void, Analysis> {
  text = pastedBulletsAsDashes(loneCrAsLf(text));
  const parse = function* (source: string) {
    return sections ? yield* parseInSections(source, sections) : parseMarkdown(source);
  };
  let tree = yield* parse(text);
  // A fence or comment left open swallows every section below it: the rest is read as if it had been closed where it
  // most likely ends (what it holds blanked, so offsets stay the original's), and `unclosed-block` says so.
  const unclosedBlock = unclosedBlockOf(text, tree);
  if (unclosedBlock) tree = yield* parse(withBlockBlanked(text, unclosedBlock));
  yield;
  const index = yield* indexTreeSteps(text, tree, positionEncoding, piecesOf(tree), unclosedBlock);
  yield;
  const model = yield* modelSteps(index, { defaultTimezone: settings.timezone, slo: settings.slo });
  yield;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = settings.rules[rule.code] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    try {
      // Built field by field: a spread of each of a large document's thousands of findings cost several milliseconds.
      const { code } = rule;
      rule.check({ index, model, settings, today }, ({ message, start, end, data, softer }) => {
        const severity = softer ? softerThan(level) : level;
        findings.push(data === undefined ? { code, severity, message, start, end } : { code, severity, message, start, end, data });
      });
    } catch (error) {
      // A stack overflow is the document's, not the rule's: the caller reports the document as not analysable.
      if (error instanceof RangeError && /call stack/i.test(error.message)) throw error;
      logger?.error(`Rule ${rule.code} failed and was skipped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    yield;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { index, model, findings };
}
