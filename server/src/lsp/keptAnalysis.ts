import type { Analysis } from '../engine/analyze';
import type { Assessment } from '../engine/assess';
import type { DocumentIndex } from '../engine/documentIndex';

/**
 * What the server keeps of a document's analysis, and all its features read: the text, its lines, the model and the
 * findings. The syntax tree and the index's node lists (about 80 % of an analysis, mostly position objects) are not
 * kept: no feature needs them, which this type holds every feature to.
 */
export type KeptAnalysis = Omit<Analysis, 'index'> & { index: Pick<DocumentIndex, 'text' | 'lines'> };

export type KeptAssessment = Exclude<Assessment, { kind: 'analysed' }> | { kind: 'analysed'; analysis: KeptAnalysis };

export function keptAssessment(assessment: Assessment): KeptAssessment {
  if (assessment.kind !== 'analysed') return assessment;
  const { index, model, findings } = assessment.analysis;
  return { kind: 'analysed', analysis: { index: { text: index.text, lines: index.lines }, model, findings } };
}
