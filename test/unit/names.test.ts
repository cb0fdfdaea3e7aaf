import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { namesInDocument } from '../../server/src/lsp/features/names';

it('names the people a post-mortem uses, most used first, each written name split into its people', () => {
  const text = [
    '# Post-Mortem: Outage',
    '',
    '**Authors:** Ana, Bo',
    '',
    '## Timeline',
    '',
    '| Time (UTC) | Event | Actor |',
    '|---|---|---|',
    '| 14:00 | Alert fires | Cy and Bo |',
    '| 14:02 | Acknowledged | Cy |',
    '| 14:05 | Restarted | Cy and Bo |',
    '',
    '## Action Items',
    '',
    '| Action | Owner | Due |',
    '|---|---|---|',
    '| Add a check | TBD | 2026-01-01 |',
    '| Add an alert | Dee; Ana | 2026-01-01 |',
    '',
  ].join('\n');
  assert.deepEqual(namesInDocument(analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' })), ['Bo', 'Cy', 'Ana', 'Dee']);
});
