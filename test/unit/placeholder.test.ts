import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';
import { readSeed, sharedMissing } from '../helpers/paths';

function placeholders(text: string): string[] {
  return analyzeText(text, { settings: DEFAULT_SETTINGS })
    .findings.filter((f) => f.code === 'placeholder')
    .map((f) => text.slice(f.start, f.end));
}

describe('placeholder', () => {
  it('flags bracketed prompts, date and time masks and to-do markers at their exact text', () => {
    const text = '# Post-Mortem: [Incident Title]\n\nDate: YYYY-MM-DD at HH:mm, owner TBD.\n\nTODO: [One-paragraph summary of incident]\n';
    assert.deepEqual(placeholders(text), ['[Incident Title]', 'YYYY-MM-DD', 'HH:mm', 'TBD', 'TODO', '[One-paragraph summary of incident]']);
    // Atlassian's prompts in braces, not an identifier in braces.
    assert.deepEqual(placeholders('# Outage\n\nAfter a page at {XX:XX CET}, {ON-CALL ENGINEER} came online; the set {BLOXROUTE_REGULATED} was empty.\n'), ['{XX:XX CET}', '{ON-CALL ENGINEER}']);
    // Bracketed as templates write it; as an open item's owner, reported once, by the item's own rule.
    // With why it is still to be done.
    assert.deepEqual(placeholders('# Outage\n\n- Revenue impact: [TBD — waiting on finance for the numbers]\n- Tickets: [TBD: export from the service desk]\n'), ['[TBD — waiting on finance for the numbers]', '[TBD: export from the service desk]']);
    const bracketed = '# Outage\n\nEstimated lost revenue: [TBD]\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Alert before expiry | [TBD] | 2026-12-18 |\n';
    assert.deepEqual(placeholders(bracketed), ['[TBD]']);
    const missingOwner = analyzeText(bracketed, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'action-item-missing-owner');
    assert.deepEqual(missingOwner.map((f) => f.message.includes('replace "[TBD]"')), [true]);
    // "<owner>" likewise, in a cell or after "owner" in a bullet: the template's prompt where the owner goes.
    const angled = '# Outage\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Alert before expiry | <owner> | 2026-12-18 |\n\n- **Batch inserts at 100k rows** - owner <owner>, due 2026-12-28\n';
    assert.deepEqual(placeholders(angled), []);
    const unowned = analyzeText(angled, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'action-item-missing-owner');
    assert.deepEqual(unowned.map((f) => f.message.includes('replace "<owner>"')), [true, true]);
    // A person written in angle brackets (an e-mail autolink) is an owner.
    const mailed = analyzeText(angled.replace('| <owner> |', '| <jana@example.com> |'), { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'action-item-missing-owner');
    assert.equal(mailed.length, 1);
  });

  it('leaves links, references, footnotes, task boxes and code alone', () => {
    const text = [
      '# Outage',
      '',
      'See [the runbook](https://example.com) and [RFC][rfc] and note [1].',
      '',
      '- [ ] Task with an owner',
      '- [x] Done task',
      '',
      'Use `YYYY-MM-DD` in file names.',
      '',
      '```',
      '[Incident Title]',
      '```',
      '',
      '[rfc]: https://example.com/rfc',
    ].join('\n');
    assert.deepEqual(placeholders(text), []);
  });

  it('tells a bracketed prompt from bracketed text the author wrote, by its words', () => {
    const text = [
      '# Outage',
      '',
      'Owner: [Team name]. Summary: [Describe what users saw]. Severity: [High].',
      '',
      '- [CVE-2019-15225] Fix opened upstream',
      '- Require three reviewers [Rick]',
      '- [Update 1] Service is back',
      '',
      'Best regards, [Redacted]',
      '',
      'The chiller drew [confirm with Facilities: XX kW] at peak; the [XXL] racks and [Checked by Ana] notes stay.',
    ].join('\n');
    assert.deepEqual(placeholders(text), ['[Team name]', '[Describe what users saw]', '[confirm with Facilities: XX kW]']);
  });

  it('reads prompts in the other languages templates are written in, not bracketed text', () => {
    const text = ['# [Título del incidente]', '', 'Autor: [Nombre]. Resumen: [Resumen del incidente en un párrafo]. Pedidos: [número].', '', '- Revisar el pool [Equipo Pagos]', '- [Aktualisierung 1] Dienst läuft wieder', ''].join('\n');
    assert.deepEqual(placeholders(text), ['[Título del incidente]', '[Nombre]', '[Resumen del incidente en un párrafo]', '[número]']);
  });

  it("flags a long instruction, a field's name in lower case, a bracketed mask and the template's choices", () => {
    const text = [
      '# Outage',
      '',
      '[Describe the impact on customers: who was affected, how many, for how long. Include revenue impact if known, and the regions.]',
      '',
      '- Customers affected: [number]',
      '',
      '| Time | Event | Priority |',
      '|---|---|---|',
      '| [HH:MM] | [Event] | [P1/P2/P3] |',
      '',
      'Protocols: [TCP/IP], methods [GET/POST/PUT], stages [dev|staging|prod]. Read [here] and tick [x] when done.',
      '',
      'The log said [user] logged in, then [status] 500.',
      '',
      'Incident commander: {{incident_commander}}. Dashboard: [link to Grafana dashboard]',
    ].join('\n');
    assert.deepEqual(placeholders(text), [
      '[Describe the impact on customers: who was affected, how many, for how long. Include revenue impact if known, and the regions.]',
      '[number]',
      '[HH:MM]',
      '[Event]',
      '{{incident_commander}}',
      '[link to Grafana dashboard]',
    ]);
    // The template's choices of a level are severity-unchosen's, with a fix for each level.
    const unchosen = analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'severity-unchosen');
    assert.deepEqual(unchosen.map((f) => text.slice(f.start, f.end)), ['[P1/P2/P3]']);
  });

  it('reads a to-do marker opening an action item as its status, and one standing for content as a leftover', () => {
    const text = '# Outage\n\n## Action items\n\n- TODO: write the runbook (@ann, 2027-01-10)\n\n## Root cause\n\nRoot cause: TODO\n';
    assert.deepEqual(placeholders(text), ['TODO']);
    assert.equal(text.lastIndexOf('TODO'), analyzeText(text, { settings: DEFAULT_SETTINGS }).findings.find((f) => f.code === 'placeholder')!.start);
  });

  it('leaves a marker the sentence names as a word ("the TODO list service", "a TBD-marked key")', () => {
    const text = '# Outage\n\n## Root cause\n\nThe TODO list service crashed on a TBD-marked key.\n\n## Resolution\n\nTBD\n';
    assert.deepEqual(placeholders(text), ['TBD']);
    // "To be decided" on a condition, as the sentence's own words; a field left "TBD" is still a placeholder.
    assert.deepEqual(placeholders('# Quota note\n\nShort note, full review TBD if needed.\n\nOwner: TBD\n'), ['TBD']);
    // Quoted in a sentence: what a runbook or the code said, not this document's gap; a quoted field value still is one.
    assert.deepEqual(placeholders('# Outage\n\n## Root cause\n\nThe runbook said "TODO: move to\ncert-manager" and we never did. No timeout (that was a “TODO before 1.0”).\n\nOwner: "TODO"\n'), ['TODO']);
  });

  it('leaves the tag an issue\'s title opens with ("# [Incident] Publishing fails"), not the same word standing alone', () => {
    assert.deepEqual(placeholders('# [Incident] Publishing scoped packages fails\n\n## Summary\n\n[Incident]\n'), ['[Incident]']);
    assert.deepEqual(placeholders('# [Incident Title]\n'), ['[Incident Title]']);
  });

  it('leaves a marker that names the list below it ("## TODO", "TODO" or "**Notes / TODO for writeup**" over a list), not one left as a value', () => {
    assert.deepEqual(placeholders('# Outage\n\n## TODO\n\n- revert PR #8812 (@ana)\n'), []);
    assert.deepEqual(placeholders('# Outage\n\n## Notes\n\nTODO\n- [ ] get the burst limit (@ali)\n'), []);
    assert.deepEqual(placeholders('# Outage\n\n## Notes\n\n**Notes / TODO for writeup**\n\n- root cause: timer\n'), []);
    assert.deepEqual(placeholders('# Outage\n\n## Summary\n\nTODO\n\n## Impact\n\n- Customers: TODO\n- Revenue: TBD\n'), ['TODO', 'TODO', 'TBD']);
  });

  it('leaves a known TODO named in a sentence and a format quoted as what is shown, not a quoted value', () => {
    const text = '# Outage\n\n## Timeline\n\n- 00:14 Confirmed the gateway never re-fetches keys — known TODO in code\n\n## Action items\n\n- Show a "data as of HH:MM" banner when data is stale\n- Set the cut-off date: "YYYY-MM-DD"\n';
    assert.deepEqual(placeholders(text), ['YYYY-MM-DD']);
  });

  it('leaves the format of a chart ("dateFormat HH:mm" in a mermaid chart inside a shortcode), not a field\'s mask ("Time: HH:mm")', () => {
    const text = '# Outage\n\n**Time:** HH:mm\n\n{{< mermaid >}}\ngantt\n    dateFormat HH:mm\n    axisFormat %H:%M\n{{< /mermaid >}}\n';
    assert.deepEqual(placeholders(text), ['HH:mm']);
  });

  it('leaves a mask named as the document\'s format ("All dates DD.MM.YYYY.", "times in HH:mm", "in YYYY-MM-DD format")', () => {
    const text = '# Outage\n\nAll dates DD.MM.YYYY. All times CET, times in HH:mm. Due dates in YYYY-MM-DD format.\n\n> Dates in this report are DD/MM/YYYY. Dates ISO (YYYY-MM-DD).\n\n**Date:** YYYY-MM-DD\n\n| Date | YYYY-MM-DD |\n|---|---|\n';
    assert.deepEqual(placeholders(text), ['YYYY-MM-DD', 'YYYY-MM-DD']);
  });

  it('flags a number masked as "[XX]" in a table\'s cell or before "such", a share written "XX%", and a fill-in note in Dutch; not "Option [X]" nor an index', () => {
    assert.deepEqual(placeholders('# Letter\n\n| Figure | Value |\n|---|---|\n| Customers affected | [XX] |\n\nWe have received [XX] such requests.\n'), ['[XX]', '[XX]']);
    assert.deepEqual(placeholders('# Leak\n\nRoughly XX% of queries failed.\n\nExact count: [AANVULLEN door Examenbureau].\n'), ['XX', '[AANVULLEN door Examenbureau]']);
    assert.deepEqual(placeholders('# Outage\n\nOption [X] requires a restart. The buffer buf[XX] overflowed. We saw 99.9% success.\n'), []);
    // A redaction, an abbreviation, a quoted literal and a legend are the author's text.
    assert.deepEqual(placeholders('# Outage\n\nCustomer [XXX], our largest partner, asked us to withhold its name. We used neural networks [NN].\n\nThe banner "Save XX% today" went out unfilled. The matrix marks unsupported pairs as [XX].\n'), []);
    // Notion's callout box is HTML, no prompt.
    assert.deepEqual(placeholders('# Outage\n\n<aside>\n\nRiders were overcharged.\n\n</aside>\n'), []);
  });

  it('flags angle-bracket prompts but not HTML tags', () => {
    assert.deepEqual(placeholders('# Outage\n\nOwner: <name>, see <br> below.\n'), ['<name>']);
    // The SRE book's outage markers are written on purpose.
    assert.deepEqual(placeholders('# Outage\n\n## Timeline\n\n- 10:00 <START OF OUTAGE>\n- 10:40 <END OF OUTAGE>\n'), []);
    // A number the template asks for, where a number goes; not a key to press.
    assert.deepEqual(placeholders('# Outage\n\nWe estimate that approximately [X]% of subscriptions were affected, about [N] customers. Press [X] to close the dialog.\n'), ['[X]', '[N]']);
    // A field's count ("Customers affected: [X] enterprise orgs"), a currency, "of our": "ca. [XX] €"; the drafter's
    // blank "[●]" and a bracketed "[TODO]"; not a legend, a key pressed, a box ticked, an axis, a formula, the marker named.
    assert.deepEqual(placeholders('# Outage\n\nCustomers affected: [X] enterprise orgs. Lost revenue: ca. [XX] €, [X] of our users. We received [●] complaints. Root cause: [TODO]\n\nOption [X] requires a restart. Legend: [X] means done. Typing [Y] applies changes. The [Y] axis shows ms. Each worker holds 1/[N] of the keyspace. Our hook rejects a [TODO] marker.\n\n[X] Dashboards reviewed\n\n- [X] Alert added\n'), ['[X]', '[XX]', '[X]', '[●]', '[TODO]']);
    assert.deepEqual(placeholders('# Outage\n\n<details markdown>\n\nLogs\n\n</details>\n'), []);
  });

  it('finds every template leftover in the seed, including the sign-off dates', { skip: sharedMissing }, () => {
    const found = placeholders(readSeed());
    assert.deepEqual(found, [
      '[Incident Title]',
      'YYYY-MM-DD',
      'YYYY-MM-DD',
      '[Name]',
      '[Names]',
      '[One-paragraph summary of incident]',
      '[Brief impact summary - users, duration, business]',
      '[Root cause in one sentence]',
      '[How it was fixed]',
      'YYYY-MM-DD',
      'YYYY-MM-DD',
      'YYYY-MM-DD',
      '[Date]',
    ]);
  });
  it('leaves "TBD" as an open action item\'s owner or due date to the action-item rules: one warning for one cell', () => {
    const text = ['# Post-Mortem: Outage', '', '## Action Items', '', '| Action | Owner | Due Date | Ticket |', '|---|---|---|---|', '| Add an alert | TBD | TBD | TBD |', '| Add a check | @kim | 2026-12-20 | OPS-1 |', '', '- [ ] Fix the pool size (Owner: TBD, Due: TBD)', '- [x] Remove the flag (Owner: TBD)', ''].join('\n');
    const found = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2026-11-28' }).findings.filter((f) => f.code !== 'missing-section');
    const line = (offset: number) => text.slice(0, offset).split('\n').length;
    assert.deepEqual(
      found.map((f) => `${line(f.start)} ${f.code} ${text.slice(f.start, f.end)}`).sort(),
      [
        '7 action-item-missing-owner Add an alert',
        '7 action-item-missing-due-date Add an alert',
        '10 action-item-missing-owner Fix the pool size',
        '10 action-item-missing-due-date Fix the pool size',
        // The ticket's TBD, and a done item's (no rule asks a done item for an owner), are leftovers.
        '7 placeholder TBD',
        '11 placeholder TBD',
      ].sort(),
    );
    assert.match(found.find((f) => f.code === 'action-item-missing-owner' && line(f.start) === 10)!.message, /replace "TBD" with the person or team/);
    // With the owner rule off, the TBD is the placeholder rule's again.
    const ownerOff = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, 'action-item-missing-owner': 'off' as const } };
    assert.equal(analyzeText(text, { settings: ownerOff, today: '2026-11-28' }).findings.filter((f) => f.code === 'placeholder').length, 4);
  });

  it('flags "TBC", "[insert ...]" and Portuguese notes to self; not a quoted macro\'s merge tags', () => {
    assert.deepEqual(placeholders('# Outage\n\n## Cause\n\nTBC – IT doing the PIR.\n\nProperties affected: [insert number of properties – awaiting GIS extract].\n'), ['TBC', '[insert number of properties – awaiting GIS extract]']);
    assert.deepEqual(placeholders('# Incidente Pix\n\nVolume: **[CONFIRMAR COM RELATÓRIO DO SPI]**\n\nDashboard do incidente: [inserir link do dashboard]\n'), ['[CONFIRMAR COM RELATÓRIO DO SPI]', '[inserir link do dashboard]']);
    // Zendesk fills these in when the macro is sent; left in the author's own text, they are still prompts.
    const macro = '# Blocklist week\n\n## Macros we used\n\n> Hi {{ticket.requester.first_name}},\n> we are seeing delays. {{current_user.first_name}}\n\nOwner: {{incident_commander}}\n';
    assert.deepEqual(placeholders(macro), ['{{incident_commander}}']);
    assert.deepEqual(placeholders('# Outage\n\n> **Impact summary:** {{impact_summary}}\n'), ['{{impact_summary}}']);
    // A name, a word marked, a tag: the author's text.
    assert.deepEqual(placeholders('# Outage\n\nCustomers of TBC Bank could not pay. Fields marked TBC were later confirmed. The log tag [checar-saldo] and [insert-only mode].\n'), []);
    // A due date "TBC" is the item's own rule's, reported once.
    assert.deepEqual(placeholders('# Outage\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Replace the gateway | Ops | TBC |\n'), []);
  });
  it('flags a count still masked ("XX teachers"), prompts in angle brackets that are no HTML and blanks after "#" or "link:"', () => {
    assert.deepEqual(placeholders('# Outage\n\nXX teachers across 11 schools could not save grades.\n'), ['XX']);
    // A numeral or a quoted mask is the author's: "Super Bowl XX was", '"XX teachers" is the template's wording'.
    assert.deepEqual(placeholders('# Outage\n\nSuper Bowl XX was the peak. The template says "XX teachers" here.\n'), []);
    assert.deepEqual(placeholders("# Outage\n\n- <fill in: why monitoring didn't catch SAML failures — check w/ vendor>\n- Vendor case <<vendor case #>> opened.\n- Ask support — ticket #_____\n- Dashboard link: ____\n"), ["<fill in: why monitoring didn't catch SAML failures — check w/ vendor>", '<<vendor case #>>', '_____', '____']);
    // A signature line of a printed form, and an identifier, are no blanks.
    assert.deepEqual(placeholders('# Outage\n\nApproved by: ________\n\nThe flag `a_____b` and snake___case.\n'), []);
  });
  it('flags "XX" before a plural with words between ("XX remote database sessions", "XX duplicate OTPs") and after a hedge ("About XX.")', () => {
    assert.deepEqual(placeholders('# Outage\n\nWe see roughly XX remote database sessions on a Saturday.\n\nXX duplicate OTPs were sent.\n\nAbout XX.\n'), ['XX', 'XX', 'XX']);
    assert.deepEqual(placeholders('# Outage\n\nSuper Bowl XX was the peak of the season games. Super Bowl XX Highlights aired.\n'), []);
  });
  it('flags an angle-bracket instruction in the template\'s language ("<LINK EINFÜGEN>") and "<fill in: cause>" read as a tag', () => {
    assert.deepEqual(placeholders('# Outage\n\n- Grafana-Dashboard zum Incident: <LINK EINFÜGEN>\n- <fill in: cause>\n'), ['<LINK EINFÜGEN>', '<fill in: cause>']);
  });
  it('flags a template\'s field names in angle brackets ("<Name, Datum>") and its prompts in Spanish and Portuguese ("[Nombre del revisor]", "[colocar link do Datadog aqui]"), not names or tags', () => {
    assert.deepEqual(placeholders('# Störung\n\n| Freigabe durch | <Name, Datum> |\n|---|---|\n\n**Reviewed by:** [Nombre del revisor]\n\n- Dashboard: [colocar link do Datadog aqui]\n'), ['<Name, Datum>', '[Nombre del revisor]', '[colocar link do Datadog aqui]']);
    assert.deepEqual(placeholders('# Outage\n\nThanks to <Tom, Jerry> and [Revisor Pérez]. Use Map<String, Integer> here. The API takes <Name, Value> pairs.\n'), []);
  });
  it('leaves host wildcards, web-filter categories, shifts, heredocs and a series\' navigation alone', () => {
    assert.deepEqual(placeholders('# Outage\n\nAll web-XX servers share it; the db-XX hosts too. XXX sites were reachable.\n\nThe bug was in mask << shift >> 2. A heredoc (<<EOF ... EOF) and >> to the file. << Back to index | Next incident >>\n\nThe C#___ bindings were fine.\n'), []);
  });
  it('leaves an anonymised "Customer XX" alone', () => {
    assert.deepEqual(placeholders('# Outage\n\nCustomer XX saw failed payouts for two hours. Tenant XX filed two tickets.\n'), []);
  });
});
