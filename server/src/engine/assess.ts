import type { Settings } from '../../../schemas/settings';
import { analysisSteps, type Analysis, type AnalysisOptions } from './analyze';
import { headMayBePostmortem, headOf, headTitleSaysPostmortem, looksLikePostmortem } from './detect';
import { indexDocument } from './documentIndex';
import { refusalOf, refusalOfError, type Refusal } from './limits';
import { buildModel } from './model';
import { finish } from './steps';
import { flat } from './textMemo';

/** What the engine makes of a document: its analysis, not a post-mortem, or a post-mortem it refuses to analyse. */
export type Assessment = { kind: 'analysed'; analysis: Analysis } | { kind: 'not-postmortem' } | { kind: 'refused'; refusal: Refusal };

export interface AssessOptions extends AnalysisOptions {
  /** The path matches the post-mortem globs: a post-mortem whatever its content says. */
  byPath: boolean;
  /**
   * The document's previous version was analysed as a post-mortem: a head the line scan still accepts needs no model
   * of its own (typing in a large post-mortem's head parsed the head again at every keystroke).
   */
  wasPostmortem?: boolean;
}

const NOT_POSTMORTEM: Assessment = { kind: 'not-postmortem' };

/**
 * Decides, then analyses, in steps. Whether the document is a post-mortem comes first, from the path, or from its
 * head (at most 64 KB): a cheap line scan, then the head's own model, so an ordinary Markdown file of any size
 * costs at most one look at its head and usually only the scan. A post-mortem beyond the limits (size, nesting,
 * markers per paragraph) is refused before any parse, and one the parser still cannot handle (a stack overflow) is
 * refused when it throws. Each step yields whether the document is known to be a post-mortem, so a caller with a
 * time budget can stop between steps and say the right thing.
 */
export function* assessmentSteps(text: string, options: AssessOptions): Generator<boolean, Assessment> {
  let known = options.byPath;
  const head = headOf(text);
  try {
    if (!known) {
      if (!options.settings.detectByContent || !headMayBePostmortem(head)) return NOT_POSTMORTEM;
      const headRefusal = refusalOf(head);
      if (headRefusal) return headTitleSaysPostmortem(head) ? { kind: 'refused', refusal: refusalOf(text) ?? headRefusal } : NOT_POSTMORTEM;
      yield known;
      if (head.length === text.length) {
        const analysis = yield* withStatus(analysisSteps(text, options), known);
        return looksLikePostmortem(analysis) ? { kind: 'analysed', analysis } : NOT_POSTMORTEM;
      }
      let verdict = options.wasPostmortem ? { settings: options.settings, postmortem: true } : headVerdicts.get(head);
      if (verdict?.settings !== options.settings) {
        const index = indexDocument(head, options.positionEncoding);
        yield known;
        const model = buildModel(index, { defaultTimezone: options.settings.timezone, slo: options.settings.slo });
        verdict = { settings: options.settings, postmortem: looksLikePostmortem({ index, model }) };
        rememberHead(head, verdict);
      }
      if (!verdict.postmortem) return NOT_POSTMORTEM;
      known = true;
      yield known;
    }
    const refusal = refusalOf(text, options.sections);
    if (refusal) return { kind: 'refused', refusal };
    yield known;
    return { kind: 'analysed', analysis: yield* withStatus(analysisSteps(text, options), known) };
  } catch (error) {
    if (!known && !headTitleSaysPostmortem(head)) return NOT_POSTMORTEM;
    return { kind: 'refused', refusal: refusalOfError(error) };
  }
}

/**
 * The verdict of the last heads' own models, by the head's text: a keystroke past a large document's head asks again
 * about the same head, whose parse (64 KB, about 100 ms) was one step no other document's keystroke could interrupt.
 * Keys are copies, so no document's whole text stays alive through its head.
 */
const headVerdicts = new Map<string, { settings: Settings; postmortem: boolean }>();
const KEPT_HEAD_VERDICTS = 8;

function rememberHead(head: string, verdict: { settings: Settings; postmortem: boolean }): void {
  headVerdicts.delete(head);
  headVerdicts.set(flat(head), verdict);
  for (const oldest of headVerdicts.keys()) if (headVerdicts.size > KEPT_HEAD_VERDICTS) headVerdicts.delete(oldest);
}

/** Runs the steps to the end at once (the CLI's and the workspace scan's way). */
export function assessText(text: string, options: AssessOptions): Assessment {
  return finish(assessmentSteps(text, options));
}

function* withStatus<T>(steps: Generator<void, T>, known: boolean): Generator<boolean, T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield known;
  }
}
