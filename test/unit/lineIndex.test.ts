import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/engine/lineIndex';

describe('LineIndex', () => {
  it('converts offsets to 0-based positions across LF, CRLF and CR line breaks and back', () => {
    const text = 'ab\r\ncd\ne\rf';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = lines.positionAt(offset);
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF pair
      assert.equal(lines.offsetAt(position), offset, `offset ${offset}`);
    }
    assert.deepEqual(lines.positionAt(text.indexOf('f')), { line: 3, character: 0 });
    assert.equal(lines.lineEnd(0), 2);
  });

  it('counts UTF-16 code units, as LSP positions do', () => {
    const lines = new LineIndex('✅ 😀 x');
    assert.deepEqual(lines.positionAt('✅ 😀 x'.indexOf('x')), { line: 0, character: 5 });
  });
});
