import { offsetsOf, startingWithin } from '../documentIndex';
import type { SectionKind } from '../sectionCatalogue';
import type { Rule } from './rule';
import { matchesOf } from '../matches';

const BLAME = /\b(human error|(?:his|her|their) fault|careless(?:ly|ness)?|should have known|neglig(?:ence|ent(?:ly)?)|incompeten(?:ce|t)|sloppy|lazy|stupid(?: mistake)?|to blame|blamed?)\b/gi;
/** "Jane's fault": a person's name, so case matters (a "load balancer's fault" is a system's). */
const NAMED_FAULT = /\b[A-Z][a-z]+'s fault\b/g;
/**
 * "No one is to blame", "not anyone's fault", "Nobody, inside or outside the company, is being blamed", "I don't want to
 * blame the developer who left": blameless writing.
 */
const NEGATED = /(?:\b(?:no one|nobody|not|never|no|avoid(?:s|ed|ing)?|rather than|instead of|beyond|blameless)\b|n['’]t\b)[^.;:!?]{0,30}$|\b(?:no one|no-one|nobody)\b(?:\s*,[^.;:!?,]{1,60},)?\s+(?:else\s+)?(?:is|are|was|were|will be|has been)(?:\s+being)?\s+$/i;
/** "Human error was considered and is not the primary root cause", "... was ruled out": blame weighed and set aside. */
const RULED_OUT_AFTER = /^[^.;!?]{0,60}?\b(?:(?:was|were|is|are|has been|have been) (?:ruled out|excluded|discounted|rejected)|(?:is|was|are|were) not (?:the |a )?(?:primary |main |underlying |direct )?(?:root )?(?:cause|factor|reason))\b/i;
/** "A sloppy regex", "the careless deploy script": said of a thing, not of a person. */
const OF_A_THING = /^\s+(?:(?:deploy|deployment|build|release|test|migration|cleanup|backup)\s+)?(?:script|code|config(?:uration)?|default|query|regex|parser|check|tests?|migration|schema|template)s?\b/i;
/**
 * "Lazy" of a person ("Bob was lazy", "the on-call got lazy"), not the technical word ("the v3 to v4 migration was lazy",
 * "lazy loading").
 */
const LAZY_PERSON = /\b(?:he|she|they|we|I|you|engineers?|developers?|devs?|operators?|admins?|on-?call|someone|somebody|people|staff|[A-Z][a-z]+)\s+(?:(?:was|were|is|are|got|gets|been|being)\s+)?(?:(?:just|a bit|too|very|being)\s+)*$/;
/** "git blame", "every commit, blame and diff URL", "/blame/": the version-control view, not blame. */
const BLAME_VIEW_BEFORE = /(?:\b(?:git|svn|hg)\s+|[/`]|\b(?:commits?|diffs?|logs?|history|annotate)(?:,|\s+(?:and|or))\s+)$/i;
const BLAME_VIEW_AFTER = /^(?:[/`]|\s*(?:,|and|or)\s+(?:diffs?|history|logs?|annotate|commits?)\b|\s+(?:views?|pages?|urls?|output|endpoints?|links?)\b)/i;
/** The words quoted, as a phrase being discussed ("the "human error" framing"), not used. */
const QUOTED = (source: string, at: number, length: number) => /["'“‘]$/.test(source.slice(0, at)) && /^["'”’]/.test(source.slice(at + length));
const ANALYSIS: ReadonlySet<SectionKind> = new Set(['root-cause', 'five-whys', 'contributing-factors']);

export const blameLanguage: Rule = {
  code: 'blame-language',
  defaultSeverity: 'hint',
  description: 'Wording that blames a person in the root-cause analysis; post-mortems focus on systems.',
  check({ index, model }, report) {
    // The analysis sections' bodies, merged where they overlap; the texts of each found by binary search (a test
    // of every text against every body was quadratic in a document of many sections).
    const bodies = model.sections.filter((s) => ANALYSIS.has(s.kind)).map((s) => [s.bodyStart, s.bodyEnd]).sort((a, b) => a[0] - b[0]);
    const merged: number[][] = [];
    for (const body of bodies) {
      const last = merged[merged.length - 1];
      if (last && body[0] <= last[1]) last[1] = Math.max(last[1], body[1]);
      else merged.push([...body]);
    }
    for (const node of merged.flatMap(([from, to]) => startingWithin(index.texts, from, to))) {
      const [start, end] = offsetsOf(node);
      const source = index.text.slice(start, end);
      for (const match of [...matchesOf(BLAME, source), ...matchesOf(NAMED_FAULT, source)]) {
        const after = source.slice(match.index + match[0].length, match.index + match[0].length + 80);
        if (NEGATED.test(source.slice(0, match.index)) || QUOTED(source, match.index, match[0].length) || OF_A_THING.test(after) || RULED_OUT_AFTER.test(after)) continue;
        // "Lazy" and "stupid" alone are said of people only after one ("Bob was lazy"), not of a thing ("a lot of very
        // stupid reading" by crawlers).
        if (/^(?:lazy|stupid)$/i.test(match[0]) && !LAZY_PERSON.test(source.slice(Math.max(0, match.index - 60), match.index))) continue;
        if (/^blame$/i.test(match[0]) && (BLAME_VIEW_BEFORE.test(source.slice(Math.max(0, match.index - 20), match.index)) || BLAME_VIEW_AFTER.test(after))) continue;
        report({
          start: start + match.index,
          end: start + match.index + match[0].length,
          message: `"${match[0]}" puts the cause on a person: describe what in the system allowed it (missing check, unclear runbook, risky default).`,
        });
      }
    }
  },
};
