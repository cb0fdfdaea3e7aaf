// `npm run bench`: our full analysis against a bare remark + remark-gfm parse of the same text, side by side in
// one process, interleaved, reported as a ratio of medians (the target: analysis <= 1.25 x the bare parse).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { analyzeText } from '../server/src/engine/analyze';

const TARGET = 1.25;
const bare = unified().use(remarkParse).use(remarkGfm);

/** A realistic, large post-mortem: many incidents' worth of timeline, action items and prose, about `bytes` long. */
function generatedPostmortem(bytes: number): string {
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function compare(name: string, text: string, rounds: number): number {
  // Warm both paths up so the JIT has seen them before anything is measured.
  for (let i = 0; i < Math.min(3, rounds); i++) {
    bare.parse(text);
    analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-12-01' });
  }
  const parse: number[] = [];
  const analysis: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Interleaved, alternating which goes first, so machine noise falls on both alike.
    const order = i % 2 === 0 ? ['parse', 'analysis'] : ['analysis', 'parse'];
    for (const which of order) {
      if (which === 'parse') parse.push(time(() => bare.parse(text)));
      else analysis.push(time(() => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-12-01' })));
    }
  }
  const ratio = median(analysis) / median(parse);
  console.log(`${name.padEnd(28)} ${(text.length / 1024).toFixed(0).padStart(6)} KB   parse ${median(parse).toFixed(1).padStart(8)} ms   analysis ${median(analysis).toFixed(1).padStart(8)} ms   ratio ${ratio.toFixed(2)} ${ratio <= TARGET ? '(within' : '(OVER'} ${TARGET})`);
  return ratio;
}

const shared = process.env.POSTMORTEM_SHARED ?? join(__dirname, '..', '..', '..', 'shared');
const seedFile = join(shared, 'seed', 'postmortem-example.txt');
console.log('bare = unified + remark-parse + remark-gfm parse; analysis = our parse, model and every rule');
const ratios: number[] = [];
try {
  ratios.push(compare('seed (postmortem-example)', readFileSync(seedFile, 'utf8'), 30));
} catch {
  console.log(`seed not found at ${seedFile}; set POSTMORTEM_SHARED`);
}
ratios.push(compare('generated 1 MB post-mortem', generatedPostmortem(1024 * 1024), 3));
process.exitCode = ratios.every((r) => r <= TARGET) ? 0 : 1;
