import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { assessmentSteps } from '../../server/src/engine/assess';
import { finish } from '../../server/src/engine/steps';
import { looksLikeMarkdownText, looksLikePostmortem, looksLikeTemplate, pathMatchesGlobs } from '../../server/src/engine/detect';

const globs = DEFAULT_SETTINGS.files;
const analyze = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS });

describe('which Markdown files are post-mortems', () => {
  it('matches the default folders and file names, case-insensitively', () => {
    for (const path of [
      '/repo/postmortems/2025-10-26-db.md',
      '/repo/docs/Post-Mortems/outage.md',
      '/repo/incidents/2024/q1/pager.md',
      '/repo/incident-reports/x.md',
      '/repo/docs/2025-01-02-postmortem-cdn.md',
      '/repo/docs/Post-Mortem.md',
      '/repo/docs/api-incident-report.md',
    ]) {
      assert.ok(pathMatchesGlobs(path, globs), path);
    }
  });

  it('does not match ordinary Markdown', () => {
    for (const path of ['/repo/README.md', '/repo/docs/incident-response-guide.md', '/repo/postmortems.txt']) {
      assert.ok(!pathMatchesGlobs(path, globs), path);
    }
  });

  it('recognises a post-mortem by its front matter or title', () => {
    const yes = [
      '---\ntype: postmortem\n---\n# Checkout outage\n',
      '---\ntags: [db, incident]\n---\n\ntext\n',
      '+++\ntags = ["db", "postmortem"]\n+++\n\ntext\n',
      '# Post-Mortem: Checkout outage\n',
      'Incident Report\n===============\n',
      '12 KiB\nPost-Mortem: [Incident Title]\nDate of Incident: YYYY-MM-DD\n',
    ];
    for (const text of yes) assert.ok(looksLikePostmortem(analyze(text)), text);
    const no = ['# Project\n\nHow to build.\n', '---\ntype: guide\n---\n# Incident response guide\n', '---\n: bad: yaml\n---\n', '# Post-Mortem Assistant\n\nA VS Code extension.\n'];
    for (const text of no) assert.ok(!looksLikePostmortem(analyze(text)), text);
  });

  it('recognises one by its structure whatever its title says, but not a runbook', () => {
    const outage = '# Website Outage 5-26-21\n\n## Timeline\n\n- 16:49 UTC Site down\n\n## Root cause\n\nA rename.\n\n## Action items\n\n- Pin the branch\n';
    assert.ok(looksLikePostmortem(analyze(outage)));
    const runbook = '# Database failover\n\n## Detection\n\nWatch the lag.\n\n## Response\n\nPage the DBA.\n\n## Resolution\n\nPromote the replica.\n';
    assert.ok(!looksLikePostmortem(analyze(runbook)));
  });

  it('recognises a dated incident title, an "Internal post-mortem:" line and a status page\'s entry, but not a guide', () => {
    assert.ok(looksLikePostmortem(analyze('## 2025-07-30/31 Hex Outage\n\nCertificates expired.\n')));
    assert.ok(looksLikePostmortem(analyze('\nInternal post-mortem: https://example.com/pull/58\n\nFlags went down.\n')));
    assert.ok(looksLikePostmortem(analyze('---\ntitle: Router misconfigured\nseverity: major-outage\nresolved: true\n---\n\nThe router failed.\n')));
    assert.ok(!looksLikePostmortem(analyze('# 2024 incident response guide\n\nPage the on-call.\n')));
  });

  it('tells a template by its name, and a page about post-mortems by its title, but not a draft with leftovers', () => {
    assert.ok(looksLikeTemplate(analyze('# Checkout outage\n'), '/repo/postmortems/TEMPLATE.md'));
    assert.ok(looksLikeTemplate(analyze('# 📋 Post-mortems summary\n\n- 2024-03-03 checkout\n'), '/repo/postmortems/index.md'));
    assert.ok(!looksLikeTemplate(analyze('# Post-Mortem: [Incident Title]\n'), '/repo/postmortems/2024-03-03.md'));
  });

  it('tells Markdown text from scripts and plain notes, for files without an extension', () => {
    assert.ok(looksLikeMarkdownText('# Bad AMI\n\n## Summary\n\nNodes failed.\n'));
    assert.ok(looksLikeMarkdownText('Bad AMI\n=======\n\n- 14:10 Pipeline fails\n'));
    assert.ok(looksLikeMarkdownText('# Bad AMI\n\n| Time | Event |\n| --- | --- |\n| 14:10 | Fails |\n'));
    assert.ok(!looksLikeMarkdownText('#!/bin/sh\n# Deploy\n# Timeline\necho done\n'));
    assert.ok(!looksLikeMarkdownText('MIT License\n\nCopyright (c) 2024\n'));
    assert.ok(!looksLikeMarkdownText('# only one comment\nbuild:\n\tgo build\n'));
  });
});

describe('deciding a large document by its head', () => {
  it('asks the head\'s own model once for the same head: a keystroke past it goes straight to the analysis', () => {
    // A post-mortem whose title says nothing: its head's structure decides, and the head is 64 KB of a longer text.
    const head = ['# Checkout outage', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', ...Array.from({ length: 1200 }, (_, i) => `| ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | Step ${i} of the recovery, with enough words to fill the row |`), '', '## Root Cause', '', 'A leak.', ''].join('\n');
    const text = (tail: string) => `${head}\n${'Notes about the incident.\n\n'.repeat(1000)}${tail}\n`;
    const steps = (document: string, settings = DEFAULT_SETTINGS) => {
      const run = assessmentSteps(document, { settings, byPath: false, today: '2026-11-28' });
      let count = 0;
      for (let step = run.next(); !step.done; step = run.next()) count++;
      return { count, kind: finish(assessmentSteps(document, { settings, byPath: false, today: '2026-11-28' })).kind };
    };
    const first = steps(text('first'));
    const again = steps(text('typed past the head'));
    assert.equal(first.kind, 'analysed');
    assert.equal(again.kind, 'analysed');
    // The head's parse and its model, one step that no other document's keystroke could interrupt, are not done again.
    assert.equal(again.count, first.count - 1);
    // Other settings ask again.
    assert.equal(steps(text('again'), { ...DEFAULT_SETTINGS }).count, first.count);
  });
});
