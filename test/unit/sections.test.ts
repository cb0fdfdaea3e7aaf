import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { headingKindOf, sectionKindOf } from '../../server/src/engine/sectionCatalogue';
import { readSeed, sharedMissing } from '../helpers/paths';

function kinds(text: string): string[] {
  return analyzeText(text, { settings: DEFAULT_SETTINGS }).model.sections.map((s) => s.kind);
}

function missing(text: string, requiredSections = DEFAULT_SETTINGS.requiredSections): string[] {
  return analyzeText(text, { settings: { ...DEFAULT_SETTINGS, requiredSections } })
    .findings.filter((f) => f.code === 'missing-section')
    .map((f) => String(f.data?.section));
}

describe('sections', () => {
  it('reads "## 5. Analysis" holding the causes as the root cause, not an "## Analysis" with nothing of its own over other sections', () => {
    assert.deepEqual(kinds('# Results delayed\n\n## 5. Analysis\n\nContributing factors identified by the panel:\n\n1. No monitoring of the host link.\n'), ['root-cause']);
    assert.deepEqual(kinds('# Crane fault\n\n## 4. Analysis\n\n### 4.1 Crane C3\n\nThe encoder failed.\n'), ['root-cause']);
    const grouping = '# Redis exposed\n\n## Analysis\n\n## What went well\n\n- We were lucky.\n';
    assert.deepEqual(kinds(grouping), ['lessons-learned']);
    assert.ok(missing(grouping).includes('root-cause'));
  });

  it('reads "Remediation checklist" and "Remedial measures" as the actions, "Impact on end users", "Some numbers" and "What broke, from a user\'s point of view" as the impact, "What didn\'t" and "What we need to improve" as lessons, and "Why we are writing this" as none', () => {
    for (const heading of ['Remediation checklist', '6. Remedial measures']) assert.equal(headingKindOf(heading), 'action-items', heading);
    for (const heading of ['Impact on end users', 'Some numbers', "What broke, from a user's point of view"]) assert.equal(headingKindOf(heading), 'impact', heading);
    for (const heading of ["What didn't", 'What was good', 'What we need to improve', 'What hurt']) assert.equal(headingKindOf(heading), 'lessons-learned', heading);
    assert.equal(headingKindOf('Live-ops follow-ups'), 'action-items');
    for (const heading of ['Customer follow-ups', 'Previous follow-ups']) assert.equal(headingKindOf(heading), undefined, heading);
    assert.equal(headingKindOf('Why it failed, from the client side'), 'root-cause');
    assert.deepEqual(analyzeText("# Outage\n\n## Summary (from the customer's perspective)\n\nLogins failed.\n", { settings: DEFAULT_SETTINGS }).model.sections.map((s) => [s.kind, ...s.also]), [['summary', 'impact']]);
    assert.equal(headingKindOf('Why we were publishing stale prices'), 'root-cause');
    assert.equal(headingKindOf("Why we're writing this"), undefined);
    assert.equal(headingKindOf('who got hit 😬'), 'impact');
    assert.equal(headingKindOf('How it played out'), 'timeline');
    assert.equal(headingKindOf('Why we are writing this'), undefined);
    assert.equal(headingKindOf('Why we were down'), 'root-cause');
    assert.equal(headingKindOf('What broke'), 'root-cause');
  });

  it('reads a title joining the incident with "what we\'re changing" as the title, not as action items over the whole post', () => {
    const post = '# What happened with the March 13 payday, and what we\'re changing\n\n## Who was affected\n\n- 31,600 people paid late\n\n## What we\'re doing next\n\n- Page on a missing receipt. Owner: Dana, due 2026-04-01\n';
    assert.deepEqual(kinds(post), ['impact', 'action-items']);
    assert.equal(analyzeText(post, { settings: DEFAULT_SETTINGS }).model.actionItems.length, 1);
    assert.deepEqual(kinds('# Timeline and root cause\n\n- 10:02 x\n'), ['timeline']);
    // The document's only level-1 heading names the incident unless it is wholly section names.
    for (const title of ['# How it played out: our first Black Friday on Kubernetes', '# Black Friday follow-ups', '# The numbers: Black Friday 2026', '# Who got hit, and how we made it right']) {
      assert.deepEqual(kinds(`${title}\n\n## Timeline\n\n- 10:02 x\n`), ['timeline'], title);
    }
    // A title naming the kind of document ("# RCA: ...") makes the whole of it that section.
    assert.deepEqual(kinds('# RCA: UPI collect request failures\n\n## Timeline\n\n- 10:02 x\n'), ['root-cause', 'timeline']);
    // With level-1 headings for every section, the first is a section as the others are.
    assert.deepEqual(kinds('# Summary and background\n\nChecks failed.\n\n# Impact\n\nAll users.\n'), ['summary', 'impact']);
    // A plain "tl;dr" opening a paragraph labels the summary as a bold one does.
    assert.deepEqual(kinds('# MC down this morning (Tue 11/3) - what happened\n\ntl;dr we lost our whole connection to Mastercard for 38 minutes.\n'), ['summary']);
    assert.deepEqual(kinds('# MC down\n\ntldr is a word we use.\n'), []);
    assert.deepEqual(kinds('# MC down\n\n## Root cause\n\nTL;DRs are not enough for incidents like this.\n\ntl;dr-style summaries hid the risk.\n'), ['root-cause']);
  });

  it('counts a review\'s recommendations as its action items for the required sections', () => {
    const review = '# Review\n\n## Summary\n\nLate.\n\n## 8. Recommendations\n\nR1. The HPC Operations Manager should add a hang check. Target: 30 April 2026.\n';
    assert.deepEqual(missing(review, ['summary', 'action-items']), []);
    assert.deepEqual(missing('# Review\n\n## Summary\n\nLate.\n', ['summary', 'action-items']), ['action-items']);
  });

  it('reads "Annex A: Detailed chronology" as the timeline an annex holds, and "Detailed chronology" alone', () => {
    assert.equal(headingKindOf('Annex A: Detailed chronology'), 'timeline');
    assert.equal(headingKindOf('Detailed chronology'), 'timeline');
    assert.equal(headingKindOf('Annex B: Glossary'), undefined);
  });

  it('reads a GitHub or Obsidian callout that summarises ("> [!SUMMARY]", "> [!TLDR]-") as the summary', () => {
    const text = (callout: string) => `# Custom domains SSL\n\n> ${callout}\n> Custom domains served an expired certificate for 1h 35m.\n\n## Timeline\n\n- 10:02 x\n`;
    assert.deepEqual(kinds(text('[!SUMMARY]')), ['summary', 'timeline']);
    assert.deepEqual(kinds(text('[!TLDR]-')), ['summary', 'timeline']);
    assert.deepEqual(kinds(text('[!WARNING] Draft')), ['timeline']);
  });

  it('reads "**Contributors:**" naming people as a byline, not the contributing factors; naming causes, as them', () => {
    const byline = '# Outage\n\n- **Contributors:** Katrin Vogel (Alerting, Berlin), Felipe Soto (Platform/Storage), Yusuf Demir (Support)\n\n**Contributors:** Chris Doyle (Control Systems) and Amrit Gill\n\n## Timeline\n\n- 10:02 x\n';
    assert.deepEqual(kinds(byline), ['timeline']);
    assert.deepEqual(kinds('# Outage\n\n**Contributors:** a retry storm and a cache TTL of 24 hours.\n'), ['contributing-factors']);
  });

  it('reads a long name misspelt by one edit anywhere in it, not by two', () => {
    for (const misspelt of ['Rot Cause Analysis', 'Xoot Cause Analysis', 'oRot Cause Analysis', 'Root Cause Analysiss', 'Root Cause Analysi', 'Root Cause Analyisis', 'Raot Cause Analysis']) {
      assert.equal(sectionKindOf(misspelt), 'root-cause', misspelt);
    }
    assert.equal(sectionKindOf('Rot Cause Analysiss'), undefined);
    assert.equal(sectionKindOf('oRot Cause Analysi'), undefined);
  });

  it('reads "Actionables" (a wiki incident template\'s name) as the action items, and reads its items', () => {
    const text = '# Incident: thumbnails\n\n## Actionables\n\n* {{Status|Done}} Fix shard calculation in rewrite.py - [T102465] (godog)\n* {{Status|Pending}} Add unit tests for shard calculation - [T102466]\n';
    assert.equal(sectionKindOf('Actionables'), 'action-items');
    assert.equal(analyzeText(text, { settings: DEFAULT_SETTINGS }).model.actionItems.length, 2);
  });

  it('reads Spanish, Portuguese and German section names: "Qué pasó", "Linha do tempo detalhada", "Kurzfassung", "Próximos pasos", "**Causa:**"', () => {
    assert.equal(sectionKindOf('1. Sumário executivo'), 'summary');
    assert.equal(sectionKindOf('Qué pasó'), 'summary');
    assert.equal(sectionKindOf('Was ist passiert'), 'summary');
    assert.equal(sectionKindOf('Kurzbeschreibung'), 'summary');
    assert.equal(sectionKindOf('4. Linha do tempo detalhada'), 'timeline');
    assert.equal(sectionKindOf('Ablauf'), 'timeline');
    assert.equal(sectionKindOf('Próximos pasos'), 'action-items');
    assert.equal(sectionKindOf('Kennzahlen'), 'metrics');
    const text = '# Nota: PSE sin recaudo\n\n**Resumen:** ~45 min sin recaudo por PSE.\n\n**Causa:** el certificado del proveedor venció.\n\n**Pendientes**\n\n- [ ] Alerta de vencimiento — Valentina — 05/07/2024\n';
    assert.deepEqual(missing(text, ['summary', 'root-cause', 'action-items']), []);
  });

  it('reads a plain-text letter\'s numbered lines ("1. Summary", "3. Timeline (UTC)") as its headings, each up to the next of the series; not a list of names', () => {
    const letter = ['# RE: Root Cause Analysis', '', '1. Summary', '', 'Routes were leaked by a third party.', '', '2. Impact to Hallberg Freight', '', '- Two nameservers were unreachable.', '', '3. Timeline (UTC)', '', '  08:12  Routes leaked', '  08:26  Monitoring alerts on-call', '  10:07  Service fully restored', '', '4. Corrective and preventive actions', '', 'We now advertise more specific routes.', '', '5. Service credits', '', 'A credit of 10% is applied; no action is needed on your side.', ''].join('\n');
    const { model } = analyzeText(letter, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.sections.map((s) => [s.kind, s.heading]), [['summary', 'Summary'], ['impact', 'Impact to Hallberg Freight'], ['timeline', 'Timeline (UTC)'], ['action-items', 'Corrective and preventive actions']]);
    assert.equal(model.timeline.length, 3);
    // The actions end at "5. Service credits": its lines are none.
    assert.deepEqual(model.actionItems.map((i) => i.action.text), []);
    // A banner underlined with dashes (a setext heading) leaves the letter plain.
    const bannered = analyzeText(letter.replace('# RE: Root Cause Analysis', 'RE: Root Cause Analysis\n\nROOT CAUSE ANALYSIS, Case 0041\n------------------------------'), { settings: DEFAULT_SETTINGS });
    assert.deepEqual(bannered.model.sections.map((s) => s.kind).slice(-4), ['summary', 'impact', 'timeline', 'action-items']);
    // A numbered step inside a Markdown section is no heading.
    assert.deepEqual(kinds('# Outage\n\n## Resolution\n\n1. Impact assessment\n\nWe listed the affected tenants.\n'), ['resolution']);
    // A table of contents is a list.
    assert.deepEqual(kinds('# Report\n\n1. Summary\n2. Impact\n3. Timeline\n\nText.\n'), []);
    assert.deepEqual(kinds('# Report\n\n1. Summary\n\n2. Impact\n\n3. Timeline\n\nText.\n'), []);
  });

  it('reads a cloud provider\'s report: commitments, a qualified root cause, the impact on other services, affected services', () => {
    assert.equal(sectionKindOf('Commitments'), 'action-items');
    assert.equal(sectionKindOf('Preliminary Root Cause'), 'root-cause');
    assert.equal(sectionKindOf('What do we know so far?'), 'root-cause');
    assert.equal(sectionKindOf('Impact on other services'), 'impact');
    // An RCA letter's "Impact to <customer>", a status page's "What are we doing to prevent this?", "What could be better".
    assert.equal(sectionKindOf('2. Impact to Hallberg Freight'), 'impact');
    assert.equal(sectionKindOf('What are we doing to prevent this?'), 'action-items');
    assert.deepEqual(['What could be better', 'Areas for improvement', 'Wat kan beter'].map(sectionKindOf), ['lessons-learned', 'lessons-learned', 'lessons-learned']);
    assert.equal(sectionKindOf('5. Measures adopted to prevent recurrence'), 'action-items');
    assert.deepEqual(['What the RSE team is doing', 'Our next steps', 'Actions for team leads'].map(sectionKindOf), ['action-items', 'action-items', 'action-items']);
    // A regulator letter's "Consumers affected and remediation": the impact and making it good, no follow-ups to assign.
    const letter = analyzeText('# Notice\n\n## 4. Consumers affected and remediation\n\n- São Paulo: 38,412 trips, BRL 1,420,000.00 charged in excess.\n- Mexico City: 9,100 trips.\n\n## 5. Measures adopted to prevent recurrence\n\nText.\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(letter.model.sections.map((s) => [s.kind, ...s.also]), [['impact', 'resolution'], ['action-items']]);
    assert.deepEqual(letter.model.actionItems, []);
    assert.deepEqual(kinds('# Network issues\n\n- **Affected services:** Virtual Network, Load Balancer\n- **Status:** Preliminary\n'), ['impact']);
    // A bold word with text after it is no label.
    assert.deepEqual(kinds('# Network issues\n\n- **Impact** was low\n'), []);
  });

  it('ends a bold line\'s section at the next bold line of its own ("**Action items**" then "**Links**")', () => {
    const text = '# Outage\n\n**Action items**\n\n- Rotate the key — Owner: Karim, due 2024-06-21\n\n**Links**\n\n* [Incident channel](https://example.com)\n* [cert-manager docs](https://example.com)\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-06-01' });
    assert.deepEqual(model.actionItems.map((i) => i.action.text), ['Rotate the key']);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')), []);
  });

  it('reads bold fields a line each in one paragraph ("**Total duration:** ...\\n**Impact:** ..."), and "Customer Impact Window" as the impact', () => {
    assert.deepEqual(missing('# Outage\n\n**Total duration:** ~31 hours\n**Impact:** federation delayed by 52 minutes\n**Written by:** @anaf\n', ['impact']), []);
    assert.deepEqual(missing('# Outage\n\nTotal duration: ~31 hours\nImpact: federation delayed\n', ['impact']), ['impact']);
    assert.deepEqual(missing('# RCA\n\n**Customer Impact Window:** 14:07 – 15:31 UTC\n', ['impact']), []);
  });

  it('reads "Key moments" as the timeline, and its table of what happened when as entries', () => {
    const text = '# Stale flags\n\n**Date:** 2024-06-11\n\n## Key moments\n\n| What | Time (ET) |\n|---|---|\n| Impact start (first eviction of version keys) | 07:40 |\n| Customer reports stale values via support | 08:51 |\n| Resolved | 10:45 |\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.sections.map((s) => s.kind), ['timeline']);
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.milestone ?? null]), [['07:40', 'started'], ['08:51', 'detected'], ['10:45', 'resolved']]);
  });

  it('reads "Impact in numbers" and "Key numbers" as the impact, and "What broke, exactly" as the root cause', () => {
    assert.deepEqual(missing('# Outage\n\n## Impact in numbers\n\nx\n\n## What broke, exactly\n\ny\n', ['impact', 'root-cause']), []);
    assert.deepEqual(missing('# Outage\n\n## Key numbers\n\nx\n', ['impact']), []);
  });

  it('reads a "Customer Notification Timeline" as the response, not the incident\'s timeline (its "Status page resolved" ends nothing)', () => {
    for (const name of ['Customer Notification Timeline', 'Comms timeline', 'Status page timeline']) assert.equal(sectionKindOf(name), 'response', name);
    assert.equal(sectionKindOf('Customer-facing timeline'), 'timeline');
    const text = '# Verification down\n\n**Date:** 2024-05-21\n\nTotal customer impact: 3h 20m.\n\n## Timeline (UTC)\n\n- 08:12 Vendor begins returning 503\n- 08:31 Synthetic check fails, on-call paged\n- 11:02 Vendor fully recovered, verifications succeeding again\n\n## Customer Notification Timeline\n\n| Time (UTC) | Action |\n|---|---|\n| 09:20 | Status page incident opened |\n| 11:30 | Status page resolved |\n';
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.durations.impactMinutes, 170);
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch').length, 1);
  });

  it('reads Japanese and Korean headings ("## 原因", "## 타임라인 (KST)", "## 6. 재발 방지 대책") and a name in another script before its English in brackets', () => {
    const korean = '# 로그인 장애\n\n## 개요 (Summary)\n\nx\n\n## 영향 (Impact)\n\nx\n\n## 타임라인 (KST)\n\n| 시간 | 내용 |\n|---|---|\n| 18:41 | 로그인 실패 시작 |\n\n## 원인 (Root Cause)\n\nx\n\n## 조치 (What we did)\n\nx\n\n## 6. 재발 방지 대책 (Countermeasures)\n\n- [ ] x\n';
    assert.deepEqual(kinds(korean), ['summary', 'impact', 'timeline', 'root-cause', 'resolution', 'action-items']);
    const japanese = '# 障害報告\n\n## 概要\n\nx\n\n## 影響\n\nx\n\n## 経緯\n\n- 10:00 x\n\n## 原因\n\nx\n\n## 暫定対応\n\nx\n\n## 再発防止策\n\n- [ ] x\n';
    assert.deepEqual(kinds(japanese), ['summary', 'impact', 'timeline', 'root-cause', 'resolution', 'action-items']);
    assert.equal(headingKindOf('ขอบเขตผลกระทบ (Impact)'), 'impact');
    assert.equal(headingKindOf('Discussion (root cause)'), undefined);
  });

  it('reads a Google Doc export\'s numbered bold headings past their escaped dot ("**1\\. What happened**", "**6\\. What we\'re doing about it**")', () => {
    assert.equal(sectionKindOf('1\\. What happened'), 'summary');
    assert.equal(sectionKindOf("6\\. What we're doing about it"), 'action-items');
    assert.deepEqual(missing('# Review\n\n**1\\. What happened**\n\nThe upload failed.\n\n**2\\. Impact**\n\nAll users.\n', ['summary', 'impact']), []);
  });

  it('reads "Impact by region" and "Impact numbers" as the impact, "Immediate follow-ups" and "Open items" as the action items, and not "Immediate actions"', () => {
    for (const name of ['Impact by region', 'Impact numbers', 'Impact by customer tier', 'Impact details', 'Impact so far']) assert.equal(sectionKindOf(name), 'impact', name);
    for (const name of ['Immediate follow-ups', 'Longer-term follow-ups', 'Open follow-up actions', 'Open items', 'Open tasks', 'Stuff to do', 'Things we need to do', 'Actions arising']) assert.equal(sectionKindOf(name), 'action-items', name);
    for (const name of ['Immediate actions', 'Impact by', 'Open questions', 'Short-term improvements']) assert.equal(sectionKindOf(name), undefined, name);
  });

  it('reads "Impact summary" as the summary and the impact, and "Impact window" as the impact', () => {
    assert.deepEqual(missing('# Outage\n\n## Impact summary\n\nx\n', ['summary', 'impact']), []);
    assert.deepEqual(kinds('# Outage\n\n## Impact window\n\n10:00 to 10:20.\n'), ['impact']);
  });

  it('reads a row of a table of the incident\'s facts as the section it names ("| **Customer impact** | 6,420 declined |"), not a table\'s header or a timeline row', () => {
    const text = '# PIR-0820: false declines\n\n## 1. Incident summary\n\n| | |\n|---|---|\n| **Severity** | Sev 2 |\n| **Customer impact** | 6,420 legitimate card transactions declined |\n| **Root cause** | A feature pipeline change |\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | Impact begins |\n';
    assert.deepEqual(missing(text, ['impact', 'root-cause', 'resolution']), ['resolution']);
    assert.deepEqual(missing('# x\n\n| Impact | Owner |\n|---|---|\n| | |\n', ['impact']), ['impact']);
  });

  it('reads an 8D report\'s disciplines ("D2 – Problem description", "D3 – Containment actions") and its "Date of occurrence"', () => {
    assert.equal(sectionKindOf('D2 – Problem description'), 'summary');
    assert.equal(sectionKindOf('D3 – Containment actions'), 'resolution');
    assert.equal(sectionKindOf('1. Problem'), 'summary');
    // A maintainer's short note: "**What:** ..." over "**Why:** ...".
    assert.deepEqual(analyzeText('# Docs cert expired\n\n**What:** the TLS certificate expired at 00:00 UTC.\n\n**Why:** renewals were Netlify\'s.\n', { settings: DEFAULT_SETTINGS }).model.sections.map((x) => x.kind), ['summary', 'root-cause']);
    const model = analyzeText('# 8D Report – MES down\n\n| Field | Value |\n|---|---|\n| Date of occurrence | 14/10/2026 (Wednesday) |\n', { settings: DEFAULT_SETTINGS }).model;
    assert.deepEqual([model.incidentDate?.year, model.incidentDate?.month, model.incidentDate?.day], [2026, 10, 14]);
  });

  it('reads "Why it broke" as the root cause, not "Why this matters"', () => {
    assert.equal(sectionKindOf('Why it broke'), 'root-cause');
    assert.equal(sectionKindOf('Why it happened'), 'root-cause');
    assert.equal(sectionKindOf('Why this matters'), undefined);
  });

  it('reads a label with how sure it is in brackets ("**Impact (rough):** ...") and a shift\'s "Handover summary"', () => {
    const text = '# JWKS rotation\n\n## Handover summary\n\nKeys rotated without the old one.\n\n## Log\n\n**Impact (rough):** relying parties logged users out.\n\nRoot cause (probable): a pipeline default changed.\n';
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).model.sections.map((s) => s.kind), ['summary', 'timeline', 'impact', 'root-cause'], 'the "## Log" heading is the shift\'s log');
  });

  it('reads run-in headings ("**Business impact.** Service Desk took no calls", "**Why** - ...") and a bold name with a note ("**Timeline** (11/12/2026, times ET)")', () => {
    const text = '# ITSD-2291: phone line dropping calls\n\n**Summary.** A publish of the IVR flow broke every call.\n\n**Business impact.** No calls were taken.\n\n**Timeline** (11/12/2026, times ET)\n\n- 13:04 first call disconnected\n- 13:21 Service Desk lead notices, opens ITSD-2291\n- 13:44 v17 republished as rollback\n\n**Root cause.** A deleted OAuth client.\n\n**Resolution.** Rollback to v17.\n\n**Follow-ups**\n- [ ] Add a test call to the checklist (Raj Patel, 11/27/2026)\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.sections.map((s) => [s.kind, s.heading]), [['summary', 'Summary'], ['impact', 'Business impact'], ['timeline', 'Timeline'], ['root-cause', 'Root cause'], ['resolution', 'Resolution'], ['action-items', 'Follow-ups']]);
    assert.deepEqual(missing(text), []);
    assert.equal(model.timeline.length, 3);
    // A bold word closed by a full stop inside a sentence is no heading.
    assert.deepEqual(kinds('# Outage\n\nWe saw **impact.** It was low.\n'), []);
    // A bold name followed by a dash is one too ("**Why** - the cert isn't monitored"); a bold person's is not a section.
    assert.deepEqual(kinds("# eduroam down\n\n**Why** - the RADIUS cert isn't in the expiry monitoring.\n\n**Ravi** — will add it.\n"), ['root-cause']);
  });

  it('reads "Resolution notes" (an ITSM tool\'s field) and "what I did" (a solo maintainer\'s) as the resolution', () => {
    assert.equal(sectionKindOf('Resolution notes'), 'resolution');
    assert.equal(sectionKindOf('what I did'), 'resolution');
  });

  it('reads a Notion callout\'s bold label as its section ("<aside> 💡 **TL;DR** — ..."), not any callout', () => {
    const callout = (label: string) => `# Search outage\n\n<aside>\n💡 **${label}** — The nightly job wrote into the live index.\n\n</aside>\n\n## Impact\n\nSearch failed.\n`;
    assert.deepEqual(kinds(callout('TL;DR')), ['summary', 'impact']);
    assert.deepEqual(kinds(callout('Heads up')), ['impact']);
    // "> **tl;dr** the cert expired": that label needs no colon, in a quote too.
    assert.deepEqual(kinds('# Billing down\n\n> **tl;dr** the client cert expired and billing calls failed.\n'), ['summary']);
    // "> 💡 **Summary**" alone on its line, the text on the next: a callout exported as a quote.
    assert.deepEqual(kinds('# SSO down\n\n> 💡 **Summary**\n> The signing certificate rotated.\n\n## Impact\n\nLogins failed.\n'), ['summary', 'impact']);
    assert.deepEqual(kinds('# SSO down\n\n## Description of Incident\n\nThe signing certificate rotated.\n'), ['summary']);
  });

  it('reads a Google Doc converted by pandoc: a bold title line, bookmarked headings, fields ending in a hard break', () => {
    const text = ['**Post-Mortem: SAML login failures**', '', '**Date of incident:** April 8, 2026\\', '**Severity:** SEV1\\', '**Status:** Final', '', '# []{#_heading=h.gjdgxs .anchor}Summary', '', 'Logins failed.', '', '# []{#_heading=h.30j0zll .anchor}Root Cause', '', 'An expired certificate.', ''].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.title?.text, 'SAML login failures');
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'root-cause']);
    assert.equal(model.header.find((f) => f.name === 'severity')?.value, 'SEV1');
  });

  it('reads headings with the attributes a Google Docs or pandoc export writes after them ("## Summary {#summary}")', () => {
    const text = ['# **Post-Incident Review: Wave planning stalled at MEM2** {#post-incident-review:-wave-planning}', '', '**Date:** 2024-03-05', '', '## **1\\. Summary** {#1.-summary}', '', 'Waves stalled.', '', '## Timeline {#timeline}', '', 'All times CT.', '', '### 23:52 {#2352}', '', 'Rates fall back to the cache.', '', '### 23:58 {#2358}', '', 'Carriers time out.', '', '## Root cause {#root-cause .unnumbered}', '', 'A lock.', ''].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.equal(model.title?.text, 'Wave planning stalled at MEM2');
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'timeline', 'root-cause']);
    assert.deepEqual(model.timeline.map((e) => [e.timeText, e.event]), [['23:52', 'Rates fall back to the cache.'], ['23:58', 'Carriers time out.']]);
  });

  it('recognises names by synonym, numbering, emphasis, parentheses and trailing colons', () => {
    assert.equal(sectionKindOf('3. Root Cause Analysis (RCA):'), 'root-cause');
    assert.equal(sectionKindOf('Action Items & Follow-ups'), 'action-items');
    assert.equal(sectionKindOf('TL;DR'), 'summary');
    assert.equal(sectionKindOf('Lessons Learnt'), 'lessons-learned');
    assert.equal(sectionKindOf('Chain of Events'), 'timeline');
    assert.equal(sectionKindOf('Reconstructing the timeline'), 'timeline');
    // The names a European team writing in English uses: "Course of events", "Effects on customers".
    assert.equal(sectionKindOf('Course of events'), 'timeline');
    // A public service's report: "How we responded", "What we're doing to stop it happening again".
    assert.equal(sectionKindOf('How we responded'), 'response');
    assert.equal(sectionKindOf("What we're doing to stop it happening again"), 'action-items');
    assert.equal(sectionKindOf('3. Effects on customers'), 'impact');
    // Questions and names templates use: the SRE book's "Repair items", "How did we fix it?".
    assert.equal(sectionKindOf('Repair items'), 'action-items');
    assert.equal(sectionKindOf('Post-incident actions'), 'action-items');
    assert.equal(sectionKindOf('Remediation items'), 'action-items');
    assert.equal(sectionKindOf('1.1 Summary timeline'), 'timeline');
    assert.equal(sectionKindOf('Customer-facing timeline'), 'timeline');
    // A summary for whichever readers it is written, and a carrier's "Description of the event".
    assert.equal(sectionKindOf('Player-facing summary (as posted on the support site, Nov 1)'), 'summary');
    assert.equal(sectionKindOf('Internal summary'), 'summary');
    assert.equal(sectionKindOf('2. Summary for principals and cabinet'), 'summary');
    // The impact as the people it fell on met it, in a status mail's words.
    assert.equal(sectionKindOf('What you saw'), 'impact');
    assert.equal(sectionKindOf('What customers may have noticed'), 'impact');
    assert.equal(sectionKindOf('What we saw in the logs'), undefined);
    assert.equal(sectionKindOf('What riders experienced'), 'impact');
    assert.equal(sectionKindOf('What monitoring saw'), undefined);
    assert.equal(sectionKindOf('What your cardholders saw'), 'impact');
    assert.equal(sectionKindOf('What their customers experienced'), 'impact');
    assert.equal(sectionKindOf('What your team saw in the logs'), undefined);
    assert.equal(sectionKindOf('What your SREs saw'), undefined);
    // Lessons, for whom or from what; what went right as what went well.
    assert.equal(sectionKindOf('Lessons for the wider consortium'), 'lessons-learned');
    assert.equal(sectionKindOf('Lessons learned from the migration'), 'lessons-learned');
    assert.equal(sectionKindOf('What went right'), 'lessons-learned');
    // A regulator's summary: what was done, and what is still to do.
    assert.equal(sectionKindOf('6. Remediation completed'), 'resolution');
    assert.equal(sectionKindOf('Actions taken'), 'resolution');
    assert.equal(sectionKindOf('7. Further actions'), 'action-items');
    // A deviation report's (GxP) account of what happened.
    assert.equal(sectionKindOf('2. Description of the Deviation'), 'summary');
    assert.equal(sectionKindOf('1. Description of the event'), 'summary');
    assert.equal(sectionKindOf('Cost summary'), undefined);
    // An email's and a wiki's names: "In brief", "Brief of the incident", a CAPA plan, "What went ok", "Day by day".
    assert.equal(sectionKindOf('In brief'), 'summary');
    assert.equal(sectionKindOf('1. Brief of the incident'), 'summary');
    assert.equal(sectionKindOf('5. Corrective and preventive action plan'), 'action-items');
    assert.equal(sectionKindOf('what went ok'), 'lessons-learned');
    assert.equal(sectionKindOf('What we did well / not so well'), 'lessons-learned');
    assert.equal(sectionKindOf('Day by day'), 'timeline');
    // A channel's log, the work still to do as an email or a shift log names it, a clinical review's names.
    assert.equal(sectionKindOf('Log from the #bhs-ops Teams channel (pasted, lightly trimmed)'), 'timeline');
    assert.equal(sectionKindOf('the slack log (trimmed)'), 'timeline');
    assert.equal(sectionKindOf('Log of changes'), undefined);
    assert.equal(sectionKindOf('What I think we need to do'), 'action-items');
    assert.equal(sectionKindOf('stuff we should do'), 'action-items');
    assert.equal(sectionKindOf('Open points / follow-ups from NOC side'), 'action-items');
    assert.equal(sectionKindOf('5. Contributory factors'), 'contributing-factors');
    assert.equal(sectionKindOf('6. Safety actions'), 'action-items');
    assert.equal(sectionKindOf('What did not go well'), 'lessons-learned');
    assert.equal(sectionKindOf('2. Effect on operations'), 'impact');
    assert.equal(sectionKindOf('4. Effect on students'), 'impact');
    assert.equal(sectionKindOf('Effect of the change'), undefined);
    assert.equal(sectionKindOf('What this means for you'), 'impact');
    assert.equal(sectionKindOf('What went poorly'), 'lessons-learned');
    assert.equal(sectionKindOf("What we're doing so it doesn't happen again"), 'action-items');
    // A Mexican team's wiki page in Spanish.
    assert.equal(sectionKindOf('En corto'), 'summary');
    assert.equal(sectionKindOf('Día por día'), 'timeline');
    assert.equal(sectionKindOf('Números'), 'impact');
    assert.equal(sectionKindOf('¿Por qué? (causas)'), 'root-cause');
    assert.deepEqual(kinds('# Tabletas\n\n## Acuerdos / siguientes pasos\n\n- x\n'), ['action-items']);
    assert.equal(sectionKindOf('Lo que funcionó bien'), 'lessons-learned');
    // A day-by-day account is the timeline, though it opens "What happened"; a numbered name before its qualifier;
    // consequences are the impact; a wish list is the work to do; a chat excerpt is a log.
    assert.equal(headingKindOf('What happened, day by day'), 'timeline');
    assert.equal(headingKindOf('What happened'), 'summary');
    assert.equal(headingKindOf('1. What happened, in brief'), 'summary');
    assert.equal(headingKindOf('2.1 Timeline, all times GMT'), 'timeline');
    // "5 Whys" is a name, not a number before it.
    assert.equal(headingKindOf('5 Whys: why did checkout fail?'), 'five-whys');
    assert.equal(headingKindOf('5 whys, root cause'), 'five-whys');
    assert.equal(sectionKindOf('3. Consequences'), 'impact');
    assert.equal(sectionKindOf('Key facts'), 'summary');
    assert.equal(sectionKindOf("What I'd like us to do"), 'action-items');
    assert.equal(sectionKindOf('What we would like to change'), 'action-items');
    assert.equal(sectionKindOf('Teams chat excerpt (trimmed)'), 'timeline');
    // The extent of it is the impact; why it was not noticed sooner is the detection, not the cause.
    assert.equal(sectionKindOf('3. Extent'), 'impact');
    assert.equal(sectionKindOf('4. Why it was not spotted sooner'), 'detection');
    assert.equal(sectionKindOf("Why we didn't notice"), 'detection');
    assert.equal(sectionKindOf('Why did we not detect it sooner?'), 'detection');
    assert.equal(sectionKindOf('Why the alarm was ignored'), 'root-cause');
    // The impact on whom it fell, who is affected, a short description, the measures and what is done next.
    assert.equal(sectionKindOf('2. Customer and Partner Impact'), 'impact');
    assert.equal(sectionKindOf('Merchant impact'), 'impact');
    assert.equal(sectionKindOf('Who is affected'), 'impact');
    assert.equal(sectionKindOf('1 Short description'), 'summary');
    assert.equal(sectionKindOf('Measures'), 'action-items');
    assert.equal(sectionKindOf('What we do next'), 'action-items');
    // "**Measures**" over a table of figures is what was measured, not what will be done.
    assert.deepEqual(kinds('# Outage\n\n## Summary\n\nx\n\n**Measures**\n\n| Measure | Value |\n|---|---|\n| Time to detect | 16 min |\n'), ['summary']);
    assert.deepEqual(kinds('# Outage\n\n## Summary\n\nx\n\n## Measures\n\n| Measure | Responsible | Deadline |\n|---|---|---|\n| Renew certificate | T. Becker | 01.03.2024 |\n'), ['summary', 'action-items']);
    assert.equal(sectionKindOf('How did we fix it?'), 'resolution');
    assert.equal(sectionKindOf('Resolution steps'), 'resolution');
    assert.equal(sectionKindOf('Why did it happen?'), 'root-cause');
    assert.equal(sectionKindOf('Who was affected'), 'impact');
    assert.equal(sectionKindOf('Preventive measures'), 'prevention');
    assert.equal(sectionKindOf('Database metrics dashboard'), undefined);
    // A formal report's numbering: "Section 3 — ", a number without its dot; "5 Whys" is a name.
    assert.equal(sectionKindOf('Section 3 — Impact assessment'), 'impact');
    assert.equal(sectionKindOf('1 Summary'), 'summary');
    assert.equal(sectionKindOf('5 Whys'), 'five-whys');
    // An appendix is the section it holds, when it names one.
    assert.deepEqual(kinds('# Outage\n\n## Appendix: timeline\n\nx\n\n## Appendix A — Detailed timeline\n\nx\n\n## Appendix: OID diagrams\n\nx\n'), ['timeline', 'timeline', 'appendix']);
  });

  it('reads ATX and setext headings at any level, bold lines and plain lines', () => {
    const text = [
      'Incident Summary',
      '================',
      '',
      '#### **Impact**',
      '',
      '**Timeline:**',
      '',
      '- 10:00 Alert',
      '',
      'Root Cause',
      'The config was wrong.',
      '',
      '- Action Items',
      '',
      'We took Sunday morning, when new-listing impressions fell away, as the start of',
      'customer impact.',
      'The rollback took ten minutes, and everyone agreed it was the right',
      'fix.',
    ].join('\n');
    // The last two plain lines end sentences wrapped onto them: no names.
    assert.deepEqual(kinds(text), ['summary', 'impact', 'timeline', 'root-cause']);
  });

  it('reads a label after a long line ending in lower case ("... will tidy later" / "Summary:"); not a singular "Follow-up from the vendor" as action items, nor an email\'s "Thanks," as acknowledgments', () => {
    const text = '# Outage\n\nWriting this up quickly while it is still fresh in my head, will tidy later\nSummary:\nThe API was down.\n\nBelow is everything we have on the customer side, with numbers from support,\nImpact:\n400 users.\n\n## Follow-up from the vendor\n\n- They sent a patch\n\nThanks,\nWei Ling\n';
    assert.deepEqual(kinds(text), ['summary', 'impact']);
  });

  it('takes a paragraph opening with a section name as its label for that section, but not a code block or a longer key', () => {
    assert.deepEqual(kinds('# Outage\n\nImpact: 10,000 users\n\n**Resolution:** we rolled back.\n\n```\nTimeline\n```\n\nImpact of the change on billing: none\n'), ['impact', 'resolution']);
  });

  it('reads headings written as questions, with emoji codes, misspelt, or joining two names', () => {
    const text = ['# Outage', '## What was impacted?', '## :warning: Root Cuase', "## What we're doing about it", '## Root cause and mitigation', '## Takeaways'].join('\n\nx\n\n');
    assert.deepEqual(
      analyzeText(text, { settings: DEFAULT_SETTINGS }).model.sections.map((s) => [s.kind, ...s.also]),
      [['impact'], ['root-cause'], ['action-items'], ['root-cause', 'resolution'], ['lessons-learned']],
    );
  });

  it('reads headings with the anchors GitBook writes into them by their names, the range on the name', () => {
    const text = '# Outage\n\n## <a href="#summary" id="summary"></a>Summary\n\nx\n\n## <a href="#timeline" id="timeline"></a>Timeline\n\n- 2024-03-03 10:00 Errors began\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.sections.map((s) => [s.kind, s.heading, text.slice(s.nameStart, s.nameEnd)]), [['summary', 'Summary', 'Summary'], ['timeline', 'Timeline', 'Timeline']]);
    assert.equal(model.timeline.length, 1);
    const empty = '# Outage\n\n## <a href="#impact" id="impact"></a>Impact\n\n## Timeline\n\nx\n';
    const finding = analyzeText(empty, { settings: DEFAULT_SETTINGS }).findings.find((f) => f.code === 'empty-section');
    assert.deepEqual([empty.slice(finding!.start, finding!.end), finding!.message.includes('"Impact"'), finding!.data?.section], ['Impact', true, 'impact']);
  });

  it('reads the SRE book template as Norwegian teams write it', () => {
    const text = '# Manglende inntekter\n\n**Sammendrag:** Inntekter mangler.\n\n**Konsekvens:** Saksbehandling stanset.\n\n**Rotårsaker:** Ugyldig JSON.\n\n**Løsning:** Fjerne duplikat felt.\n\n## Aksjonspunkter\n\n| Aksjon | Eier |\n|---|---|\n| Fjerne duplikat felt | Jørgen |\n\n## Tidslinje\n\n- 09:42: Feilen oppdages.\n';
    assert.deepEqual(missing(text), []);
    assert.deepEqual(analyzeText(text, { settings: DEFAULT_SETTINGS }).model.actionItems.map((i) => i.owner?.text), ['Jørgen']);
  });

  it('reports each required section that is missing, once, on the title', () => {
    const text = '# Post-Mortem: Checkout outage\n\n## Summary\n\nx\n\n## Timeline\n\n## Five Whys\n';
    assert.deepEqual(missing(text), ['impact', 'resolution', 'action-items']);
    const finding = analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.find((f) => f.code === 'missing-section')!;
    assert.equal(text.slice(finding.start, finding.end), 'Checkout outage');

  it('asks more softly for a Resolution the timeline already tells (one level below the rule\'s severity)', () => {
    const withTimeline = (fix: string) =>
      `# Post-Mortem: Checkout outage\n\n## Summary\n\nx\n\n## Impact\n\ny\n\n## Timeline\n\n- 10:00 UTC Errors start\n- 10:05 Alert fires\n- ${fix}\n\n## Root Cause\n\nz\n\n## Action Items\n\n- Add a test (Owner: Ana, Due: 2026-12-01)\n`;
    const resolutionFinding = (text: string, level?: 'error' | 'warning') =>
      analyzeText(text, { settings: { ...DEFAULT_SETTINGS, rules: level ? { 'missing-section': level } : {} } }).findings.find((f) => f.code === 'missing-section' && f.data?.section === 'resolution')?.severity;
    assert.equal(resolutionFinding(withTimeline('10:20 Rolled back the release; errors stop')), 'information');
    assert.equal(resolutionFinding(withTimeline('10:20 Rolled back the release; errors stop'), 'error'), 'warning');
    // A timeline that tells of no fix: the resolution is nowhere.
    assert.equal(resolutionFinding(withTimeline('10:20 Ana looks at the dashboards')), 'warning');
    // Entries under a day no calendar has cannot be placed: the fix may be among them, so it asks softly.
    const unplaced = withTimeline('10:20 Ana looks at the dashboards').replace('- 10:00 UTC Errors start', '- 10:00 UTC Errors start\n\n### Sept 31, 2026\n\n- 09:00 Cache turned back on');
    assert.equal(resolutionFinding(unplaced), 'information');
  });
  });

  it('asks a log of status updates for no sections, but a post-mortem that quotes one still', () => {
    const log = '---\ntitle: API unreachable\nseverity: major-outage\n---\n\nRequests fail with 502.\n\n[Update - 2023-03-29 15h50 UTC]\nService restored.\n\n[Initial message]\nInvestigating.\n';
    assert.deepEqual(missing(log), []);
    assert.deepEqual(missing(`${log}\n## Root cause\n\nA bad deploy.\n`), ['summary', 'impact', 'timeline', 'resolution', 'action-items']);
  });

  it("takes a live incident's running notes (\"Status: investigating\") for a log: no sections asked, its TODOs its own", () => {
    const notes = '# On-call log: consumer lag\n\n**Status: investigating** (running notes)\n\n**Log** (UTC)\n\n06:40 lag starts climbing\n07:02 alert fired\n\n- TODO: write up a real post-mortem\n';
    const { findings } = analyzeText(notes, { settings: DEFAULT_SETTINGS, today: '2026-11-28' });
    assert.deepEqual(findings.map((f) => f.code), []);
    // A finished post-mortem's status is the document's: it is checked.
    assert.deepEqual(missing(notes.replace('investigating', 'Draft')), ['summary', 'impact', 'timeline', 'root-cause', 'resolution', 'action-items']);
  });

  it('takes timed events under another heading for the timeline, but not a list of outage windows', () => {
    const required: typeof DEFAULT_SETTINGS.requiredSections = ['timeline'];
    const leadup = '# Outage\n\n## Leadup\n\n- **00:27 UTC:** Django starts rapidly using connections\n- **00:32 UTC:** DevOps team is alerted that PostgreSQL is saturated\n- **00:40 UTC:** The node is recycled by hand\n';
    assert.deepEqual(missing(leadup, required), []);
    assert.deepEqual(missing(leadup.replace(/- \*\*00:40.*\n/, ''), required), ['timeline'], 'two events');
    const windows = '# Outage\n\nThe registry was down three times:\n\n1. November 4th -- 16:30 to 18:00 UTC\n2. November 13th -- 15:00 to 19:30 UTC\n3. November 15th -- 15:30 to 18:00 UTC\n';
    assert.deepEqual(missing(windows, required), ['timeline']);
  });

  it('reads "Affected ...", "Impacted ..." and "Detailed description of impact" headings as the impact, and "How was it fixed?" as the resolution', () => {
    assert.deepEqual(kinds('# Outage\n\n## Impacted Slots\n\nx\n\n## Affected services\n\nx\n\n## How was it fixed?\n\nx\n'), ['impact', 'impact', 'resolution']);
    // Google Cloud's incident reports, in capitals.
    assert.deepEqual(kinds('# Outage\n\n## ISSUE SUMMARY\n\nx\n\n## DETAILED DESCRIPTION OF IMPACT\n\nx\n'), ['summary', 'impact']);
    assert.equal(sectionKindOf('Affected by the change, later'), undefined);
    // A maintainer's blog post: "What users saw", "Fixing it".
    assert.deepEqual(kinds('# Outage\n\n## What users saw\n\nx\n\n## Fixing it\n\nx\n'), ['impact', 'resolution']);
  });

  it('reads a formal report\'s "Recommendations" as its action items when none are elsewhere: a table with a responsible officer, or bullets naming one', () => {
    const table = '# Report\n\n**1. Summary of incident**\n\nx\n\n## 7. Recommendations\n\n| No. | Recommendation | Responsible officer | Target date | Status |\n|---|---|---|---|---|\n| 1 | Apply the firmware update | Infrastructure Service Lead | 30 November 2026 | Complete |\n| 2 | Add a bulk notification | TBC | 31 March 2027 | Not started |\n';
    const { model, findings } = analyzeText(table, { settings: DEFAULT_SETTINGS, today: '2026-12-02' });
    assert.deepEqual(missing(table, ['summary', 'action-items']), []);
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text ?? null]), [['Apply the firmware update', 'Infrastructure Service Lead'], ['Add a bulk notification', null]]);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')).map((f) => f.code), ['action-item-missing-owner']);
    const bullets = '# Report\n\n**5. Recommendations**\n\n- R1: Add disk space monitoring. *(Responsible officer: Infrastructure Monitoring Lead; target date: 31 January 2027)*\n';
    assert.deepEqual(missing(bullets, ['action-items']), []);
    // A bold title over bullets of its fields: one item, its fields from the bullets.
    const titled = '# Report\n\n## 8. Recommendations\n\n**R1. Monitor the expiry of all certificates.**\nAdd expiry checks.\n- Responsible officer: Supplier Manager\n- Target date: 31 December 2026\n- Status: In progress\n\n**R2. Update the runbook.**\n- Responsible officer: Service Manager\n- Target date: 30 September 2026\n- Status: Complete\n';
    assert.deepEqual(missing(titled, ['action-items']), []);
    assert.deepEqual(
      analyzeText(titled, { settings: DEFAULT_SETTINGS }).model.actionItems.map((i) => [i.action.text, i.owner?.text, i.due?.text, i.status?.text]),
      [
        ['R1. Monitor the expiry of all certificates', 'Supplier Manager', '31 December 2026', 'In progress'],
        ['R2. Update the runbook', 'Service Manager', '30 September 2026', 'Complete'],
      ],
    );
    // Recommendations beside action items of their own stay recommendations.
    assert.deepEqual(kinds('# Outage\n\n## Recommendations\n\n| Recommendation | Owner |\n|---|---|\n| Do x | Ann |\n\n## Action items\n\n- Add alerts (@ann)\n'), ['recommendations', 'action-items']);
  });

  it('reads "## Fixes" whose bullets name owners and due dates as the action items too, when there are none elsewhere', () => {
    const fixes = '# Outage\n\n## Fixes\n\n- Contract test in CI (Owner: Priya Shah, due 2025-08-08)\n- Null-rate alert (Owner: Priya Shah, due 2025-08-15)\n';
    assert.deepEqual(missing(fixes, ['resolution', 'action-items']), []);
    assert.equal(analyzeText(fixes, { settings: DEFAULT_SETTINGS }).model.actionItems.length, 2);
    // Fixes told as what was done, beside action items of their own: the resolution.
    assert.deepEqual(kinds('# Outage\n\n## Fixes\n\n- Rolled back the config\n\n## Action items\n\n- Add alerts (@ann)\n'), ['resolution', 'action-items']);
    assert.deepEqual(kinds('# Outage\n\n## Fixes\n\n- Rolled back the config\n- Restarted the pods\n'), ['resolution']);
  });

  it('reads a cloud provider\'s "Summary of impact" as the summary and the impact, and a security report\'s "What was exposed" as the impact', () => {
    assert.deepEqual(missing('# RCA\n\n**Summary of impact:** Between 09:12 and 11:40 PST, connections failed.\n', ['summary', 'impact']), []);
    assert.deepEqual(missing('# RCA\n\n## Summary of impact\n\nConnections failed.\n', ['summary', 'impact']), []);
    assert.deepEqual(missing('# Token leak\n\n## What was exposed\n\nOne publish token.\n', ['impact']), []);
    // A summary of something else is a summary only.
    assert.deepEqual(missing('# RCA\n\n## Summary of events\n\nx\n', ['summary', 'impact']), ['impact']);
  });

  it('reads a security report\'s "Disclosure timeline", an informal "Why it happened", a status page\'s "What we\'re changing" and an email\'s bold lines', () => {
    assert.deepEqual(kinds("# Outage\n\n## Disclosure timeline\n\nx\n\n### Why it happened\n\nx\n\n**What we're changing**\n\n- x\n"), ['timeline', 'root-cause', 'action-items']);
    // An email's bold lines: "**Short timeline** (all times BST)", "**What we will do**".
    assert.deepEqual(kinds('# Outage\n\n**Short timeline** (all times BST)\n\n- 08:06 First failures\n\n**What we will do**\n\n1. Add checks\n'), ['timeline', 'action-items']);
    // "Remediation" beside an "Action items" section of its own is what fixed it.
    assert.deepEqual(kinds('# Outage\n\n## Remediation\n\nWe rolled back.\n\n## Action items\n\n- x\n'), ['resolution', 'action-items']);
    assert.deepEqual(kinds('# Outage\n\n## Remediation\n\n- x\n'), ['action-items']);
    // A write-up's own words, all H1: "How it unfolded", "Why", "What fixed it".
    assert.deepEqual(kinds('# Lag\n\nx\n\n# How it unfolded\n\nx\n\n# Why\n\nx\n\n# What fixed it\n\nx\n'), ['timeline', 'root-cause', 'resolution']);
  });

  it('reads a plain report\'s bold lines "How we got back up" and "What we will do differently", "Measures to prevent recurrence" and an admonition\'s title', () => {
    assert.deepEqual(kinds('# EHR downtime\n\n**How we got back up**\n\nWe restarted it.\n\n**What we will do differently**\n\n1. Test failover. Owner: Linda.\n'), ['resolution', 'action-items']);
    assert.deepEqual(kinds('# Outage\n\n:::danger Customer impact\n\nPlayback failed for 34 minutes.\n\n:::\n\n!!! warning "Root cause"\n    The key was rotated early.\n'), ['impact', 'root-cause']);
    assert.deepEqual(kinds('# Debrief\n\n## Follow-up work\n\n- [ ] Add a capacity check. Owner: Rafael Costa\n'), ['action-items']);
    // A label joining two names: "**Summary / impact:** ...".
    const joined = analyzeText('# DNS TTL zero\n\n**Summary / impact:** internal DNS answered with TTL 0 for 40 minutes.\n', { settings: DEFAULT_SETTINGS }).model.sections;
    assert.deepEqual(joined.map((section) => [section.kind, ...section.also]), [['summary', 'impact']]);
    // A Slack summary's labels, bold with one asterisk.
    assert.deepEqual(kinds('*INC-2291 summary*\n\n*TL;DR:* search shipped with a missing alias.\n\n*Impact:* no results for 21 minutes.\n\n*Follow-ups:*\n- @ren.k alert on zero results\n'), ['summary', 'impact', 'action-items']);
    // A data-breach report's "Measures to prevent recurrence".
    assert.deepEqual(kinds('# Breach\n\n## 7. Measures to prevent recurrence\n\n1. Block public buckets. Responsible: Jonas.\n'), ['action-items']);
    // An admonition titled with no section's name is none.
    assert.deepEqual(kinds('# Outage\n\n:::info Times\n\nAll times UTC.\n\n:::\n'), []);
  });

  it('follows the requiredSections setting', () => {
    assert.deepEqual(missing('# Outage\n\n## Summary\n', ['summary', 'lessons-learned']), ['lessons-learned']);
  });

  it('finds every section of the flattened seed, so it has no missing-section', { skip: sharedMissing }, () => {
    const seed = readSeed();
    assert.deepEqual(missing(seed), []);
    const found = new Set(kinds(seed));
    for (const kind of ['summary', 'timeline', 'impact', 'root-cause', 'five-whys', 'detection', 'response', 'resolution', 'action-items', 'lessons-learned', 'sign-off']) {
      assert.ok(found.has(kind as never), `seed section ${kind} not found`);
    }
  });

  it('reads a label opening a line after a hard break ("Description: ...<br>\nUser impact: ...")', () => {
    const text = '# Build breakage\n\n## Summary\n\nDescription: Builds failed<br>\nComponent: CI<br>\nUser impact: Nobody could merge.\n';
    assert.ok(kinds(text).includes('impact'));
    assert.ok(!kinds('# Build breakage\n\nDescription: Builds failed\nand the user impact: none.\n').includes('impact'));
  });

});

