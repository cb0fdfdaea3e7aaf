import type { KeptAnalysis } from '../keptAnalysis';
import { SECTION_CATALOGUE, SECTION_KINDS, type SectionKind } from '../../engine/sectionCatalogue';

/** The order of sections in the seed's structure: where a new section belongs. */
export const CANONICAL_ORDER: readonly SectionKind[] = SECTION_KINDS;

/** The top-level sections of the seed: what completion offers first when missing (sub-sections come later). */
export const MAIN_SECTIONS: ReadonlySet<SectionKind> = new Set(['summary', 'timeline', 'impact', 'root-cause', 'detection', 'resolution', 'action-items', 'lessons-learned', 'prevention', 'recommendations', 'supporting-information', 'metrics', 'acknowledgments', 'sign-off']);

/** The heading level the document uses for its sections (the most common one), 2 when it has none. */
export function sectionDepth({ model }: KeptAnalysis): number {
  const counts = new Map<number, number>();
  for (const section of model.sections) if (section.depth) counts.set(section.depth, (counts.get(section.depth) ?? 0) + 1);
  let best = 2;
  let bestCount = 0;
  for (const [depth, count] of counts) if (count > bestCount || (count === bestCount && depth < best)) [best, bestCount] = [depth, count];
  return best;
}

/** A section's heading (at `depth`, else the document's usual level) and a short skeleton to start it, as Markdown lines. */
export function sectionSkeleton(kind: SectionKind, analysis: KeptAnalysis, depth = sectionDepth(analysis)): string {
  const heading = `${'#'.repeat(depth)} ${SECTION_CATALOGUE[kind].title}`;
  return `${heading}\n\n${skeletonBody(kind, analysis)}`;
}

function skeletonBody(kind: SectionKind, analysis: KeptAnalysis): string {
  switch (kind) {
    case 'timeline': {
      const zone = analysis.model.timezone ?? 'UTC';
      return `| Time (${zone}) | Event | Actor |\n|---|---|---|\n|  |  |  |\n`;
    }
    case 'action-items':
      return `${actionItemHeader(analysis)}\n`;
    case 'five-whys':
      return [1, 2, 3, 4, 5].map((n) => `${n}. Why ...?\n   → `).join('\n') + '\n';
    default:
      return '\n';
  }
}

/** An action-items table header: the document's own columns when it already has such a table. */
function actionItemHeader({ index, model }: KeptAnalysis): string {
  const existing = model.actionItems.find((item) => item.form === 'table');
  const lines = existing ? index.text.slice(0, existing.start).split('\n') : [];
  for (let i = lines.length - 1; i > 0; i--) {
    if (!/^\s*\|?\s*:?-{2,}/.test(lines[i])) continue;
    const header = lines[i - 1].trim();
    const columns = header.replace(/^\||\|$/g, '').split('|').length;
    return `${header}\n${lines[i].trim()}\n|${'  |'.repeat(columns)}`;
  }
  return '| # | Action | Priority | Owner | Due Date | Status |\n|---|---|---|---|---|---|\n| 1 |  |  |  |  |  |';
}

/** Where a missing section goes, and the level of its heading. */
export interface SectionPlacement {
  offset: number;
  depth: number;
}

/**
 * Where a missing section belongs: before the first present section that comes after it in the canonical order
 * (at the start of that section's line), at that section's heading level, else at the end of the document. At the
 * same level it is that section's sibling: a higher one would take it and the sub-sections after it as its own
 * ("# Action Items" before "## Lessons" turned the lists under "## Lessons" into action items).
 */
export function sectionPlacement(kind: SectionKind, analysis: KeptAnalysis): SectionPlacement {
  const rank = CANONICAL_ORDER.indexOf(kind);
  const later = analysis.model.sections.find((s) => s.source !== 'label' && CANONICAL_ORDER.indexOf(s.kind) > rank);
  if (later) return { offset: analysis.index.text.lastIndexOf('\n', later.nameStart - 1) + 1, depth: later.depth ?? sectionDepth(analysis) };
  return { offset: analysis.index.text.length, depth: sectionDepth(analysis) };
}

/** The text that inserts a section where it belongs, with a blank line before and after it. */
export function sectionInsertion(kind: SectionKind, analysis: KeptAnalysis, { offset, depth }: SectionPlacement): string {
  const before = analysis.index.text.slice(Math.max(0, offset - 2), offset);
  const lead = offset === 0 || before === '\n\n' ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const body = sectionSkeleton(kind, analysis, depth).replace(/\n*$/, '\n');
  return `${lead}${body}${offset < analysis.index.text.length ? '\n' : ''}`;
}
