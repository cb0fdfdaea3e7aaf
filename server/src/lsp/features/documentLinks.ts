import type { DocumentLink } from 'vscode-languageserver';
import { matchesOf } from '../../engine/matches';
import type { KeptAnalysis } from '../keptAnalysis';

export interface LinkTarget {
  uri: string;
  /** The file name, e.g. "2025-09-15-db-pool.md" or "PM2019-009 - IP starvation.md". */
  name: string;
}

// "2025-09-15" or an incident id such as "PM2019-009" / "INC-1234".
const REFERENCE = /\b(\d{4}-\d{2}-\d{2}|[A-Z]{2,}-?\d{2,}(?:-\d+)?)\b/g;

/**
 * In "Related incidents", a date or an incident id that names another post-mortem of the workspace (by its file
 * name) becomes a link to it.
 */
export function documentLinks({ index, model }: KeptAnalysis, targets: LinkTarget[], selfUri: string): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const section of model.sections) {
    if (section.kind !== 'related-incidents') continue;
    const body = index.text.slice(section.bodyStart, section.bodyEnd);
    for (const match of matchesOf(REFERENCE, body)) {
      const target = targets.find((t) => t.uri !== selfUri && t.name.includes(match[1]));
      if (!target) continue;
      const start = section.bodyStart + match.index;
      links.push({ range: index.lines.rangeOf(start, start + match[1].length), target: target.uri, tooltip: `Open ${target.name}` });
    }
  }
  return links;
}