describe('empty sections', () => {
  const empty = (text: string) =>
    analyzeText(text, { settings: DEFAULT_SETTINGS })
      .findings.filter((f) => f.code === 'empty-section')
      .map((f) => text.slice(f.start, f.end));

  it('reads a label opening a bold section\'s body ("**Why it happened**", then "In short:" over the list) as its lead-in, not the section\'s end', () => {
    const text = '# Numbers rejected\n\n**What happened**\n\nValid numbers were rejected.\n\n**Why it happened**\n\nIn short:\n\n1. The prefix list was out of date.\n2. No test covered valid numbers.\n\n**What we are going to do**\n\n- Aisha will replace the list.\n';
    assert.deepEqual(empty(text), []);
    assert.deepEqual(empty(text.replace('In short:\n\n1. The prefix list was out of date.\n2. No test covered valid numbers.\n\n', '')), ['Why it happened']);
  });

  it('reports any heading with nothing under it, known section or not', () => {
    const text = '# Outage\n\n## Summary\n\nx\n\n## Analysis\n\n## Lessons\n\n### What went well\n\nThe pager.\n\n## Links\n';
    assert.deepEqual(empty(text), ['Analysis', 'Links']);
  });

  it('decides from a body\'s opening lines only what reading it whole decides: text under a comment or a bare "###" is not content', () => {
    const section = (body: string) => empty(`# Outage\n\n## Summary\n\nx\n\n## Root Cause\n\n${body}\n## Impact\n\nUsers.\n`);
    assert.deepEqual(section('The pool leaked.\n'), []);
    assert.deepEqual(section('---\n\n42 connections leaked.\n'), []);
    assert.deepEqual(section('| Cause | Fix |\n|---|---|\n| pool | limit |\n'), []);
    assert.deepEqual(section('<!-- template\nThe pool leaked.\n-->\n'), ['Root Cause']);
    assert.deepEqual(section('###\n\nThe pool leaked.\n'), ['Root Cause']);
    assert.deepEqual(section('  ###  \nThe pool leaked.\n'), ['Root Cause']);
    // A list item opens with text, unless a bare "###" above takes it.
    assert.deepEqual(section('- The pool leaked.\n'), []);
    assert.deepEqual(section('###\n- The pool leaked.\n'), ['Root Cause']);
    // Past the opening lines the body is read whole.
    assert.deepEqual(section(`${'---\n\n'.repeat(8)}The pool leaked.\n`), []);
  });

  it('leaves alone the title, headings that carry their value and timeline headings', () => {
    const text = '# Title:\n### Node image recalled\n\n## Owner: @ana\n## Call recording:\n\n# Timeline\n\n### 14:05 Alert fired\n### 14:10 Rolled back\n';
    assert.deepEqual(empty(text), ['Call recording:']);
  });

  it('reports a bold-line section right before the heading that closes its part', () => {
    const text = '# Outage\n\n## Lessons learned\n\n**What went well**\n\nThe pager.\n\n**Where we got lucky**\n\n## Timeline\n\n- 10:00 Alert\n';
    assert.deepEqual(empty(text), ['Where we got lucky']);
    // Before a heading one level down it may be the group of what follows.
    assert.deepEqual(empty('# Outage\n\n## Lessons learned\n\n**Follow-ups**\n\n### Monitoring\n\nAdd an alert.\n'), []);
  });
});

