import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { sortTimelineEdit } from '../../server/src/lsp/features/sortTimeline';
import { applyEdits } from '../helpers/applyEdits';

/** The document after the sort offered on each out-of-order finding, in the order they are reported (undefined: none offered). */
function sortedOnEachFinding(text: string): (string | undefined)[] {
  const analysis = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-30' });
  return analysis.findings
    .filter((f) => f.code === 'timeline-out-of-order')
    .map((f) => {
      const edit = sortTimelineEdit(analysis, f.start);
      return edit && applyEdits(text, [edit]);
    });
}

describe('Sort the timeline by time', () => {
  it('sorts the rows of a table, moving each row whole', () => {
    const text = '# Outage\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 2024-03-03 10:00 | Errors began |\n| 2024-03-03 10:30 | Restored |\n| 2024-03-03 10:10 | Alert fired |\n';
    assert.deepEqual(sortedOnEachFinding(text), [
      '# Outage\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 2024-03-03 10:00 | Errors began |\n| 2024-03-03 10:10 | Alert fired |\n| 2024-03-03 10:30 | Restored |\n',
    ]);
  });

  it('sorts bullets under one parent among themselves, never across parents, and keeps what is nested under each', () => {
    const text = [
      '# Outage',
      '',
      '## Timeline',
      '',
      '- Web restarted:',
      '  - 2024-03-03 10:00 web-0 stopped',
      '  - 2024-03-03 10:20 web-2 stopped',
      '    - it took a minute',
      '  - 2024-03-03 10:10 web-1 stopped',
      '- Database restarted:',
      '  - 2024-03-03 10:05 db-1 stopped',
      '  - 2024-03-03 10:30 db-2 stopped',
      '',
    ].join('\n');
    const [fix, acrossParents] = sortedOnEachFinding(text);
    assert.equal(fix, text.replace('  - 2024-03-03 10:20 web-2 stopped\n    - it took a minute\n  - 2024-03-03 10:10 web-1 stopped', '  - 2024-03-03 10:10 web-1 stopped\n  - 2024-03-03 10:20 web-2 stopped\n    - it took a minute'));
    // 10:05 is out of order only with the bullets of another parent: no sort is offered for it.
    assert.equal(acrossParents, undefined);
  });

  it('offers no sort for entries joined by <br> on one line, or across a day heading', () => {
    const joined = '# Outage\n\n## Timeline\n\n2024-03-03 10:00 - web-0 stopped<br> 2024-03-03 10:20 - web-2 stopped<br> 2024-03-03 10:10 - web-1 stopped<br> 2024-03-03 10:30 - web-3 stopped\n';
    assert.deepEqual(sortedOnEachFinding(joined), [undefined]);
    const days = '# Outage\n\n## Timeline\n\n### 2024-03-03\n\n- 10:00 web-0 stopped\n- 10:20 web-2 stopped\n\n### 2024-03-02\n\n- 10:10 web-1 stopped\n\n### 2024-03-04\n\n- 10:30 web-3 stopped\n';
    assert.deepEqual(sortedOnEachFinding(days), [undefined]);
  });
});
