// How many worker threads `postmortem lint` starts by default: one per core, the main thread handing out files and
// printing; none on a single core, where a worker would only add a heap beside the main thread's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultWorkers } from '../../server/src/cliWorkers';

describe('postmortem lint: default worker threads', () => {
  it('starts one per core when there are two or more', () => {
    assert.equal(defaultWorkers(2), 2);
    assert.equal(defaultWorkers(8), 8);
  });

  it('starts none on a single core: the main thread lints alone', () => {
    assert.equal(defaultWorkers(1), 0);
  });
});