describe('document header', () => {
  const model = (text: string) => analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).model;
  const day = (text: string) => {
    const d = model(text).incidentDate;
    return d?.year ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : undefined;
  };

  it('reads a report\'s RFO fields ("| Start of service impact | 11 June 2024, 09:14 UTC |"), not its "Issue date:" as the incident\'s', () => {
    const text = '# RFO: transit loss\n\n**Issue date:** 13 June 2024\n\n| Field | Value |\n|---|---|\n| Start of service impact | 11 June 2024, 09:14 UTC |\n| End of service impact | 11 June 2024, 10:41 UTC |\n\n## Timeline\n\n- 09:14 routes leaked\n';
    assert.equal(day(text), '2024-06-11');
    assert.deepEqual(model(text).header.map((f) => f.name), ['start', 'end']);
  });

  it('reads no incident end from a longer label that ends in a key ("**Window actually ended:** 06:52 UTC")', () => {
    const text = '# Upgrade overran\n\n- **Maintenance window:** 2024-09-18 00:00-04:00 UTC\n- **Window actually ended:** 06:52 UTC\n\n## Timeline\n\n- 03:38 - Customer impact starts\n- 05:21 - Loss back to 0. Customer impact ends\n- 06:52 - Post-checks complete, INC-91877 resolved\n';
    assert.deepEqual(model(text).header.map((f) => f.name), []);
    assert.equal(model(text).durations.impactMinutes, 103);
    // The key alone, or after one qualifying word, as before.
    assert.deepEqual(model('# Outage\n\n**Ended:** 06:52 UTC\n\n## Timeline\n\n- 05:00 x\n').header.map((f) => f.name), ['end']);
  });

  it('reads the level in bold, a level in passing in the header, and the zone in bold or after "All times:"', () => {
    const level = (text: string) => model(text).header.find((f) => f.name === 'severity')?.value;
    assert.equal(level('# Results delayed\n\nSeverity: **High** (clinical results delayed)\n\n## Summary\n\nx\n'), 'High');
    assert.equal(level('# DNS failures\n\nIncident: #INC-4821, SEV-1\n\n## Summary\n\nx\n'), 'SEV-1');
    assert.equal(level('# Conversions missing\n\nJan 15, 2025 · Data Eng · Sev-3 · written by Kenji\n\n## Summary\n\nSEV-2 declared.\n'), 'Sev-3');
    assert.equal(level('# Conversions missing\n\n## Summary\n\nSEV-2 declared at 10:00.\n'), undefined);
    // A summary that opens with the fields on lines of their own: "Severity: **SEV-3**" there is the incident's.
    assert.equal(level('# Runners stuck\n\n### TL;DR\n\nJobs sat queued.\n\nSeverity: **SEV-3** (internal)\nOn-call: @mk\n\n### Impact\n\nx\n'), 'SEV-3');
    assert.equal(model('# Uploads failing\n\n**All times:** GMT\n\n## Summary\n\nx\n').timezone, 'GMT');
    assert.equal(model('# Duplicates\n\n## Summary\n\nx\n\n## Timeline\n\nTimes in **UTC**, with ET alongside.\n\n- 10:00 x\n').timezone, 'UTC');
  });

  it('takes a bold first line for the title of a document with no heading, without its label', () => {
    assert.equal(model('**Major Incident Report – Research Scratch Storage Full**\n\n**Information Services**\n\nText.\n').title?.text, 'Research Scratch Storage Full');
    assert.equal(model(':rotating_light: **Incident recap: checkout down for 40 minutes**\n\nText.\n').title?.text, 'checkout down for 40 minutes');
    assert.equal(model('Plain first line.\n\n**Bold later**\n').title, undefined);
  });

  it('leaves out a review\'s or an RFO\'s label before its title ("Post Incident Review:", "Reason for Outage (RFO):")', () => {
    assert.equal(model('# Post Incident Review: Card terminals stuck in maintenance mode\n').title?.text, 'Card terminals stuck in maintenance mode');
    assert.equal(model('# Reason for Outage (RFO): Partial loss of IP transit\n').title?.text, 'Partial loss of IP transit');
  });

  it('takes the "**Title:**" field under a heading naming only the kind of document ("# Incident Post-Mortem")', () => {
    assert.equal(model('# Incident Post-Mortem\n\n**Title:** Scheduled campaigns sent twice\n**Date:** 2024-08-22\n\n## Summary\n\nx\n').title?.text, 'Scheduled campaigns sent twice');
    assert.equal(model('# Checkout outage\n\n**Title:** Something else\n').title?.text, 'Checkout outage');
    // The kind with its acronym, and the field under an "## Incident Details" heading.
    assert.equal(model('# Post Incident Review (PIR)\n\n## Incident Details\n\n**Incident Title:** False "power restored" SMS sent\n**Incident Date:** 21/04/2026\n\n## Summary\n\nx\n').title?.text, 'False "power restored" SMS sent');
  });

  it('leaves out the label before a title, in a heading or in front matter', () => {
    assert.equal(model('# Incident Post-Mortem: Cloudflare job marked deployments inactive\n').title?.text, 'Cloudflare job marked deployments inactive');
    assert.equal(model('# Postmortem - Queue stalled\n').title?.text, 'Queue stalled');
    assert.equal(model('---\ntitle: "Incident Report: User Account Takeover"\n---\n\nText.\n').title?.text, 'User Account Takeover');
    assert.equal(model('# Flutter postmortem: Build breakage\n').title?.text, 'Flutter postmortem: Build breakage');
    // Nor is a title a field ("day: ..." is no incident date).
    assert.deepEqual(model('# Skyreach launch day: login outage\n\n**Date:** 2025-10-14\n').header.map((f) => [f.name, f.value]), [['incidentDate', '2025-10-14']]);
  });

  it('takes no section name, "Metadata" or day for a title, and reads "# Title:" from the heading below', () => {
    assert.equal(model('# Metadata\n\nOwner: @ana\n\n# Overview\n\nx\n').title, undefined);
    assert.equal(model('## Owner: @ana\n\n# Overview\n\nx\n\n# Notes to the owner\n\n- [x] publish\n').title, undefined);
    assert.equal(model('## Summary\n\nx\n\n## Timeline\n\n### 2023-08-25\n\n- 10:00 Down\n\n## Data\n').title, undefined);
    assert.equal(model('# Title:\n### Builds failing after an image upgrade\n\n# Cause\n\nx\n').title?.text, 'Builds failing after an image upgrade');
  });

  it('reads the zone written on every clock time when none is stated for the document', () => {
    assert.equal(model('# Outage\n\nFrom 4:02 PM UTC to 3:02 PM UTC ingestion lagged. At 18:30 UTC it was fixed.\n').timezone, 'UTC');
    assert.equal(model('---\ndate: 2020-05-06T06:08:24.873Z\nmodified: 2020-05-06T06:45:04.965Z\n---\n\nThe router was rolled back.\n').timezone, 'UTC');
    // Once in passing, or in two zones: none.
    assert.equal(model('# Outage\n\nAt 18:30 UTC it was fixed.\n').timezone, undefined);
    assert.equal(model('# Outage\n\nAt 19:18 EDT it failed; at 20:00 UTC it was fixed.\n').timezone, undefined);
    // A time converted in brackets is the same moment in another zone: the times are the ones written before it.
    assert.equal(model('# Outage\n\nAt 19:18 EDT (23:18 UTC) it failed; at 20:00 EDT it was fixed.\n').timezone, 'EDT');
  });

  it('reads the timeline in the zone the header writes on its times, or names in a sentence of its zone field', () => {
    const timeline = '## Timeline\n\n- **23:30** Key rotation ran\n- **23:47** Alert fired\n';
    const header = '# Users logged out\n\n| | |\n|---|---|\n| **Reported at** | 22 Oct 2026, 23:47 BST |\n| **Resolved at** | 23 Oct 2026, 02:18 BST |\n\n';
    assert.deepEqual(model(header + timeline.replace('\n\n', '\n\n### Thursday 22 October 2026\n\n')).timeline.map((e) => e.instant?.toISO()), ['2026-10-22T23:30:00.000+01:00', '2026-10-22T23:47:00.000+01:00']);
    const field = '# Search backlog\n\n**Date:** 2025-03-03\n**Time zone:** all times are US/Eastern (EST)\n\n';
    const read = model(field + timeline);
    // The zone most entries write is the rest's before the header's.
    const mostlyUtc = '## Timeline\n\n### Thursday 22 October 2026\n\n- 22:30 UTC Key rotation ran\n- 22:40 UTC Alert fired\n- 22:47 On-call acks\n';
    assert.equal(model(header + mostlyUtc).timeline[2].instant?.toISO(), '2026-10-22T22:47:00.000Z');
    assert.equal(read.timezone, 'US/EASTERN');
    assert.deepEqual(read.timeline.map((e) => e.instant?.toISO()), ['2025-03-03T23:30:00.000-05:00', '2025-03-03T23:47:00.000-05:00']);
    // "Start: 10.12am BST", "End: 14:05hrs BST": the zone on the header's times, not a "CT" scanner after a full stop.
    const itil = (end: string) => `# PACS outage\n\nDate of incident: Thursday 16th July 2026\nStart: 10.12am BST\nEnd: ${end}\n\n## Timeline\n\n- 10.12am Archive stops\n- 10.40am. CT scanners store images locally\n`;
    assert.equal(model(itil('1.38pm BST')).timezone, 'BST');
    assert.equal(model(itil('13:38hrs BST')).timezone, 'BST');
    assert.equal(model(itil('1.38pm')).timezone, undefined);
  });

  it('dates the incident by the date the account opens with, past a byline, when nothing else does', () => {
    assert.equal(day('---\ntitle: Security Incident Disclosure\n---\nOn 31st July 2018 a researcher found a leaked token.\n'), '2018-07-31');
    assert.equal(day('# Database outage\n\nJune 22nd, 2020 by Travis\n\nHi all,\n\nOn June 17th, 2020 at 18:00 UTC the site went down.\n'), '2020-06-17');
    assert.equal(day('# Ingestion delays\n\nBetween November 11 and November 15, 2025 we hit a Postgres limit.\n'), '2025-11-11');
    // A report's preparation is no incident's date.
    assert.equal(day('# Q3 incident review\n\n*Prepared by Farah Haddad for the quarterly ops review, 2025-10-07.*\n\nThree incidents were below the threshold.\n'), undefined);
    // A timeline that dates itself knows better when the impact began.
    assert.equal(day('# IP starvation\n\n## Summary\n\nOn Friday 29 November 2019 we scaled the cluster.\n\n## Timeline\n\n- 2019-11-30 08:24 Alert fired, impact began\n- 2019-11-30 09:00 Engineer responds\n'), '2019-11-30');
  });

  it("takes a post's front-matter date for its publication: the day the account opens with, up to a season before, is the incident's", () => {
    const post = (frontMatter: string, opening: string) => day(`---\n${frontMatter}\n---\n\n${opening} the platform was unavailable.\n`);
    assert.equal(post('date: "2018-01-11"', 'On Tuesday January 9 from 17:09 EST to 23:42 EST'), '2018-01-09');
    assert.equal(post("date: '2023-03-23T20:10:01.466Z'", 'Starting on March 15th and going through to March 17th'), '2023-03-15');
    // Published early in January: a December day is the year before.
    assert.equal(post('date: 2018-01-03', 'On December 30'), '2017-12-30');
    // A day after the publication, or long before it, is another event's; a key that says whose date it is stands.
    assert.equal(post('date: 2018-01-11', 'On January 20'), '2018-01-11');
    assert.equal(post('date: 2018-06-11', 'On January 9, 2018'), '2018-06-11');
    assert.equal(post('incident date: 2018-01-11', 'On January 9'), '2018-01-11');
  });

  it('keeps the written date over a timeline on the same day of another year', () => {
    assert.equal(day('---\ndate: 2019-08-15\n---\n\n# Broken build\n\n## Timeline\n\n2015-08-15 (all times in UTC)\n\n- 17:50: Reported\n- 19:38: Acknowledged\n'), '2019-08-15');
    assert.equal(day('---\ndate: 2019-08-15\n---\n\n# Broken build\n\n## Timeline\n\n- 2019-08-13 17:50: Reported\n- 2019-08-13 19:38: Acknowledged\n'), '2019-08-13');
  });

  it('reads the names client letters and plain writers give their sections ("Reason for Outage", "What it cost us", "In a nutshell")', () => {
    assert.deepEqual(['Reason for Outage', '3. Reason for Outage', 'What it cost us', 'In a nutshell'].map(sectionKindOf), ['root-cause', 'root-cause', 'impact', 'summary']);
  });

  it('reads a regulator form\'s lettered parts ("Part C -- Description of Incident", "D. Chronology") and its names for cause, restoration and prevention', () => {
    const names = ['Part C -- Description of Incident', 'D. Chronology of Events (CST)', 'Part E -- Direct Cause', 'Part G -- Method of Restoration', 'Part H -- Steps Taken to Prevent Recurrence', 'b) Impact', 'Chapter IV: Timeline'];
    assert.deepEqual(names.map(headingKindOf), ['summary', 'timeline', 'root-cause', 'resolution', 'action-items', 'impact', 'timeline']);
    // Words, not a letter numbering the part.
    assert.equal(headingKindOf('Part of the problem'), undefined);
  });

  it('reads an engineer\'s "stuff that went ok" and "things that didn\'t" as lessons, and "What actually broke" as the cause', () => {
    assert.deepEqual(['stuff that went ok', "stuff that didn't", 'Things that worked', 'What actually broke'].map(headingKindOf), ['lessons-learned', 'lessons-learned', 'lessons-learned', 'root-cause']);
    assert.equal(headingKindOf('Stuff that broke'), undefined);
  });

  it('reads an issue form: its title is the answer under "### Incident title", and a required section answered "_No response_" is empty', () => {
    const form = '### Incident title\n\nUsers logged out after a Redis failover\n\n### Root cause\n\n_No response_\n\n### Anything else?\n\n_No response_\n';
    const { model, findings } = analyzeText(form, { settings: DEFAULT_SETTINGS });
    assert.equal(model.title?.text, 'Users logged out after a Redis failover');
    assert.deepEqual(findings.filter((f) => f.code === 'empty-section').map((f) => f.message), ['Section "Root cause" is empty: write what happened here, or remove the heading.']);
  });

  it('reads "Summary of the issue", "Summary of findings", "Tenants affected", "Impact for the hotels" and "Customer impact detail" as the summary and the impact', () => {
    assert.equal(headingKindOf('Summary of the issue'), 'summary');
    assert.equal(headingKindOf('2. Summary of findings'), 'summary');
    assert.equal(headingKindOf('Tenants affected'), 'impact');
    assert.equal(headingKindOf('5. Impact for Desert Pearl'), 'impact');
    assert.equal(headingKindOf('Impact for the hotels'), 'impact');
    assert.equal(headingKindOf('Customer impact detail'), 'impact');
    // Not a summary of something else, nor anything "affected" that is no one's.
    assert.equal(headingKindOf('Summary of changes'), undefined);
    assert.equal(headingKindOf('Files affected'), undefined);
    // "Users Affected:" labelling a list inside the impact is its part, not a section of its own.
    const { model } = analyzeText('# Outage\n\n## Impact\n\nUsers Affected:\n- All users\n\nServices Affected:\n- Frontend\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.sections.map((section) => section.kind), ['impact']);
  });

  it('reads a letter\'s "Actions to prevent a recurrence", "What it looked like from the outside", "Rough numbers", a pasted "Log" and "What happened, in order" by what they hold', () => {
    assert.equal(headingKindOf('## Actions to prevent a recurrence'), 'action-items');
    assert.equal(headingKindOf('Steps we are taking to prevent this from happening again'), 'action-items');
    assert.equal(headingKindOf('What it looked like from the outside'), 'impact');
    assert.equal(headingKindOf('Rough numbers'), 'impact');
    assert.equal(headingKindOf('Log (pasted, lightly cleaned up)'), 'timeline');
    assert.equal(headingKindOf('Shift log'), 'timeline');
    assert.equal(headingKindOf('Slack excerpt from #inc-0048812 (trimmed)'), 'timeline');
    assert.equal(headingKindOf('What happened, in order'), 'timeline');
    assert.equal(headingKindOf('What I saw, roughly in order'), 'timeline');
    // Another log, another order, something else prevented: not these.
    assert.equal(headingKindOf('Change log'), undefined);
    assert.equal(headingKindOf('What happened'), 'summary');
    assert.equal(headingKindOf('Actions to prevent data loss'), undefined);
    assert.equal(headingKindOf('Action items, in order'), 'action-items');
    assert.equal(headingKindOf('Root causes, in order'), 'root-cause');
    assert.equal(headingKindOf('What it looked like to on-call'), undefined);
    // The letter's commitments are its action items: no "Action Items" is missing.
    const letter = '# Notification of a billing error\n\n## Summary\n\nBills were wrong.\n\n## Actions to prevent a recurrence\n\n1. Correct the parser. Responsible: Head of Data Engineering. Target: 11 December 2026.\n';
    assert.ok(!missing(letter, ['action-items']).includes('action-items'));
    assert.deepEqual(kinds(letter), ['summary', 'action-items']);
  });

  it('reads a form\'s "Brief description of incident", a chat\'s "my tl;dr" and an email\'s "What it meant for patients" by what they hold', () => {
    assert.equal(headingKindOf('1. Brief description of incident'), 'summary');
    assert.equal(headingKindOf('my tl;dr (Daniel)'), 'summary');
    assert.equal(headingKindOf('What it meant for patients and wards'), 'impact');
    assert.equal(headingKindOf('How were customers affected'), 'impact');
    // What it did to the responders is no impact on users.
    assert.equal(headingKindOf('How was the team affected'), undefined);
    assert.equal(headingKindOf('How were the replicas affected'), undefined);
    assert.equal(headingKindOf('What this meant for the nightly batch'), undefined);
    assert.equal(headingKindOf('Description of the fix'), undefined);
  });

  it('ends a bold line\'s section at a letter\'s closing, so an annex of times after it is no list of actions; not a timeline quoting an e-mail', () => {
    const memo = (closing: string) =>
      `# Overnight loss of monitoring\n\n**What we are doing about it**\n\n1. Change sign-off now needs water operations. (Already in place.)\n2. A review of how IT and Water Services work together will be undertaken.\n\n${closing}\n\n*Annex – key times (14 to 15 March 2024)*\n\n| Time | |\n|---|---|\n| 10.14pm | Firewall change applied by IT |\n| 10.17pm | First stations lose contact with control room |\n| 4.50am | All 14 stations restored |\n`;
    for (const closing of ['Yours sincerely,\n\nJane Whitlock\nOperations Manager', 'Kind regards,']) {
      const { model } = analyzeText(memo(closing), { settings: DEFAULT_SETTINGS });
      assert.equal(model.actionItems.length, 2, closing);
      assert.equal(model.timeline.length, 3, closing);
    }
    // A rule is no closing; a timeline that quotes a customer's e-mail goes on after its "Kind regards,".
    const timeline = '# Invoices\n\n**Timeline (UTC)**\n\n- 10:00 Invoices fail to send\n- 10:05 Alert fires, pages on-call\n- 10:20 Customer writes in:\n\n> Please fix this.\n\nKind regards,\n\n- 10:30 Rolled back\n- 10:50 All invoices sent; incident resolved\n';
    assert.equal(analyzeText(timeline, { settings: DEFAULT_SETTINGS }).model.timeline.filter((e) => e.milestone === 'resolved').length, 1);
  });

  it('reads Portuguese headings for the timeline, impact, root cause, immediate measures and corrective measures', () => {
    const text = '# Comunicado\n\n## 2. Cronologia dos eventos\n\n| Horário | Evento |\n|---|---|\n| 19h02 | Início das falhas |\n\n## Impacto pro cliente\n\nPagamentos recusados.\n\n## Por que aconteceu\n\nCertificado incompleto.\n\n## 5. Medidas imediatas adotadas\n\nRollback.\n\n## 6. Medidas corretivas e preventivas\n\n| Medida | Área responsável | Prazo | Situação |\n|---|---|---|---|\n| Novo certificado | Infra | 26/03/2025 | Concluída |\n| Revisão do procedimento | Plataforma | 30/04/2025 | Em andamento |\n';
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-12-07' });
    assert.deepEqual(model.sections.map((s) => s.kind), ['timeline', 'impact', 'root-cause', 'resolution', 'action-items']);
    // The "Situação" column holds the statuses: the finished item is not overdue.
    assert.deepEqual(model.actionItems.map((i) => i.statusKind), ['done', 'in-progress']);
  });

  it('reads committee and shift-log headings: "Actions agreed", "Lessons identified", "How long were we down", "What we\'d change"', () => {
    for (const [heading, kind] of [['6. Actions agreed', 'action-items'], ['7. Lessons identified', 'lessons-learned'], ['How long were we down', 'impact'], ["What we'd change (support side)", 'action-items']]) assert.deepEqual(kinds(`# Review\n\n## ${heading}\n\nText.\n`), [kind], heading);
  });
  it('reads "Passes affected", "Cause in one line", "Quick facts" and "Why it went unnoticed"', () => {
    for (const [heading, kind] of [['Passes affected', 'impact'], ['Services impacted', 'impact'], ['Cause in one line', 'root-cause'], ['Quick facts', 'summary'], ['Why it went unnoticed', 'detection'], ['Why the alarm went unnoticed for hours', 'detection']]) assert.deepEqual(kinds(`# Review\n\n## ${heading}\n\nText.\n`), [kind], heading);
  });
  it('reads a letter\'s "What we have already done" as the resolution and its "Betreff:" line as the title', () => {
    assert.deepEqual(kinds('# Review\n\n## What we have already done\n\nRolled back.\n'), ['resolution']);
    const title = analyzeText('**An:** Hausverwaltung Kern\n\n**Betreff:** Incident report – remote unlock outage on 12 June 2024\n\nDear Ms Kern,\n\n## Timeline\n\n- 14:12 errors start\n', { settings: DEFAULT_SETTINGS }).model.title?.text;
    assert.equal(title, 'Incident report – remote unlock outage on 12 June 2024');
  });
  it('reads "**Who:**" as the impact only when it is not the responders, "**Fixed by:**" as the resolution only when it tells how, and "<things> affected" only for things an outage affects', () => {
    const section = (text: string) => analyzeText(`# Outage\n\n${text}\n\n## Timeline\n\n- 10:00 errors start\n`, { settings: DEFAULT_SETTINGS }).model.sections.filter((s) => s.kind !== 'timeline').map((s) => [s.kind, s.heading]);
    assert.deepEqual(section('**Who:** All 19 schools. Attendance was taken on paper.'), [['impact', 'Who']]);
    assert.deepEqual(section('**Who:** Maria Lopez (IC), Tom Reed (comms)'), []);
    assert.deepEqual(section('**Who:** On-call SRE (Maria) and the DBA on duty.'), []);
    assert.deepEqual(section('**Fixed by:** adding disk space and restarting one app server.'), [['resolution', 'Fixed by']]);
    assert.deepEqual(section('**Fixed by:** PR #4411'), []);
    for (const heading of ['Alerts affected', 'Commits affected', 'Status affected']) assert.deepEqual(kinds(`# Review\n\n## ${heading}\n\nText.\n`), [], heading);
  });
  it('reads a letter\'s "Effect on MV Nordic Aurora", "What it meant for clinics" as the impact, "How the weekend went" as the timeline, "What was the actual problem" as the cause, "Measures that we are taking" as the action items; not "Effect of the change" or "How the migration went"', () => {
    assert.equal(sectionKindOf('Effect on MV Nordic Aurora'), 'impact');
    assert.equal(sectionKindOf('Impact on the Hamburg gate'), 'impact');
    assert.equal(sectionKindOf('What it meant for clinics'), 'impact');
    assert.equal(sectionKindOf('What this meant for our schools'), 'impact');
    assert.equal(sectionKindOf('How the weekend went'), 'timeline');
    assert.equal(sectionKindOf('How the night unfolded'), 'timeline');
    assert.equal(sectionKindOf('Financial impact for the concession'), 'impact');
    assert.equal(sectionKindOf('Business impact on the partners'), 'impact');
    assert.equal(sectionKindOf('Effect of the change'), undefined);
    assert.equal(sectionKindOf('How the migration went'), undefined);
    // The cause in the author's words; "What went wrong" alone stays a lesson.
    assert.equal(sectionKindOf('What was the actual problem'), 'root-cause');
    assert.equal(sectionKindOf('What was the problem?'), 'root-cause');
    // The summary with its length, the impact as its consequences, and a ticket's actions kept newest first (its log).
    assert.equal(sectionKindOf('Summary in 3 sentences'), 'summary');
    assert.equal(sectionKindOf('Duration and consequences for care'), 'impact');
    assert.equal(sectionKindOf('Actions (newest first)'), 'timeline');
    assert.equal(sectionKindOf('Actions'), 'action-items');
    assert.equal(sectionKindOf('Consequences of the change'), undefined);
    // The why-why analysis (なぜなぜ分析) is the five whys.
    assert.equal(sectionKindOf('Why-Why Analysis'), 'five-whys');
    assert.deepEqual(kinds('# Review\n\n## 5. なぜなぜ分析 / Why-Why Analysis\n\n1. Why did the tunnel drop? The subnet was missing.\n'), ['five-whys']);
    assert.equal(sectionKindOf('The real issue'), 'root-cause');
    assert.equal(sectionKindOf('What I think actually went wrong'), 'root-cause');
    // A bracket saying it is the short version makes any heading but the timeline's the summary.
    assert.equal(sectionKindOf('What broke (short version)'), 'summary');
    assert.equal(sectionKindOf('Wersja skrócona (TL;DR)'), 'summary');
    assert.equal(sectionKindOf('Timeline (short version)'), 'timeline');
    assert.deepEqual(['Root cause (short version)', 'Impact (in brief)', 'Action items (TL;DR)'].map(sectionKindOf), ['root-cause', 'impact', 'action-items']);
    // Polish, French and Finnish headings in their authors' words.
    assert.deepEqual(['Dlaczego to się stało', 'Naprawa', 'Co robimy dalej', 'Skala', 'Pourquoi c\'est arrivé', 'Actionit', 'Was anyone affected?'].map(sectionKindOf), ['root-cause', 'resolution', 'action-items', 'impact', 'root-cause', 'action-items', 'impact']);
    assert.equal(sectionKindOf('What went wrong'), 'lessons-learned');
    // "Resume" (a Spanish writer's "Resumen"), and the measures a letter says are being taken.
    assert.equal(sectionKindOf('Resume'), 'summary');
    assert.equal(sectionKindOf('Measures that we are taking'), 'action-items');
    assert.equal(sectionKindOf('Measures we will take'), 'action-items');
    assert.notEqual(sectionKindOf('Measures we have taken'), 'action-items');
    assert.equal(sectionKindOf('What this meant for the nightly batch'), undefined);
    // A day that "went" with no times of its own is a reflection, and the document still lacks its timeline.
    assert.deepEqual(kinds('# Review\n\n## How the day went\n\nHonestly, better than last year. The scaling runbook worked.\n'), []);
    assert.deepEqual(kinds('# Review\n\n## How the weekend went\n\n- 8:03 am first double booking\n- 9:20 am a clinic called\n'), ['timeline']);
    assert.deepEqual(kinds('# Review\n\n## How the night went\n\n| Time | What happened |\n|---|---|\n| 22:10 | Export fails |\n| 22:15 | Sam paged |\n'), ['timeline']);
    assert.deepEqual(kinds('# Review\n\n## How the night went\n\nAt 22:10 the export failed.\nAt 23:05 Sam found the lock.\n'), ['timeline']);
    // A table of figures tells no times.
    assert.deepEqual(kinds('# Review\n\n## How the weekend went\n\n| Metric | Value |\n|---|---|\n| 12.40 | orders per second |\n| 99.95 | availability |\n'), []);
  });

  it('reads a heading asking about the impact, a quick summary and how the outage was stopped as those sections', () => {
    const asked = ['How big was the impact?', 'What the impact was', 'What was the impact on customers?', 'Quick summary', 'How we stopped it', 'How we contained the outage'];
    assert.deepEqual(asked.map((name) => sectionKindOf(name)), ['impact', 'impact', 'impact', 'summary', 'resolution', 'resolution']);
    // Not what it was stopped for, nor an impact asked of another thing.
    assert.deepEqual(['How we stopped paying for it', 'How big was the release'].map((name) => sectionKindOf(name)), [undefined, undefined]);
  });
});
