import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { CORPUS_EXPECTATIONS } from '../corpus/expectations';
import { corpusDir } from '../helpers/paths';

const corpusMissing = existsSync(corpusDir) ? undefined : `../shared/corpus is absent (looked for ${corpusDir}); set POSTMORTEM_SHARED to run the corpus tests`;

/** "**16:58 UTC**" and "16:58 UTC" are the same time as written. */
const plain = (text: string) => text.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

describe('the corpus of real post-mortems', { skip: corpusMissing }, () => {
  it('has an expectation, written by a person, for every document', () => {
    const documents = readdirSync(corpusDir).filter((name) => name !== 'SOURCES.tsv').sort();
    assert.deepEqual(CORPUS_EXPECTATIONS.map((e) => e.file).sort(), documents);
  });

  for (const expected of CORPUS_EXPECTATIONS) {
    describe(expected.file, () => {
      const analysis = () => {
        const errors: string[] = [];
        const result = analyzeText(readFileSync(join(corpusDir, expected.file), 'utf8'), {
          settings: DEFAULT_SETTINGS,
          today: '2026-11-28',
          logger: { error: (message) => errors.push(message) },
        });
        assert.deepEqual(errors, [], 'a rule threw');
        return result;
      };

      it('finds the sections a reader finds', () => {
        const kinds = [...new Set(analysis().model.sections.map((s) => s.kind))];
        assert.deepEqual(kinds.filter((k) => expected.sections.includes(k)).sort(), [...expected.sections].sort(), `found ${kinds.join(', ')}`);
        assert.deepEqual(kinds.filter((k) => !expected.sections.includes(k)), [], 'sections a reader would not call so');
      });

      it(`reads ${expected.timelineEntries} timeline entries, first and last as written`, () => {
        const { timeline } = analysis().model;
        assert.equal(timeline.length, expected.timelineEntries);
        if (expected.firstEntry) assert.ok(plain(expected.firstEntry.time).includes(plain(timeline[0].timeText)), `first: ${timeline[0].timeText}`);
        if (expected.lastEntry) assert.ok(plain(expected.lastEntry.time).includes(plain(timeline[timeline.length - 1].timeText)), `last: ${timeline[timeline.length - 1].timeText}`);
      });

      it(`sees a ${expected.timelineOrder} timeline`, () => {
        const { model, findings } = analysis();
        const outOfOrder = findings.filter((f) => f.code === 'timeline-out-of-order').length;
        if (expected.timelineOrder === 'mixed') assert.ok(outOfOrder > 0, 'rows out of order were not reported');
        // Order can only be seen between readable times.
        const timed = model.timeline.filter((e) => e.instant).length;
        if ((expected.timelineOrder === 'chronological' || expected.timelineOrder === 'newest-first') && timed > 1) {
          assert.equal(model.timelineOrder, expected.timelineOrder);
          assert.equal(outOfOrder, 0, findings.filter((f) => f.code === 'timeline-out-of-order').map((f) => f.message).join('\n'));
        }
      });

      it(`finds ${expected.actionItems} action items, ${expected.actionItemsWithoutOwner} without an owner, and warns on each open one`, () => {
        const { model, findings } = analysis();
        assert.equal(model.actionItems.length, expected.actionItems);
        const ownerless = model.actionItems.filter((item) => !item.owner);
        assert.equal(ownerless.length, expected.actionItemsWithoutOwner);
        const open = ownerless.filter((item) => item.statusKind !== 'done' && item.statusKind !== 'cancelled');
        const warned = findings.filter((f) => f.code === 'action-item-missing-owner');
        assert.deepEqual(warned.map((f) => f.start), open.map((item) => item.action.start));
      });
    });
  }
});
