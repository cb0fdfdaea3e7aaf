import { analysisSteps, type Analysis, type AnalysisOptions } from './analyze';
import { headMayBePostmortem, headOf, headTitleSaysPostmortem, looksLikePostmortem } from './detect';
import { indexDocument } from './documentIndex';
import { refusalOf, refusalOfError, type Refusal } from './limits';
import { buildModel } from './model';
import { finish } from './steps';

/** What the engine makes of a document: its analysis, not a post-mortem, or a post-mortem it refuses to analyse. */
export type Assessment = { kind: 'analysed'; analysis: Analysis } | { kind: 'not-postmortem' } | { kind: 'refused'; refusal: Refusal };

export interface AssessOptions extends AnalysisOptions {
  /** The path matches the post-mortem globs: a post-mortem whatever its content says. */
  byPath: boolean;
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
      const index = indexDocument(head, options.positionEncoding);
      yield known;
      const model = buildModel(index, { defaultTimezone: options.settings.timezone, slo: options.settings.slo });
      if (!looksLikePostmortem({ index, model })) return NOT_POSTMORTEM;
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
