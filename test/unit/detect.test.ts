import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { looksLikePostmortem, pathMatchesGlobs } from '../../server/src/engine/detect';
import { indexDocument } from '../../server/src/engine/documentIndex';

const globs = DEFAULT_SETTINGS.files;

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
      '# Post-Mortem: Checkout outage\n',
      'Incident Report\n===============\n',
      '12 KiB\nPost-Mortem: [Incident Title]\nDate of Incident: YYYY-MM-DD\n',
    ];
    for (const text of yes) assert.ok(looksLikePostmortem(indexDocument(text)), text);
    const no = ['# Project\n\nHow to build.\n', '---\ntype: guide\n---\n# Incident response guide\n', '---\n: bad: yaml\n---\n'];
    for (const text of no) assert.ok(!looksLikePostmortem(indexDocument(text)), text);
  });
});
