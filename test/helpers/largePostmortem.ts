/** A realistic, large post-mortem: many incidents' worth of timeline, action items and prose, about `bytes` long. */
export function generatedPostmortem(bytes: number): string {
  const parts = ['# Post-Mortem: Generated multi-day outage\n\n**Date of Incident:** 2025-10-26\n**Severity:** SEV2\n\n## Executive Summary\n\nA long outage.\n\n## Timeline\n\n| Time (UTC) | Event | Actor |\n|---|---|---|\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes * 0.45; i++) {
    const minute = i % 1440;
    const row = `| ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} | Step ${i}: checked **service ${i % 17}** logs, restarted worker pool and confirmed recovery of queue ${i % 9} | SRE (Jane) |\n`;
    parts.push(row);
    size += row.length;
  }
  parts.push('\n## Impact\n\nAll users.\n\n## Root Cause\n\nA connection leak.\n\n## Resolution\n\nRestarted.\n\n## Action Items\n\n| # | Action | Priority | Owner | Due Date | Status |\n|---|---|---|---|---|---|\n');
  for (let i = 0; size < bytes * 0.75; i++) {
    const row = `| ${i} | Add automated check number ${i} for connection cleanup in service ${i % 23} | P${i % 4} | ${i % 5 ? 'Mike (Dev)' : ''} | 2025-11-${String((i % 28) + 1).padStart(2, '0')} | ${i % 3 ? '📅 Planned' : '✅ Done'} |\n`;
    parts.push(row);
    size += row.length;
  }
  parts.push('\n## Lessons Learned\n\n');
  for (let i = 0; size < bytes; i++) {
    const paragraph = `- Lesson ${i}: the alert fired at 100% instead of 80%, and *nobody* had a [runbook](https://example.com/runbooks/${i}) for \`pool-${i}\`. Time to acknowledge: 2 minutes (target: <5 min) ✅\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('');
}

/** A post-mortem whose timeline has `entries` rows seven minutes apart from 2025-03-01 00:00 UTC ("Step 1" ...). */
export function longTimelinePostmortem(entries: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const rows: string[] = [];
  for (let i = 0; i < entries; i++) {
    const minutes = i * 7;
    const day = 1 + Math.floor(minutes / 1440);
    rows.push(`| 2025-03-${pad(day)} ${pad(Math.floor((minutes % 1440) / 60))}:${pad(minutes % 60)} | Step ${i + 1} | Bot |`);
  }
  return `# Post-Mortem: Long\n\n**Severity:** SEV2\n\n## Timeline\n\n| Time (UTC) | Event | Actor |\n|---|---|---|\n${rows.join('\n')}\n`;
}

/** A post-mortem of `sections` short sections (each its own heading), after a timeline: many small parses. */
export function manySectionsPostmortem(sections: number): string {
  const notes = Array.from({ length: sections }, (_, i) => `## Note ${i}\n\nAt 14:${String(i % 60).padStart(2, '0')} the *worker pool* ${i} was checked; see [run ${i}](https://example.com/${i}).\n\n- owner: Jane\n- status: done\n\n`);
  return `# Post-Mortem: Many notes\n\n**Date:** 2025-10-26\n**Severity:** SEV2\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 14:00 | Alert fired |\n| 14:30 | Resolved |\n\n${notes.join('')}`;
}
