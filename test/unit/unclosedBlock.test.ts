import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import type { FixEdit } from '../../server/src/engine/rules/rule';

const analyse = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-05-20' });

/** What a reader sees of a document, with each finding at the text it covers. */
function reading(text: string) {
  const { model, findings } = analyse(text);
  return {
    findings: findings.filter((f) => f.code !== 'unclosed-block').map((f) => `${f.code} "${text.slice(f.start, f.end)}"`),
    sections: model.sections.map((s) => s.kind),
    timeline: model.timeline.map((e) => `${e.timeText} ${e.milestone ?? ''}`),
    actionItems: model.actionItems.map((i) => `${i.action.text} ${i.owner?.text} ${i.due?.text}`),
  };
}

const CLOSED = [
  '# Outage on 2024-03-03',
  '',
  '## Summary',
  '',
  'The API failed. The log:',
  '',
  '```text',
  'ERROR pool exhausted',
  '```',
  '',
  '## Timeline',
  '',
  '- 14:00 UTC errors began',
  '- 14:30 UTC service restored',
  '',
  '## Action items',
  '',
  '- Alert on pool usage (owner: @ana, due 2024-04-01)',
  '- Raise the pool size',
  '',
].join('\n');
// The closing fence forgotten: Markdown reads the rest of the document as code.
const LEFT_OPEN = CLOSED.replace('ERROR pool exhausted\n```\n', 'ERROR pool exhausted\n');

describe('a code fence or comment left open', () => {
  it('is reported once, at its fence, and the rest is read as if it had been closed', () => {
    const findings = analyse(LEFT_OPEN).findings.filter((f) => f.code === 'unclosed-block');
    assert.deepEqual(
      findings.map((f) => [LEFT_OPEN.slice(f.start, f.end), f.message]),
      [['```', 'This code block is never closed: everything below it, "## Timeline" and 1 more heading included, reads as code. Close it with ``` where it ends.']],
    );
    // Nothing the closed document does not get: no section missing, the same timeline and action items, every
    // finding at the same text.
    assert.deepEqual(reading(LEFT_OPEN), reading(CLOSED));
    assert.ok(reading(LEFT_OPEN).findings.includes('action-item-missing-owner "Raise the pool size"'));
  });

  it('is closed by its quick fix before the first heading it swallowed', () => {
    const [finding] = analyse(LEFT_OPEN).findings.filter((f) => f.code === 'unclosed-block');
    const [fix] = finding.data!.fixes as FixEdit[];
    const fixed = LEFT_OPEN.slice(0, fix.start) + fix.newText + LEFT_OPEN.slice(fix.end);
    assert.equal(fixed, CLOSED);
    assert.equal(fix.title, 'Close the code block before "## Timeline"');
  });

  it('a comment left open: reported at "<!--", the rest read, and closed by its quick fix at the end of its text', () => {
    const hidden = CLOSED.replace('## Timeline', '<!-- Say when it started and how it ended.\n\n## Timeline');
    const uncommented = hidden.replace('how it ended.\n', 'how it ended. -->\n');
    const [finding] = analyse(hidden).findings.filter((f) => f.code === 'unclosed-block');
    assert.equal(hidden.slice(finding.start, finding.end), '<!--');
    assert.match(finding.message, /^This comment is never closed: everything below it, "## Timeline" and 1 more heading included, is hidden\./);
    assert.deepEqual(reading(hidden), reading(uncommented));
    const [fix] = finding.data!.fixes as FixEdit[];
    assert.equal(hidden.slice(0, fix.start) + fix.newText + hidden.slice(fix.end), uncommented);
  });

  it('is not reported for a block closed on the last line, one with no heading in it, or one inside a list item', () => {
    const codes = (text: string) => analyse(text).findings.map((f) => f.code);
    assert.ok(!codes(`${CLOSED}\n~~~\n## not a heading\n~~~\n`).includes('unclosed-block'));
    assert.ok(!codes(`${CLOSED}\n\`\`\`\nERROR at the end of the document\n`).includes('unclosed-block'));
    // Comments in a script left open at the end are not headings of the document.
    assert.ok(!codes(`${CLOSED}\n\`\`\`bash\n# restart the service\nsystemctl restart api\n`).includes('unclosed-block'));
    const inItem = CLOSED.replace('- Raise the pool size', '- Raise the pool size:\n\n  ```\n  pool: 50\n\n## Notes\n\nNone.');
    assert.ok(!codes(inItem).includes('unclosed-block'));
  });
});
