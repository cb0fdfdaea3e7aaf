import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { RULES } from '../../server/src/engine/rules';
import { readRepoFile, repoRoot } from '../helpers/paths';

/** Examples are checked as if today were this date, so that `action-item-overdue` examples stay stable. */
const DOCS_TODAY = '2025-12-15';

/** The fenced examples of a docs page, by their info string: ```markdown bad / ```markdown good. */
function examples(page: string, kind: 'bad' | 'good'): string[] {
  const fence = new RegExp('^```markdown ' + kind + '\\n([\\s\\S]*?)^```$', 'gm');
  return [...page.matchAll(fence)].map((m) => m[1]);
}

describe('rule catalogue', () => {
  it('gives every rule a unique kebab-case code', () => {
    const codes = RULES.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, /^[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of RULES) {
    describe(`docs/rules/${rule.code}.md`, () => {
      const path = join('docs', 'rules', `${rule.code}.md`);
      it('exists and states the default severity', () => {
        assert.ok(existsSync(join(repoRoot, path)), `${path} is missing`);
        assert.match(readRepoFile(path), new RegExp(`\\*\\*Default severity:\\*\\* ${rule.defaultSeverity}`));
      });

      it('has a bad example the rule reports and a good example it does not', () => {
        const page = readRepoFile(path);
        const bad = examples(page, 'bad');
        const good = examples(page, 'good');
        assert.ok(bad.length > 0 && good.length > 0, 'needs ```markdown bad and ```markdown good blocks');
        for (const text of bad) {
          assert.ok(analyzeText(text, { settings: DEFAULT_SETTINGS, today: DOCS_TODAY }).findings.some((f) => f.code === rule.code), `bad example not reported:\n${text}`);
        }
        for (const text of good) {
          const reported = analyzeText(text, { settings: DEFAULT_SETTINGS, today: DOCS_TODAY }).findings.filter((f) => f.code === rule.code);
          assert.deepEqual(reported.map((f) => f.message), [], `good example reported:\n${text}`);
        }
      });
    });
  }
});
