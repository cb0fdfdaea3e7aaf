import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { corpusDocuments, LABEL_FOLDERS } from '../corpus/labelFiles';
import { seedPath, sharedDir } from '../helpers/paths';

const analyse = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-30' });

/** What a reader sees of an analysis, by line: findings, timeline, figures, action items, sections. */
function reading(text: string) {
  const { index, model, findings } = analyse(text);
  const line = (offset: number) => index.lines.positionAt(offset).line;
  const withoutCr = (s: string | undefined) => s?.replace(/\r/g, '');
  return {
    findings: findings.map((f) => `${line(f.start)} ${f.code} ${withoutCr(f.message)}`).sort(),
    timeline: model.timeline.map((e) => `${line(e.start)} ${e.instant?.toISO()} ${[e.milestone, ...e.alsoMilestones].join(',')} ${withoutCr(e.prose)}`),
    durations: { ...model.durations, basis: undefined },
    statedFigures: model.statedFigures.map((f) => `${line(f.start)} ${f.kind} ${f.statedMinutes} ${f.computedMinutes}`),
    actionItems: model.actionItems.map((i) => `${line(i.start)} ${i.owner} ${i.due} ${i.status}`),
    sections: model.sections.map((s) => `${line(s.nameStart)} ${s.kind}`),
  };
}

const sharedAbsent = [...LABEL_FOLDERS.map((folder) => join(sharedDir, folder)), seedPath].every(existsSync)
  ? undefined
  : `../shared (corpus, corpus-2, seed) is absent (looked in ${sharedDir}); set POSTMORTEM_SHARED to run this test`;

describe('line ends', () => {
  it('a duration stated across a soft line break is read with CRLF line ends as with LF ("a 5 day\\r\\noutage")', () => {
    const text = '# Post-mortem: Database outage\n\n## Summary\n\nThe database failed, resulting in a 5 day\noutage for every user.\n';
    for (const eol of ['\n', '\r\n']) {
      const { model } = analyse(text.replace(/\n/g, eol));
      assert.deepEqual(model.statedFigures.map((f) => [f.kind, f.statedMinutes]), [['impact', 7200]], JSON.stringify(eol));
    }
    // An amount in words broken after its "and": the second part is read with either line end.
    const words = '# Post-mortem: Database outage\n\n## Summary\n\nThe issue went undetected for seven hours and ten\nminutes.\n';
    for (const eol of ['\n', '\r\n']) assert.deepEqual(analyse(words.replace(/\n/g, eol)).model.statedFigures.map((f) => f.statedMinutes), [430], JSON.stringify(eol));
  });

  it('every real post-mortem and the seed read the same with CRLF line ends as with LF', { skip: sharedAbsent }, () => {
    const paths = [...LABEL_FOLDERS.flatMap((folder) => corpusDocuments(sharedDir, folder).map((file) => join(sharedDir, folder, file))), seedPath];
    const differing: string[] = [];
    for (const path of paths) {
      const lf = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
      const [asLf, asCrlf] = [reading(lf), reading(lf.replace(/\n/g, '\r\n'))];
      for (const key of Object.keys(asLf) as (keyof typeof asLf)[]) {
        if (JSON.stringify(asLf[key]) !== JSON.stringify(asCrlf[key])) differing.push(`${path.slice(sharedDir.length + 1)}: ${key}`);
      }
    }
    assert.deepEqual(differing, []);
  });
});
