import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { KeptAnalysis } from '../keptAnalysis';

/** The outline: sections nested by heading level, timeline entries and action items (with owners) inside theirs. */
export function documentSymbols({ index, model }: KeptAnalysis): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { depth: number; symbol: DocumentSymbol }[] = [];
  for (const section of model.sections) {
    if (section.source === 'label') continue;
    const children: DocumentSymbol[] = [];
    if (section.kind === 'timeline') {
      for (const entry of model.timeline.filter((e) => e.start >= section.bodyStart && e.start < section.bodyEnd)) {
        children.push(symbol(`${entry.timeText} ${entry.event}`.trim(), entry.milestone ?? entry.actor ?? undefined, SymbolKind.Event, entry.start, entry.end, entry.timeStart, entry.timeEnd));
      }
    }
    if (section.kind === 'action-items') {
      for (const item of model.actionItems.filter((i) => i.start >= section.bodyStart && i.start < section.bodyEnd)) {
        children.push(symbol(item.action.text, item.owner ? `owner: ${item.owner.text}` : 'no owner', SymbolKind.Field, item.start, item.end, item.action.start, item.action.end));
      }
    }
    const node = symbol(section.heading, section.kind, SymbolKind.Module, section.nameStart, Math.max(section.bodyEnd, section.nameEnd), section.nameStart, section.nameEnd);
    node.children = children;
    const depth = section.depth ?? 7;
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
    const parent = stack[stack.length - 1]?.symbol;
    if (parent && section.nameStart < index.lines.offsetAt(parent.range.end)) (parent.children ??= []).push(node);
    else roots.push(node);
    if (section.depth) stack.push({ depth, symbol: node });
  }
  return roots;

  function symbol(name: string, detail: string | undefined, kind: SymbolKind, start: number, end: number, selStart: number, selEnd: number): DocumentSymbol {
    return { name: name.slice(0, 120) || '(untitled)', detail, kind, range: index.lines.rangeOf(start, end), selectionRange: index.lines.rangeOf(selStart, Math.max(selStart, Math.min(selEnd, end))) };
  }
}
