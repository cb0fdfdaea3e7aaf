import type { KeptAnalysis } from '../keptAnalysis';

/**
 * People and teams the document already names: authors, reviewers, timeline actors and action-item owners,
 * most used first. Completion and quick fixes suggest them.
 */
export function namesInDocument({ model }: KeptAnalysis): string[] {
  // Each distinct text split once: a long timeline repeats a few actors thousands of times.
  const written = new Map<string, number>();
  const add = (raw: string | undefined) => {
    if (raw) written.set(raw, (written.get(raw) ?? 0) + 1);
  };
  for (const field of model.header) if (field.name === 'authors' || field.name === 'reviewers') add(field.value);
  for (const entry of model.timeline) add(entry.actor);
  for (const item of model.actionItems) add(item.owner?.text);
  const counts = new Map<string, number>();
  for (const [raw, times] of written) {
    for (const name of raw.split(/\s*(?:,|;|\band\b|&)\s*/)) {
      const trimmed = name.trim();
      if (!trimmed || trimmed.length > 40 || /^\[|^<|^(tbd|n\/a|-|none)$/i.test(trimmed)) continue;
      counts.set(trimmed, (counts.get(trimmed) ?? 0) + times);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
