import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GROWTH_BYTES, IdleCollector, MAX_PASSES, SETTLE_MS } from '../../server/src/idleCollection';

const MB = 1024 * 1024;

/**
 * An idle collector over a fake heap and a fake clock: timers fire only when the test advances the clock. Each
 * collection gives back what `giveBack` says for its pass (1-based), down to the live heap.
 */
function harness(giveBack: (pass: number) => number = () => Infinity) {
  let now = 0;
  const timers: { at: number; run: () => void }[] = [];
  const heap = { committed: 10 * MB, live: 10 * MB };
  const collections: number[] = [];
  const logged: string[] = [];
  let pass = 0;
  const collector = new IdleCollector({
    collect: () => {
      collections.push(now);
      heap.committed = Math.max(heap.live, heap.committed - giveBack(++pass));
    },
    committedOldGeneration: () => heap.committed,
    log: (message) => logged.push(message),
    timers: {
      set: (run, ms) => {
        const timer = { at: now + ms, run };
        timers.push(timer);
        return timer;
      },
      clear: (timer) => void timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1),
    },
    now: () => now,
  });
  const advance = (ms: number) => {
    now += ms;
    for (const due of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(due), 1);
      due.run();
    }
  };
  /** A burst of analyses that leaves the old generation `grownBy` larger, `live` of it still in use. */
  const burst = (grownBy: number, live = heap.live) => {
    collector.busy();
    heap.committed += grownBy;
    heap.live = live;
    collector.idle();
  };
  return { collector, heap, collections, logged, advance, burst, pending: () => timers.length };
}

describe('idle collection: one full collection once a burst of analyses has settled', () => {
  it('collects once no analysis has run for the settle time, when the old generation grew markedly', () => {
    const { heap, collections, logged, advance, burst } = harness();
    burst(100 * MB, 20 * MB);
    advance(SETTLE_MS - 1);
    assert.deepEqual(collections, []);
    advance(1);
    assert.ok(collections.length >= 1 && collections.every((at) => at === SETTLE_MS), collections.join(' '));
    assert.equal(heap.committed, 20 * MB);
    assert.deepEqual(logged, [`Analyses settled: garbage collected (${collections.length} passes, 0 ms), old generation 110 -> 20 MB committed.`]);
  });

  it('waits while analyses keep starting: a gap between two analyses of a burst is not a pause', () => {
    const { collections, advance, burst } = harness();
    for (let i = 0; i < 10; i++) {
      burst(10 * MB);
      advance(SETTLE_MS / 2);
    }
    assert.deepEqual(collections, []);
    advance(SETTLE_MS / 2);
    assert.notDeepEqual(collections, []);
  });

  it('leaves a small growth to V8 (typing in an ordinary post-mortem), counted until it adds up', () => {
    const { collections, advance, burst } = harness();
    burst(GROWTH_BYTES / 2);
    advance(SETTLE_MS);
    assert.deepEqual(collections, []);
    burst(GROWTH_BYTES / 2);
    advance(SETTLE_MS);
    assert.notDeepEqual(collections, []);
  });

  it('collects once per burst: settling again without new growth does not collect, new growth does', () => {
    const { collections, logged, advance, burst } = harness();
    burst(100 * MB, 20 * MB);
    advance(SETTLE_MS);
    const once = collections.length;
    burst(GROWTH_BYTES - MB);
    advance(SETTLE_MS);
    assert.equal(collections.length, once);
    burst(MB);
    advance(SETTLE_MS);
    assert.ok(collections.length > once);
    assert.equal(logged.length, 2);
  });

  it('counts growth from the lowest committed heap V8 left by itself', () => {
    const { heap, collections, advance, burst } = harness();
    burst(GROWTH_BYTES - MB);
    advance(SETTLE_MS);
    // V8's own collection shrank the heap below where it started.
    heap.committed = 5 * MB;
    burst(0);
    advance(SETTLE_MS);
    burst(GROWTH_BYTES);
    advance(SETTLE_MS);
    assert.notDeepEqual(collections, []);
  });

  it('runs another pass while the last gave memory back, at most MAX_PASSES', () => {
    // The first pass gives back 10 MB, the second 60 MB, the third half a MB: no fourth would be worth it.
    const stopping = harness((pass) => [10, 60, 0.5][pass - 1] * MB);
    stopping.burst(100 * MB, 20 * MB);
    stopping.advance(SETTLE_MS);
    assert.equal(stopping.collections.length, 3);
    // The first gives back 60 MB, the second half a MB: two passes.
    const early = harness((pass) => [60, 0.5][pass - 1] * MB);
    early.burst(100 * MB, 20 * MB);
    early.advance(SETTLE_MS);
    assert.equal(early.collections.length, 2);
    // Each pass gives back 20 MB: MAX_PASSES of them, even with more to give.
    const capped = harness(() => 20 * MB);
    capped.burst(200 * MB, 10 * MB);
    capped.advance(SETTLE_MS);
    assert.equal(capped.collections.length, MAX_PASSES);
    // A pass that gives back nothing is the last.
    const once = harness(() => 0);
    once.burst(100 * MB);
    once.advance(SETTLE_MS);
    assert.equal(once.collections.length, 1);
  });

  it('runs on no timer of its own: nothing is pending while an analysis runs or after a collection', () => {
    const { collector, pending, advance, burst } = harness();
    collector.busy();
    assert.equal(pending(), 0);
    burst(100 * MB);
    assert.equal(pending(), 1);
    collector.busy();
    assert.equal(pending(), 0);
    collector.idle();
    advance(SETTLE_MS);
    assert.equal(pending(), 0);
  });
});
