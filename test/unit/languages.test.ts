import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { analyzeText } from '../../server/src/engine/analyze';

// A German team's post-mortem, written from its usual template: headings, fields, "Uhr", MEZ and an action table.
const GERMAN = `# Postmortem: Ausfall der Zahlungsabwicklung

**Datum:** 3. März 2025
**Schweregrad:** SEV-1

## Zusammenfassung

Zwischen 14:05 Uhr und 15:52 Uhr konnten keine Lastschriften eingereicht werden.

## Auswirkungen

Rund 3.400 Bestellungen wurden verzögert abgewickelt.

## Zeitablauf

Alle Zeiten in MEZ.

- **14:05 Uhr** – Erste Fehler im Gateway
- **14:11 Uhr** – Alarm löst in Grafana aus
- **15:52 Uhr** – Fehlerquote wieder bei 0 %

## Ursache

Ein abgelaufenes Client-Zertifikat.

## Lösung

Neues Zertifikat eingespielt.

## Maßnahmen

| Nr. | Maßnahme | Verantwortlich | Fällig | Status |
|-----|----------|----------------|--------|--------|
| 1 | Ablaufüberwachung für alle Zertifikate | Leonie Brandt | 31.03.2025 | erledigt |
| 2 | Zertifikat in cert-manager überführen | Team Payments | 30.06.2025 | offen |
| 3 | Runbook schreiben | Jonas Hartmann | 30.06.2025 | noch nicht erledigt |
`;

describe('post-mortems in German and French', () => {
  it('reads the sections, fields, times, zone and action items of a German template', () => {
    const { model, findings } = analyzeText(GERMAN, { settings: DEFAULT_SETTINGS, today: '2025-05-01' });
    assert.deepEqual(
      model.sections.map((s) => s.kind),
      ['summary', 'impact', 'timeline', 'root-cause', 'resolution', 'action-items'],
    );
    assert.equal(model.header.find((f) => f.name === 'severity')?.value, 'SEV-1');
    assert.equal(model.timezone, 'MEZ');
    assert.deepEqual(
      model.timeline.map((e) => [e.instant?.toISO(), e.event]),
      [
        ['2025-03-03T14:05:00.000+01:00', 'Erste Fehler im Gateway'],
        ['2025-03-03T14:11:00.000+01:00', 'Alarm löst in Grafana aus'],
        ['2025-03-03T15:52:00.000+01:00', 'Fehlerquote wieder bei 0 %'],
      ],
    );
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text, i.due?.text, i.statusKind]),
      [
        ['Ablaufüberwachung für alle Zertifikate', 'Leonie Brandt', '31.03.2025', 'done'],
        ['Zertifikat in cert-manager überführen', 'Team Payments', '30.06.2025', 'planned'],
        ['Runbook schreiben', 'Jonas Hartmann', '30.06.2025', 'planned'],
      ],
    );
    assert.deepEqual(findings.map((f) => f.code), []);
  });

  it('reads the sections, fields, zone and action table of a French post-mortem', () => {
    const french = [
      "# Post-mortem : indisponibilité de l'API de réservation",
      '',
      "**Date de l'incident :** 03/04/2025 (jeudi)",
      '**Gravité :** Majeure (P1)',
      '**Fuseau horaire :** heure de Paris (UTC+2)',
      '',
      '## Résumé',
      '',
      "L'API a renvoyé des erreurs 500 pendant 52 minutes.",
      '',
      '## Impact',
      '',
      'Environ 9 400 réservations perdues.',
      '',
      '## Chronologie',
      '',
      '| Heure | Événement |',
      '|---|---|',
      '| 14h10 | La migration démarre |',
      '| 14h13 | Alerte Grafana, astreinte appelée |',
      '',
      '## Cause racine',
      '',
      'Une migration qui réécrit la table.',
      '',
      '## Résolution',
      '',
      'Fin de la migration, trafic rétabli.',
      '',
      '## Actions correctives',
      '',
      '| Action | Responsable | Échéance | Statut |',
      '|---|---|---|---|',
      '| Corriger la configuration | Julien Martin | 11/04/2025 | Fait |',
      '| Ajouter un lock_timeout | Camille Lefèvre | 30/06/2025 | À faire |',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(french, { settings: DEFAULT_SETTINGS, today: '2025-05-01' });
    assert.deepEqual(
      model.sections.map((s) => s.kind),
      ['summary', 'impact', 'timeline', 'root-cause', 'resolution', 'action-items'],
    );
    assert.equal(model.header.find((f) => f.name === 'severity')?.value, 'Majeure (P1)');
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2025-04-03T14:10:00.000+02:00', '2025-04-03T14:13:00.000+02:00']);
    assert.deepEqual(
      model.actionItems.map((i) => [i.owner?.text, i.due?.text, i.statusKind]),
      [
        ['Julien Martin', '11/04/2025', 'done'],
        ['Camille Lefèvre', '30/06/2025', 'planned'],
      ],
    );
    assert.deepEqual(findings.map((f) => f.code), []);
  });

  it('reads German month names and a day written with its dot and a year ("3. März 2025"), not a numbered line', () => {
    const dated = (heading: string) => analyzeText(`# Ausfall\n\n**Datum:** ${heading}\n`, { settings: DEFAULT_SETTINGS, today: '2025-05-01' }).model.incidentDate;
    assert.deepEqual(dated('3. März 2025'), { year: 2025, month: 3, day: 3 });
    assert.deepEqual(dated('24. Dezember 2024'), { year: 2024, month: 12, day: 24 });
    assert.deepEqual(dated('7. Okt. 2024'), { year: 2024, month: 10, day: 7 });
    // "1." and "2." numbering a list, then a month: no date of the day numbered.
    assert.deepEqual(dated('1. March 3, 2024'), { year: 2024, month: 3, day: 3 });
    assert.equal(dated('2. May we suggest'), undefined);
  });
});

describe('post-mortems in Spanish, Portuguese, Italian and Dutch', () => {
  it('reads a Spanish template: sections, a spelt-out date, severity, the zone of the time column, the action table', () => {
    const spanish = [
      '# Informe post-mortem: errores 502 en el pago',
      '',
      '**Fecha del incidente:** 17 de febrero de 2026',
      '**Severidad:** SEV2',
      '',
      '## Resumen',
      '',
      'Los pagos fallaron durante una hora.',
      '',
      '## Impacto',
      '',
      'Unos 1.200 pagos rechazados.',
      '',
      '## Cronología',
      '',
      '| Hora (CET) | Evento |',
      '|---|---|',
      '| 09:31 h | Empiezan los 502 |',
      '| 10:41 h | Servicio restablecido |',
      '',
      '## Causa raíz',
      '',
      'El pool de conexiones estaba lleno.',
      '',
      '## Resolución',
      '',
      'Rollback a la versión anterior.',
      '',
      '## Acciones',
      '',
      '| # | Acción | Responsable | Fecha límite | Estado |',
      '|---|---|---|---|---|',
      '| 1 | Prueba de carga antes de cada despliegue | Iñaki Goikoetxea | 2026-03-13 | Hecho |',
      '| 2 | Alerta sobre la ocupación del pool | Lucía Benavente | 2026-03-31 | Pendiente |',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(spanish, { settings: DEFAULT_SETTINGS, today: '2026-03-01' });
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'impact', 'timeline', 'root-cause', 'resolution', 'action-items']);
    assert.deepEqual(model.incidentDate, { year: 2026, month: 2, day: 17 });
    assert.equal(model.header.find((f) => f.name === 'severity')?.value, 'SEV2');
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2026-02-17T09:31:00.000+01:00', '2026-02-17T10:41:00.000+01:00']);
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text, i.due?.text, i.statusKind]), [
      ['Iñaki Goikoetxea', '2026-03-13', 'done'],
      ['Lucía Benavente', '2026-03-31', 'planned'],
    ]);
    assert.deepEqual(findings.map((f) => f.code), []);
  });

  it('reads a Polish post-mortem: milestones, "Czas trwania" to the incident\'s closure, the action table\'s owners, statuses and dues', () => {
    const text = [
      '# Post-mortem: płatności kartą', '', '| Pole | Wartość |', '|---|---|', '| Data incydentu | 14.01.2025 |', '| Czas trwania | 1 h 32 min |', '',
      '## Oś czasu (CET)', '', '| Godzina | Zdarzenie |', '|---|---|',
      '| 09:58 | cert-manager rotuje certyfikat |', '| 10:02 | Pierwsze odrzucone autoryzacje. Początek wpływu |', '| 10:09 | Alert w Grafanie → PagerDuty page do dyżurnego |',
      '| 10:13 | Jakub Nowak potwierdza alert |', '| 10:25 | Zidentyfikowana przyczyna: nowy cert |', '| 10:52 | Stary certyfikat przywrócony z Vaulta |',
      '| 10:58 | Płatności kartą działają |', '| 11:34 | 30 minut stabilnego ruchu, incydent zamknięty |', '',
      '## Działania naprawcze', '', '| # | Działanie | Właściciel | Termin | Status |', '|---|---|---|---|---|',
      '| 1 | Osobny Issuer dla certyfikatu | Jakub Nowak | 31.01.2025 | W toku |', '| 2 | Procedura zmiany CA z acquirerem | Marta Wiśniewska | do końca I kw. 2025 | Otwarte |', '| 3 | Runbook rollbacku | | 07.02.2025 | Otwarte |', '',
      '## Follow-up', '', '- [ ] @bartek.lis – smoke test po rotacji na każdy node – do 05.12', '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2025-01-20' });
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? ''), ['', 'started', 'detected', 'acknowledged', 'identified', 'mitigated', 'resolved', '']);
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text, i.dueDate && `${i.dueDate.year ?? "?"}-${i.dueDate.month}-${i.dueDate.day}`, i.statusKind]), [
      ['Jakub Nowak', '2025-1-31', 'in-progress'],
      ['Marta Wiśniewska', '2025-3-31', 'planned'],
      [undefined, '2025-2-7', 'planned'],
      ['@bartek.lis', '?-12-5', 'planned'],
    ]);
    // The stated duration counts to the incident's closure, as its author may: no mismatch; the one empty owner cell is flagged.
    assert.deepEqual(findings.filter((f) => f.severity === 'warning' && f.code !== 'missing-section').map((f) => f.code), ['action-item-missing-owner']);
    // Not a service working: "nie działają" says it does not.
    const down = analyzeText('# x\n\n## Oś czasu\n\n- 10:02 Początek wpływu\n- 10:05 Płatności nie działają\n', { settings: DEFAULT_SETTINGS }).model.timeline;
    assert.deepEqual(down.map((e) => e.milestone ?? ''), ['started', '']);
  });

  it('reads dates day first where the document writes "21/03/2025" and "31/03/2025", even under a zone ("CST", Mexico\'s) whose US namesake writes month first', () => {
    const text = ['# Post-mortem SPEI', '', '| Campo | Valor |', '|---|---|', '| Fecha del incidente | 10/03/2025 |', '| Zona horaria | CST |', '', '## Línea de tiempo', '', '| Fecha | Hora | Evento |', '|---|---|---|', '| 10/03/2025 | 23:47 | Inicio del impacto |', '| 11/03/2025 | 00:26 | Dispara la alerta |', '', '## Acciones', '', '| Acción | Responsable | Fecha | Estado |', '|---|---|---|---|', '| Checklist de rotación | Rodrigo | 21/03/2025 | Hecho |', '| Alerta por porcentaje | Mariana | 31/03/2025 | En curso |', ''].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()), ['2025-03-10T23:47:00.000-06:00', '2025-03-11T00:26:00.000-06:00']);
    // Without a plainly day-first date, CST's own order stands: 3/10/2025 is March 10.
    const us = analyzeText(text.replace('21/03/2025', '3/21/2025').replace('31/03/2025', '3/31/2025').replace(/10\/03\/2025/g, '03/10/2025').replace('11/03/2025', '03/11/2025'), { settings: DEFAULT_SETTINGS }).model;
    assert.deepEqual(us.timeline.map((e) => e.instant?.toISO().slice(0, 10)), ['2025-03-10', '2025-03-11']);
  });

  it('reads a Turkish post-mortem\'s headings, zone sentence and action table (Sorumlu, Termin, Durum: Açık, Tamamlandı, Devam ediyor)', () => {
    const text = ['# Olay Sonrası Değerlendirme', '', 'Saatler TRT.', '', '## 1. Özet', '', 'Checkout çöktü.', '', '## 2. Etki', '', 'Siparişler alınamadı.', '', '## 3. Zaman Çizelgesi', '', '| Tarih | Saat | Olay |', '|---|---|---|', '| 11.11.2024 | 20:38 | Hatalar başladı |', '', '## 4. Kök Neden Analizi', '', 'Redis belleği doldu.', '', '## 5. Çözüm', '', 'Flag kapatıldı.', '', '## 6. Aksiyon Maddeleri', '',
      '| # | Aksiyon | Sorumlu | Termin | Durum |', '|---|---|---|---|---|', '| 1 | TTL eklenmesi | Burak Aydın | 22.11.2024 | Tamamlandı |', '| 2 | Redis alarmları | SRE ekibi | 15.11.2024 | Devam ediyor |', '| 3 | Degrade mod |  | 31.12.2024 | Açık |', ''].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-11-14' });
    assert.equal(model.timezone, 'TRT');
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.event]), [['2024-11-11T20:38:00.000+03:00', 'Hatalar başladı']]);
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'impact', 'timeline', 'root-cause', 'resolution', 'action-items']);
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text, i.statusKind]), [['Burak Aydın', 'done'], ['SRE ekibi', 'in-progress'], [undefined, 'planned']]);
    assert.deepEqual(findings.filter((f) => f.severity === 'warning').map((f) => `${f.code} ${text.slice(0, f.start).split('\n').length}`), ['action-item-missing-owner 33']);
  });

  it('asks for no section where none of four or more headings is one it can read (a language it does not know)', () => {
    const unknown = ['# Rapport', '', '## Samantekt', '', 'x', '', '## Áhrif', '', 'x', '', '## Tímalína', '', 'x', '', '## Rótarorsök', '', 'x', ''].join('\n');
    assert.deepEqual(analyzeText(unknown, { settings: DEFAULT_SETTINGS }).findings.filter((f) => f.code === 'missing-section'), []);
    // Nor an English post whose headings tell its story ("## The fallout"): its sections are missing, as a reader finds.
    const story = ['# Migration post-mortem', '', '## Sidekiq limits', '', 'The queue was full and the workers were slow.', '', '## Something is wrong here', '', 'We saw that the jobs were failing.', '', '## The first upgrade', '', 'This was the upgrade that we had planned with the host.', '', '## The fallout', '', 'Users were angry and the team was tired.', ''].join('\n');
    assert.ok(analyzeText(story, { settings: DEFAULT_SETTINGS }).findings.some((f) => f.code === 'missing-section'));
    // Nor terse English, bullets and tables with few of English's commonest words, and no accented letters.
    const terse = ['# db failover', '', '## tl dr', '', '- primary died 02:10', '', '## blast radius', '', '- checkout 5xx 40%', '', '## todo', '', '- fix alerting', '', '## misc', '', '- n/a', ''].join('\n');
    assert.ok(analyzeText(terse, { settings: DEFAULT_SETTINGS }).findings.some((f) => f.code === 'missing-section'));
    // One heading it reads among three is no such sign: the others are asked for.
    const few = ['# Report', '', '## Timeline', '', '- 10:00 Errors begin', '', '## Áhrif', '', 'x', '', '## Notes', '', 'x', ''].join('\n');
    assert.ok(analyzeText(few, { settings: DEFAULT_SETTINGS }).findings.some((f) => f.code === 'missing-section'));
  });

  it('reads "IST" in an Irish team\'s document as Irish time, in an Indian one as India\'s, and a day line with a note in brackets ("**Mon 04/08 (bank holiday)**")', () => {
    const doc = (place: string) => `# Reads outage\n\n${place}. Times are IST.\n\n## Timeline\n\n- 2025-06-10 00:15 First pull fails\n`;
    assert.equal(analyzeText(doc('Billing team, Dublin'), { settings: DEFAULT_SETTINGS }).model.timeline[0].instant?.toISO(), '2025-06-10T00:15:00.000+01:00');
    assert.equal(analyzeText(doc('UPI team, Bengaluru'), { settings: DEFAULT_SETTINGS }).model.timeline[0].instant?.toISO(), '2025-06-10T00:15:00.000+05:30');
    const overnight = ['# Feed down', '', '## Log', '', '**Mon 04/08 (bank holiday)**', '', '- 21:40 – queue stops. Start of impact', '- 22:40 – alert fires, pages on-call', '', '**Tue 05/08**', '', '- 07:10 – backlog fully in, counts back to normal', ''].join('\n');
    assert.equal(analyzeText(overnight, { settings: DEFAULT_SETTINGS }).model.durations.resolveMinutes, 570);
  });

  it('keeps India\'s IST beside a Dublin DR replica, no zone in "19:30 Eat.", no day in "### 1/2 (first wave)", and a US zone\'s order beside quoted day-first dates', () => {
    const indian = '# Wallet top-ups failing\n\nTimezone: IST. Our DR replica is in eu-west-1 (Dublin).\n\n## Timeline\n\n- 2025-01-14 10:02 Errors at 60%\n- 2025-01-14 10:25 Read path failed over to the Dublin DR replica\n';
    assert.equal(analyzeText(indian, { settings: DEFAULT_SETTINGS }).model.timeline[0].instant?.toISO(), '2025-01-14T10:02:00.000+05:30');
    const notes = analyzeText('# On-call notes\n\n## Timeline (UTC)\n\n- 2025-03-05 19:20 Alert fires, pages on-call\n- 2025-03-05 19:30 Eat. Back at the laptop at 19:45\n- 2025-03-05 19:50 Rollback complete\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(notes.model.timeline.map((e) => e.instant?.toISO()), ['2025-03-05T19:20:00.000Z', '2025-03-05T19:30:00.000Z', '2025-03-05T19:50:00.000Z']);
    const waves = analyzeText('# Outage\n\n**Date:** 2025-09-18\n\n## Timeline\n\n### 1/2 (first wave)\n\n- 10:00 Errors begin\n- 10:10 Alert fires\n\n### 2/2 (second wave)\n\n- 13:00 Errors again\n- 14:20 Rollback complete\n', { settings: DEFAULT_SETTINGS });
    assert.deepEqual(waves.model.timeline.map((e) => e.instant?.toISO().slice(0, 10)), ['2025-09-18', '2025-09-18', '2025-09-18', '2025-09-18']);
    const us = analyzeText('# Carrier outage\n\n**Date:** 03/04/2025\n**Time zone:** CST\n\nThe carrier sent two notices (dated 21/02/2025 and 28/02/2025, from their Amsterdam office).\n\n## Timeline\n\n- 03/04/2025 09:00 Label printing fails\n', { settings: DEFAULT_SETTINGS });
    assert.equal(us.model.timeline[0].instant?.toISO().slice(0, 10), '2025-03-04');
  });

  it('reads "all times" zone sentences in French, Polish and Swedish without brackets, and East Africa Time', () => {
    const zoneOf = (line: string) => analyzeText(`# x\n\n## Timeline\n\n${line}\n\n- 08:02 Alert\n`, { settings: DEFAULT_SETTINGS }).model.timezone;
    assert.equal(zoneOf('Toutes les heures sont en HNE.'), 'HNE');
    assert.equal(zoneOf('Wszystkie godziny CET.'), 'CET');
    assert.equal(zoneOf('Alla tider i CET.'), 'CET');
    assert.equal(zoneOf('All times EAT.'), 'EAT');
    const entry = analyzeText('# x\n\n## Timeline\n\nAll times EAT.\n\n- 2025-03-05 06:12 Alert fires\n', { settings: DEFAULT_SETTINGS }).model.timeline[0];
    assert.equal(entry.instant?.toISO(), '2025-03-05T06:12:00.000+03:00');
    // Not a zone: the hours counted, no zone named.
    assert.equal(zoneOf('Toutes les heures, on vérifie la file.'), undefined);
  });

  it('reads Portuguese, Italian and Dutch headings, zone sentences, month names and labelled fields', () => {
    const kinds = (headings: string[]) => analyzeText(headings.map((h) => `## ${h}\n\nTexto.\n`).join('\n'), { settings: DEFAULT_SETTINGS }).model.sections.map((s) => s.kind);
    assert.deepEqual(kinds(['Resumo', 'Linha do tempo', 'Causa raiz', 'Ações corretivas', 'Lições aprendidas']), ['summary', 'timeline', 'root-cause', 'action-items', 'lessons-learned']);
    assert.deepEqual(kinds(['Sommario', 'Cronologia', 'Causa principale', 'Azioni']), ['summary', 'timeline', 'root-cause', 'action-items']);
    assert.deepEqual(kinds(['Samenvatting', 'Tijdlijn', 'Oorzaak', 'Oplossing', 'Actiepunten']), ['summary', 'timeline', 'root-cause', 'resolution', 'action-items']);
    const zoneOf = (line: string) => analyzeText(`# x\n\n## Tijdlijn\n\n${line}\n\n- 08.02 uur Alert\n`, { settings: DEFAULT_SETTINGS }).model.timezone;
    assert.equal(zoneOf('Alle tijden zijn in CET.'), 'CET');
    assert.equal(zoneOf('Orari in ora italiana (CET).'), 'CET');
    assert.equal(zoneOf('Todas las horas en CET.'), 'CET');
    const italian = ['# x', '', '## Azioni', '', '1. Rotazione in due fasi: pubblicare la nuova chiave prima.', '   Responsabile: Marco Bellini — Scadenza: 27 febbraio 2026 — Stato: in corso', '', '## Actiepunten', '', '- [ ] Runbook schrijven — eigenaar: Joris Bakker, deadline 12 december 2025', ''].join('\n');
    const items = analyzeText(italian, { settings: DEFAULT_SETTINGS, today: '2025-12-01' }).model.actionItems;
    assert.deepEqual(items.map((i) => [i.action.text, i.owner?.text, i.dueDate, i.statusKind]), [
      ['Rotazione in due fasi: pubblicare la nuova chiave prima', 'Marco Bellini', { year: 2026, month: 2, day: 27 }, 'in-progress'],
      ['Runbook schrijven', 'Joris Bakker', { year: 2025, month: 12, day: 12 }, 'planned'],
    ]);
  });

  it('reads a Dutch major-incident report: "13u25" times, "Datum incident", "Prioriteit", its milestone words, "90 minuten", "Gereed"', () => {
    const report = [
      '# Major Incident Rapport – INC0045871',
      '',
      '| Veld | Waarde |',
      '|---|---|',
      '| Datum incident | 21-01-2025 |',
      '| Prioriteit | P1 |',
      '| Tijdzone | CET |',
      '',
      '**Totale verstoringsduur: 90 minuten**',
      '',
      '## Tijdlijn',
      '',
      '| Tijd | Gebeurtenis |',
      '|---|---|',
      '| 13u25 | Begin van de storing: exams fail to launch |',
      '| 13u28 | Zabbix alert: response time > 5 sec |',
      '| 14u38 | Oorzaak gevonden: roster API calls from the plugin |',
      '| 14u52 | Feature flag disabled, rolling restart |',
      '| 15u20 | Examenbureau bevestigt: dienst hersteld |',
      '',
      '## Actiepunten',
      '',
      '| Actie | Eigenaar | Deadline | Status |',
      '|---|---|---|---|',
      '| Install the hotfix | M. Bakker | 22-01-2025 | Gereed |',
      '| Change freeze during exam weeks | S. Jansen | 31-01-2025 | In behandeling |',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(report, { settings: DEFAULT_SETTINGS, today: '2026-12-07' });
    assert.deepEqual([model.incidentDate?.year, model.incidentDate?.month, model.incidentDate?.day], [2025, 1, 21]);
    assert.equal(model.header.find((f) => f.name === 'priority')?.value, 'P1');
    assert.deepEqual(
      model.timeline.map((e) => [e.instant?.toISO(), [e.milestone, ...e.alsoMilestones].filter(Boolean).join()]),
      [
        ['2025-01-21T13:25:00.000+01:00', 'started'],
        ['2025-01-21T13:28:00.000+01:00', 'detected'],
        ['2025-01-21T14:38:00.000+01:00', 'identified'],
        ['2025-01-21T14:52:00.000+01:00', 'mitigated'],
        ['2025-01-21T15:20:00.000+01:00', 'resolved'],
      ],
    );
    assert.deepEqual(model.actionItems.map((i) => i.statusKind), ['done', 'in-progress']);
    // 13u25 to 15u20 is 115 minutes, not the 90 stated; the finished item is not overdue, the one under way is.
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => report.slice(f.start, f.end)), ['90 minuten']);
    assert.deepEqual(findings.filter((f) => f.code === 'action-item-overdue').map((f) => f.message.split('"')[1]), ['Change freeze during exam weeks']);
  });

  it('reads a French writer\'s "all hours are local time of Montréal (HAE / EDT)" as the times\' zone, and "local time in Sydney (AEDT)"', () => {
    const zoneOf = (line: string) => analyzeText(`# x\n\n${line}\n\n## Timeline\n\n- 08:02 Alarm\n`, { settings: DEFAULT_SETTINGS }).model.timezone;
    assert.equal(zoneOf('Note: all hours are local time of Montréal (HAE / EDT). Hours are noted in the 24 h format.'), 'HAE');
    assert.equal(zoneOf('Times are local time in Sydney (AEDT).'), 'AEDT');
    // Hours as a length are no statement of the zone.
    assert.equal(zoneOf('The cabinets were offline for all hours of the night shift (EDT staff were paged).'), undefined);
  });

  it('reads Dutch, Polish and Chinese headings in the authors\' own words, and Dutch owners and dues between dashes ("— Joost — vóór 1 april")', () => {
    const kinds = (headings: string[]) => analyzeText(headings.map((h) => `## ${h}\n\nTekst.\n`).join('\n'), { settings: DEFAULT_SETTINGS }).model.sections.map((s) => s.kind);
    assert.deepEqual(kinds(['Wat er gebeurde', 'Wat dit voor uw zendingen betekende', 'Wat is er geraakt', 'Waarom het zo lang duurde', 'Wat we gaan doen']), ['summary', 'impact', 'impact', 'root-cause', 'action-items']);
    assert.deepEqual(kinds(['Co się właściwie stało', 'Do zrobienia', '过程记录', '几个数字']), ['summary', 'action-items', 'timeline', 'impact']);
    // "Waarom" alone is the cause, as "Why" is; what it meant, for no one named, is not the impact.
    assert.deepEqual(kinds(['Waarom', 'Wat het betekende']), ['root-cause']);
    const items = ['- [ ] Disk-alert op alle nodes — @fatima.b — week 12', '- [ ] Alarm naar IT on-call routeren — Joost + Team Sorteersystemen — vóór 1 april', '- [ ] Werkinstructie ophangen — Joost — eind maart'];
    const found = analyzeText(['# Incidentreview', '', '## Acties', '', ...items, ''].join('\n'), { settings: DEFAULT_SETTINGS, today: '2025-03-20' }).model.actionItems;
    // "eind maart" after the owner is still not read as the due (nor "fin de marzo"): in a table's due column it is.
    assert.deepEqual(found.map((i) => [i.owner?.text ?? null, i.due?.text ?? null]), [['@fatima.b', 'week 12'], ['Joost + Team Sorteersystemen', '1 april'], ['Joost', null]]);
  });

  it('reads Polish, Swedish and more German and Portuguese headings, zone sentences and statuses; a Japanese firm\'s English headings', () => {
    const kinds = (headings: string[]) => analyzeText(headings.map((h) => `## ${h}\n\nTekst.\n`).join('\n'), { settings: DEFAULT_SETTINGS }).model.sections.map((s) => s.kind);
    assert.deepEqual(kinds(['Podsumowanie', 'Wpływ na użytkowników', 'Przebieg zdarzeń', 'Przyczyna źródłowa', 'Rozwiązanie', 'Działania naprawcze']), ['summary', 'impact', 'timeline', 'root-cause', 'resolution', 'action-items']);
    assert.deepEqual(kinds(['Sammanfattning', 'Påverkan', 'Grundorsak', 'Åtgärder under incidenten', 'Uppföljande åtgärder']), ['summary', 'impact', 'root-cause', 'resolution', 'action-items']);
    assert.deepEqual(kinds(['4. Ursachenanalyse', 'Maßnahmen zur Wiederherstellung', 'Korrektur- und Vorbeugemaßnahmen', 'Warum ist das passiert?', 'Itens de ação']), ['root-cause', 'resolution', 'action-items', 'root-cause', 'action-items']);
    assert.deepEqual(kinds(['1. Overview of the Incident', '2. Scope of Impact', '4. Chronology of Response', '6. Provisional Countermeasure', '7. Recurrence Prevention Measures']), ['summary', 'impact', 'timeline', 'resolution', 'action-items']);
    const zoneOf = (line: string) => analyzeText(`# x\n\n## Tidslinje\n\n${line}\n\n- 08:02 Larm\n`, { settings: DEFAULT_SETTINGS }).model.timezone;
    assert.equal(zoneOf('Alla tider anges i svensk tid (CET).'), 'CET');
    assert.equal(zoneOf('Toutes les heures sont exprimées en heure de Paris (UTC+2).'), 'UTC+2');
    assert.equal(zoneOf('Wszystkie godziny podano w czasie polskim (CEST, UTC+2).'), 'CEST');
    const statuses = ['Zrobione', 'W trakcie', 'Klar', 'Pågår', 'In Bearbeitung'].map((status) => `| Ta bort nyckeln | Anna | 2026-03-01 | ${status} |`);
    const table = ['# x', '', '## Uppföljande åtgärder', '', '| Åtgärd | Ansvarig | Frist | Status |', '|---|---|---|---|', ...statuses, ''].join('\n');
    assert.deepEqual(analyzeText(table, { settings: DEFAULT_SETTINGS }).model.actionItems.map((i) => i.statusKind), ['done', 'in-progress', 'done', 'in-progress', 'in-progress']);
    // Norwegian and Danish headings and statuses; a heading joining two names with another language's "and".
    assert.deepEqual(kinds(['Årsak', 'Løsning', 'Tiltak', 'Resolução e recuperação', 'Ursache und Behebung']), ['root-cause', 'resolution', 'action-items', 'resolution', 'root-cause']);
    const norwegian = ['Ferdig', 'Pågår', 'Ikke startet', 'Planlagt', 'Færdig'].map((status) => `| Fjerne nøkkelen | Ingrid | 2026-03-01 | ${status} |`);
    const tiltak = ['# x', '', '## Tiltak', '', '| Tiltak | Ansvarlig | Frist | Status |', '|---|---|---|---|', ...norwegian, ''].join('\n');
    assert.deepEqual(analyzeText(tiltak, { settings: DEFAULT_SETTINGS }).model.actionItems.map((i) => i.statusKind), ['done', 'in-progress', 'planned', 'planned', 'done']);
    // "estão" is no EST; a city's time in French, Spanish or Portuguese is its zone.
    assert.equal(zoneOf('Todos os horários estão em horário de Brasília (BRT, UTC−3).'), 'BRT');
    assert.equal(analyzeText('# x\n\n## Chronologie (heure de Paris)\n\n- 08:02 Alerte\n', { settings: DEFAULT_SETTINGS }).model.timezone, 'Europe/Paris');
    // "bis 30.10.": due by a day and month, the year the incident's.
    const german = '# Kafka\n\n**Datum:** 2026-10-16\n\n## Todos\n\n- [ ] Alert auf Consumer-Lag (@lena, bis 30.10.)\n- [ ] Batch-Größe koppeln (@mehmet, bis 06.11.)\n';
    const { model, findings } = analyzeText(german, { settings: DEFAULT_SETTINGS, today: '2026-11-01' });
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text, i.due?.text]), [['@lena', '30.10.'], ['@mehmet', '06.11.']]);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item')).map((f) => f.code), ['action-item-overdue']);
  });

});

describe('post-mortems in Chinese and in French typography', () => {
  it('reads a Chinese 故障复盘: numbered headings, fields with full-width colons, 北京时间, milestones and stated figures', () => {
    const text = [
      '# 订单系统故障复盘',
      '',
      '故障等级：一级故障',
      '发生时间：2024年7月15日 20:03',
      '故障时长：1小时20分',
      '',
      '## 一、故障概述',
      '',
      '订单创建失败，故障持续约 62 分钟。',
      '',
      '## 二、故障时间线（周一）',
      '',
      '以下时间均为北京时间。',
      '',
      '- 20:03 订单创建成功率开始下跌，这是影响开始的时间点',
      '- 20:11 告警触发，值班同学响应',
      '- 20:26 根因确认：配置中心推送了错误的价格配置',
      '- 20:31 回滚配置，止损',
      '- 20:40 部分业务已恢复',
      '- 21:05 业务完全恢复，宣布故障恢复',
      '',
      '## Root Cause 根因分析',
      '',
      '配置错误。',
      '',
      '## 影响范围',
      '',
      '全部用户。',
      '',
      '## 后续改进措施',
      '',
      '| 措施 | 负责人 | 截止时间 | 状态 |',
      '|---|---|---|---|',
      '| 增加配置校验 | 张晨 | 2024-08-15 | 进行中 |',
      '',
    ].join('\n');
    const { model, findings, index } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-07-20' });
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'timeline', 'root-cause', 'impact', 'action-items']);
    assert.equal(model.timezone, 'Asia/Shanghai');
    assert.deepEqual(model.incidentDate, { year: 2024, month: 7, day: 15 });
    assert.equal(model.timeline[0].instant?.toISO(), '2024-07-15T20:03:00.000+08:00');
    assert.deepEqual(model.timeline.map((e) => [e.milestone, ...e.alsoMilestones].filter(Boolean).join('+')), ['started', 'detected+acknowledged', 'identified', 'mitigated', '', 'resolved']);
    assert.equal(model.durations.impactMinutes, 62);
    // "1小时20分" against 62 minutes is wrong; "持续约 62 分钟" is right.
    const line = (f: { start: number }) => index.lines.positionAt(f.start).line + 1;
    assert.deepEqual(findings.filter((f) => f.code.startsWith('stated') || f.code.startsWith('severity')).map((f) => `${line(f)} ${f.code}`), ['5 stated-duration-mismatch']);
    assert.deepEqual(model.actionItems.map((i) => [i.action.text, i.owner?.text, i.statusKind]), [['增加配置校验', '张晨', 'in-progress']]);
  });

  it('reads a Japanese 障害報告書: its headings, "時刻はすべて JST です", "（JST）" in a heading, milestone wording', () => {
    const text = [
      '# 決済APIタイムアウト多発 ポストモーテム',
      '',
      '## サマリ',
      '',
      '2024年7月15日、決済APIでタイムアウトが多発しました。',
      '',
      '- 影響時間: 約46分',
      '- 検知までの時間: 7分',
      '',
      '## 何が起きたか',
      '',
      '時刻はすべて JST です。',
      '',
      '- 14:02 payment-api の p99 レイテンシが悪化し始める',
      '- 14:09 Datadog モニターが発報',
      '- 14:12 オンコールが ACK、調査開始',
      '- 14:35 原因特定：決済代行側の応答遅延',
      '- 14:48 エラー率が低下、影響緩和',
      '- 15:10 ステータスページを「復旧中」に更新',
      '- 15:30 完全復旧を確認',
      '',
      '## なぜ起きたか',
      '',
      'タイムアウト設定が長すぎた。',
      '',
      '## アクションアイテム',
      '',
      '- [ ] タイムアウトを 3 秒に短縮する（@kobayashi, 7/31）',
      '- [x] 連絡先を ML に変更 → 担当：CS 木村さん、7/19 完了',
      '- [ ] Runbook を整備する @<担当者>',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-07-20' });
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'summary', 'root-cause', 'action-items']);
    assert.equal(model.timezone, 'JST');
    assert.equal(model.timeline[0].instant?.toISO(), '2024-07-15T14:02:00.000+09:00');
    // "復旧中" is still recovering: no resolution until "完全復旧".
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? ''), ['started', 'detected', 'acknowledged', 'identified', 'mitigated', '', 'resolved']);
    // "影響時間: 約46分": the author's impact ends at the mitigation, and the figures agree with the timeline.
    assert.equal(model.durations.impactMinutes, 46);
    assert.deepEqual(model.statedFigures.map((f) => [f.kind, f.statedMinutes]), [['impact', 46], ['detect', 7]]);
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text, i.dueDate && `${i.dueDate.month}/${i.dueDate.day}`, i.statusKind]),
      [['タイムアウトを 3 秒に短縮する', '@kobayashi', '7/31', 'planned'], ['連絡先を ML に変更', 'CS 木村さん', '7/19', 'done'], ['Runbook を整備する', '@<担当者>', undefined, 'planned']],
    );
    assert.deepEqual(findings.filter((f) => f.code === 'placeholder' || f.code.startsWith('stated')).map((f) => f.data?.placeholder ?? f.code), ['<担当者>']);
    const heading = analyzeText('# バッチ遅延\n\n## タイムライン（JST）\n\n- 23:10 バッチ開始\n', { settings: DEFAULT_SETTINGS }).model;
    assert.equal(heading.timezone, 'JST');
  });

  it('reads "9月27日（金）18:30" as a month and day with their time, and takes no report date ("報告日：", "复盘会议：") for the incident\'s', () => {
    const text = [
      '# 振込予約処理遅延に関する障害報告書',
      '',
      '報告日：2024年10月8日',
      '',
      '2024年10月1日、振込予約バッチが遅延しました。',
      '',
      '## 時系列',
      '',
      '| 日時 | 内容 |',
      '|---|---|',
      '| 9月27日（金）18:30 | ジョブネット定義の変更をリリース |',
      '| 10月1日（火）06:30 | 振込予約バッチ起動 |',
      '| 07:12 | ジョブ遅延アラートを検知 |',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-10-10' });
    assert.deepEqual(model.incidentDate, { year: 2024, month: 10, day: 1 });
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()?.slice(0, 16)), ['2024-09-27T18:30', '2024-10-01T06:30', '2024-10-01T07:12']);
    assert.deepEqual(findings.filter((f) => f.code === 'timeline-unparsed-time' || f.code === 'timeline-out-of-order'), []);
    const review = analyzeText('# 故障复盘\n\n**复盘会议**：2024年7月17日 15:00\n\n2024年7月15日晚高峰，订单异常。\n', { settings: DEFAULT_SETTINGS }).model;
    assert.deepEqual(review.incidentDate, { year: 2024, month: 7, day: 15 });
  });

  it('reads "#### 1月20日（月）" and "### 11월 2일 (토)" alone on their line as the day of the entries below them', () => {
    const text = ['# 障害報告', '', '発生日：2025年1月20日', '', '## 時系列', '', '#### 1月20日（月）', '', '- 23:50 エラー率が増加し始める', '', '#### 1月22日（水）', '', '- 09:10 完全復旧', ''].join('\n');
    assert.deepEqual(
      analyzeText(text, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.instant?.toISO()?.slice(0, 16)),
      ['2025-01-20T23:50', '2025-01-22T09:10'],
    );
    const korean = ['# 장애 리포트 (2024년 11월 2일)', '', '## 타임라인', '', '### 11월 2일 (토)', '', '- 23:40 세션 실패율 상승 시작', '', '### 11월 4일 (월)', '', '- 01:20 장애 종료', ''].join('\n');
    assert.deepEqual(
      analyzeText(korean, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => e.instant?.toISO()?.slice(0, 16)),
      ['2024-11-02T23:40', '2024-11-04T01:20'],
    );
  });

  it('reads a Korean 장애 보고서: numbered headings, "2024년 3월 7일 (목)" day headings, "한국 표준시", milestone wording', () => {
    const text = [
      '# 알림 발송 지연 장애 회고',
      '',
      '### 1. 장애 현상',
      '',
      '알림 발송이 약 2시간 지연되었습니다.',
      '',
      '### 2. 장애 경과',
      '',
      '#### 2024년 3월 7일 (목)',
      '',
      '- 23:52 발송 지연 시작',
      '- 23:58 lag 알람 발생, 온콜 호출',
      '',
      '#### 2024년 3월 8일 (금)',
      '',
      '- 00:06 장애 선언, 대응 시작',
      '- 00:21 원인 파악: 배치가 알림을 건별로 발행',
      '- 00:30 consumer scale-out, 지연 완화',
      '- 01:47 발송 지연 해소, 정상화',
      '',
      '### 3. 장애 원인',
      '',
      '배치 설정 오류.',
      '',
      '### 4. 재발 방지 대책',
      '',
      '1. 배치 rate limit 설정 — 담당: 윤재호, ~3/22',
      '2. consumer 오토스케일링 검토 (한소희, 3월 29일까지)',
      '3. 파티션 수 증설 (담당 미정)',
      '',
      '※ 시각은 모두 한국 표준시 기준임. 장애 지속 시간: 약 1시간 55분.',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-20' });
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'timeline', 'root-cause', 'action-items']);
    assert.equal(model.timezone, 'Asia/Seoul');
    assert.deepEqual(model.timeline.map((e) => e.instant?.toISO()?.slice(0, 16)), ['2024-03-07T23:52', '2024-03-07T23:58', '2024-03-08T00:06', '2024-03-08T00:21', '2024-03-08T00:30', '2024-03-08T01:47']);
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? ''), ['started', 'detected', 'acknowledged', 'identified', 'mitigated', 'resolved']);
    assert.equal(model.durations.impactMinutes, 115);
    assert.deepEqual(model.statedFigures.map((f) => [f.kind, f.statedMinutes]), [['impact', 115]]);
    // "(담당 미정)": the owner is still to be decided.
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text, i.dueDate && `${i.dueDate.month}/${i.dueDate.day}`]),
      [['배치 rate limit 설정', '윤재호', '3/22'], ['consumer 오토스케일링 검토', '한소희', '3/29'], ['파티션 수 증설 (담당 미정)', undefined, undefined]],
    );
  });

  it('reads Korean fields in brackets ("(담당: 윤성훈 / 기한: 11/15)"), a closing "— 완료" as the status, and more Korean headings', () => {
    const text = [
      '# 코어망 세션 실패 장애 리포트',
      '',
      '## 현상',
      '',
      '2024년 11월 2일 세션 실패율이 급증했습니다.',
      '',
      '## 장애 타임라인',
      '',
      '- 02:10 세션 실패율 상승 시작',
      '- 02:40 장애 종료',
      '',
      '## 할 일',
      '',
      '- [ ] 절차서에 diff 검증 단계 추가 (담당: 윤성훈 / 기한: 11/15)',
      '- [ ] 알람 기준 조정 (담당: NOC 김하늘 / 기한: 11/8) — 완료',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-11-10' });
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'timeline', 'action-items']);
    assert.deepEqual(
      model.actionItems.map((i) => [i.action.text, i.owner?.text, i.dueDate && `${i.dueDate.month}/${i.dueDate.day}`, i.statusKind]),
      [['절차서에 diff 검증 단계 추가', '윤성훈', '11/15', 'planned'], ['알람 기준 조정', 'NOC 김하늘', '11/8', 'done']],
    );
  });

  it('reads French typography and wording: "14 h 05", "1 h 15", "heure belge", HNE / HAE, "Chronologie des événements", "Réalisée"', () => {
    const text = [
      '# Compte rendu d\'incident : virements instantanés rejetés',
      '',
      '**Date de l\'incident :** 3 avril 2024',
      '',
      '## Résumé',
      '',
      'Les virements instantanés ont été rejetés. Durée totale : 2 h 05',
      '',
      '## Chronologie des événements',
      '',
      'Toutes les heures sont en heure belge.',
      '',
      '- 08 h 42 : début des erreurs côté passerelle',
      '- 08 h 55 : alerte déclenchée, l\'astreinte accuse réception',
      '- 10 h 47 : retour à la normale confirmé',
      '',
      '## Causes profondes',
      '',
      'Un certificat tronqué.',
      '',
      '## Impacts',
      '',
      'Environ 12 000 virements.',
      '',
      '## Plan d\'actions',
      '',
      '| Action | Porteur | Échéance | Statut |',
      '|---|---|---|---|',
      '| Tester la chaîne de certificats | Équipe Middleware | 2024-05-15 | Réalisée |',
      '| Alerter sur le taux de rejet | Équipe Paiements | 2024-06-30 | À venir |',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-06-01' });
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'timeline', 'root-cause', 'impact', 'action-items']);
    assert.deepEqual(model.timeline.map((e) => [e.instant?.toISO(), e.milestone]), [['2024-04-03T08:42:00.000+02:00', 'started'], ['2024-04-03T08:55:00.000+02:00', 'detected'], ['2024-04-03T10:47:00.000+02:00', 'resolved']]);
    assert.equal(model.durations.impactMinutes, 125);
    assert.deepEqual(model.actionItems.map((i) => i.statusKind), ['done', 'planned']);
    assert.deepEqual(findings.filter((f) => /^(?:stated|action-item-unknown|timezone)/.test(f.code)), []);
    // "1 h 15" is 75 minutes; "1 h 15 min" too; a Quebec team's zones.
    const stated = (line: string) => analyzeText(`# x\n\n${line}\n`, { settings: DEFAULT_SETTINGS }).model.statedFigures.map((f) => f.statedMinutes);
    assert.deepEqual(stated('Durée totale : 1 h 15'), [75]);
    assert.deepEqual(stated('Durée totale : 1 h 15 min'), [75]);
    const quebec = analyzeText('# x\n\n**Date :** 2024-03-10\n\n## Chronologie\n\n- **0 h 20 HNE** — arrêt du portail\n- **4 h 10 HAE** — cause identifiée\n', { settings: DEFAULT_SETTINGS }).model.timeline;
    assert.deepEqual(quebec.map((e) => e.instant?.toISO()), ['2024-03-10T00:20:00.000-05:00', '2024-03-10T04:10:00.000-04:00']);
  });

  it('reads a French timeline told in sentences ("À 02 h 10, ...", "... relance l\'étape à 02 h 38") and its milestone wording', () => {
    const text = [
      '# Revue post-incident : extraits en retard',
      '',
      '**Date :** 4 mars 2024',
      '',
      '## Chronologie',
      '',
      'À 02 h 31, l\'étape de validation se termine en erreur. L\'opérateur relance l\'étape à 02 h 38, avec le même résultat.',
      '',
      'À 06 h 00, rien n\'est livré aux clients. C\'est le début de l\'impact client.',
      '',
      'À 09 h 25, l\'Incident Manager accuse réception de l\'alerte. À 11 h 45, la cause est confirmée : un calcul de longueur en octets.',
      '',
      'À 15 h 30, l\'ancien module est réinstallé. À 17 h 40, retour à la normale.',
      '',
    ].join('\n');
    const { model } = analyzeText(text, { settings: DEFAULT_SETTINGS });
    assert.deepEqual(model.timeline.map((e) => [e.timeText.replace(/^à\s+/i, ''), e.milestone ?? null]), [
      ['02 h 31', null],
      ['02 h 38', null],
      ['06 h 00', 'started'],
      ['09 h 25', 'acknowledged'],
      ['11 h 45', 'identified'],
      ['15 h 30', 'mitigated'],
      ['17 h 40', 'resolved'],
    ]);
    assert.equal(model.durations.impactMinutes, 700);
  });
});

describe('post-mortems in Russian, Indonesian and Vietnamese', () => {
  it('reads a Russian разбор инцидента: sections, "3 апреля 2024 г.", МСК, severity, milestones, "1 ч 20 мин", the action table', () => {
    const text = [
      '# Разбор инцидента: ошибки 500 при оформлении заказа',
      '',
      '**Дата:** 3 апреля 2024 г.',
      '**Критичность:** высокая',
      '**Длительность простоя:** 1 ч 20 мин',
      '',
      '## Кратко',
      '',
      'Оформление заказа возвращало ошибки.',
      '',
      '## Влияние',
      '',
      'Все покупатели.',
      '',
      '## Хронология',
      '',
      'Время МСК.',
      '',
      '- 14:05 Начало влияния: растёт доля ошибок 500',
      '- 14:09 Сработал алерт checkout_5xx_rate',
      '- 14:12 Дежурный подтвердил алерт',
      '- 14:40 Причина найдена: исчерпан пул соединений',
      '- 15:02 Откат завершён',
      '- 15:25 Сервис восстановлен',
      '',
      '## Корневая причина',
      '',
      'Пул соединений.',
      '',
      '## Действия',
      '',
      '| Задача | Ответственный | Срок | Статус |',
      '|---|---|---|---|',
      '| Увеличить пул | А. Ким | 2024-04-20 | сделано |',
      '| Алерт на пул | И. Петров | 2024-05-01 | в работе |',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-04-10' });
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'impact', 'timeline', 'root-cause', 'action-items']);
    assert.deepEqual(model.incidentDate, { year: 2024, month: 4, day: 3 });
    assert.equal(model.timezone, 'Europe/Moscow');
    assert.equal(model.timeline[0].instant?.toISO(), '2024-04-03T14:05:00.000+03:00');
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? null), ['started', 'detected', 'acknowledged', 'identified', 'mitigated', 'resolved']);
    assert.equal(model.durations.impactMinutes, 80);
    assert.deepEqual(model.actionItems.map((i) => [i.owner?.text, i.statusKind]), [['А. Ким', 'done'], ['И. Петров', 'in-progress']]);
    assert.deepEqual(findings.filter((f) => f.code !== 'missing-section' || !/Resolution/.test(f.message)).map((f) => f.code), []);
  });

  it('reads Indonesian and Vietnamese: Kronologi / Tindak Lanjut, WITA / ICT, "1 jam 52 menit", "8 phút", Tenggat, Selesai', () => {
    const text = [
      '# Laporan Insiden: settlement QRIS terlambat',
      '',
      'Tanggal: 2024-02-27',
      'Durasi gangguan: 1 jam 52 menit',
      '',
      '## Ringkasan',
      '',
      'Settlement terlambat.',
      '',
      '## Dampak',
      '',
      'Merchant wilayah timur.',
      '',
      '## Kronologi',
      '',
      'Semua jam di bawah dalam WITA (GMT+8).',
      '',
      '- 16:10 job settlement gagal',
      '- 18:02 backlog cleared, settlement resumed',
      '',
      '## Akar Masalah',
      '',
      'Batas waktu job terlalu pendek.',
      '',
      '## Tindak Lanjut',
      '',
      '| Tindakan | PIC | Tenggat | Status |',
      '|---|---|---|---|',
      '| Naikkan timeout job | Yudha | 2024-03-10 | Selesai |',
      '| Tambah alert backlog | Rina | 2024-03-20 | Dalam proses |',
      '| Review jadwal batch | Dewi | 2024-03-31 | Belum mulai |',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(text, { settings: DEFAULT_SETTINGS, today: '2024-03-01' });
    assert.deepEqual(model.sections.map((s) => s.kind), ['summary', 'impact', 'timeline', 'root-cause', 'action-items']);
    assert.equal(model.timezone, 'WITA');
    assert.equal(model.timeline[0].instant?.toISO(), '2024-02-27T16:10:00.000+08:00');
    assert.deepEqual(model.statedFigures.map((f) => f.statedMinutes), [112]);
    assert.deepEqual(model.actionItems.map((i) => [i.due?.text, i.statusKind]), [['2024-03-10', 'done'], ['2024-03-20', 'in-progress'], ['2024-03-31', 'planned']]);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('action-item') || f.code.startsWith('timezone')), []);
    const vietnamese = analyzeText('# Sự cố thanh toán\n\n## Tóm tắt\n\nThanh toán thất bại trong khoảng 8 phút.\n\n## Dòng thời gian (ICT)\n\n- 19:02 lỗi bắt đầu\n', { settings: DEFAULT_SETTINGS }).model;
    assert.deepEqual([vietnamese.sections.map((s) => s.kind), vietnamese.timezone], [['summary', 'timeline'], 'ICT']);
  });

  it('reads owners in Cyrillic and with Vietnamese diacritics, and timelines told in sentences after "Pukul" and "в"', () => {
    const actions = analyzeText('# x\n\n## Действия\n\n- проверить остальные хосты панели — Сергей\n- Update the dispatch runbook — Owner: Tuấn — Done\n', { settings: DEFAULT_SETTINGS }).model.actionItems;
    assert.deepEqual(actions.map((i) => i.owner?.text), ['Сергей', 'Tuấn']);
    const told = (paragraph: string) => analyzeText(`# x\n\n**Date:** 2024-02-27\n\n## Kronologi\n\n${paragraph}\n`, { settings: DEFAULT_SETTINGS }).model.timeline.map((e) => [e.stamp?.time?.hour, e.stamp?.time?.minute]);
    assert.deepEqual(told('Pukul 13.05 job settlement mulai jalan. Tim ops melihat backlog pukul 14.40 dan eskalasi.'), [[13, 5], [14, 40]]);
    assert.deepEqual(told('В 14:05 сработал алерт. Дежурный подтвердил его в 14:12.'), [[14, 5], [14, 12]]);
  });

  it('reads a Portuguese notice: "Data" and "Data da ocorrência", "horário de Brasília", its milestone words, a window and its length in words, "15 abr. 2025"', () => {
    const notice = [
      '# Comunicação de Incidente – Pix',
      '',
      '- **Data da ocorrência:** 21/03/2025',
      '- **Período de indisponibilidade:** das 19h02 às 20h46, totalizando 1h24min',
      '',
      'Horários em horário de Brasília.',
      '',
      '## Cronologia dos eventos',
      '',
      '| Horário | Evento |',
      '|---|---|',
      '| 19h02 | Instalação do novo certificado. Início das falhas de handshake |',
      '| 19h09 | Opsgenie dispara alerta P1 |',
      '| 19h14 | Plantonista confirma o recebimento do alerta |',
      '| 19h31 | Camila acha o problema: falta a AC intermediária |',
      '| 20h17 | Taxa de erro abaixo de 1%. Serviço estabilizado |',
      '| 20h46 | Fila zerada, tudo normal |',
      '',
      '## Próximos passos',
      '',
      '- [ ] Validação automática da cadeia — @Camila Rezende — 15 abr. 2025',
      '',
    ].join('\n');
    const { model, findings } = analyzeText(notice, { settings: DEFAULT_SETTINGS, today: '2025-04-01' });
    assert.equal(model.timeline[0].instant?.toISO(), '2025-03-21T19:02:00.000-03:00');
    assert.deepEqual(model.timeline.map((e) => e.milestone ?? '-'), ['started', 'detected', 'acknowledged', 'identified', 'mitigated', 'resolved']);
    assert.deepEqual(model.actionItems[0].dueDate, { year: 2025, month: 4, day: 15 });
    // 19h02 to 20h46 is 1h44, not the 1h24 written after it.
    assert.deepEqual(findings.filter((f) => f.code === 'stated-duration-mismatch').map((f) => notice.slice(f.start, f.end)), ['1h24min']);
    // A header's "Data" is the incident's date.
    assert.equal(analyzeText('# Pix gateway outage\n\n| Campo | Valor |\n|---|---|\n| Data | 21/03/2025 |\n', { settings: DEFAULT_SETTINGS }).model.incidentDate?.day, 21);
  });

  it('reads Norwegian, Italian and Portuguese headings and Norwegian and Danish zone sentences ("Tider er CEST", "Alle tidspunkter er norsk tid (CET)")', () => {
    const kinds = (headings: string[]) => analyzeText(headings.map((h) => `## ${h}\n\nTekst.\n`).join('\n'), { settings: DEFAULT_SETTINGS }).model.sections.map((s) => s.kind);
    assert.deepEqual(kinds(['Kort fortalt', 'Påvirkning', 'Logg', 'Hvorfor skjedde det?', 'Hva gjør vi videre?']), ['summary', 'impact', 'timeline', 'root-cause', 'action-items']);
    assert.deepEqual(kinds(['Cosa è successo', 'Numeri', 'Perché è successo', 'Ripristino', 'Prossimi passi']), ['summary', 'impact', 'root-cause', 'resolution', 'action-items']);
    // "Cosa faremo" stays unread on purpose: its prose items name their owners as subjects the engine cannot read ("Sara
    // Marino chiede a LogiNord ..."), and five false missing-owner warnings are worse than one missing section.
    assert.deepEqual(kinds(['Cosa faremo']), []);
    assert.deepEqual(kinds(['Reposição', 'Porque é que isto aconteceu', 'O que vamos fazer', 'O que aprendemos', 'Getting it fixed', 'What helped']), ['resolution', 'root-cause', 'action-items', 'lessons-learned', 'resolution', 'lessons-learned']);
    const zoneOf = (line: string) => analyzeText(`# x\n\n## Logg\n\n${line}\n\n- 08:02 Alarm\n`, { settings: DEFAULT_SETTINGS }).model.timezone;
    assert.equal(zoneOf('Alle tidspunkter er norsk tid (CET), 14.02.2025.'), 'CET');
    assert.equal(zoneOf('_Tider er CEST._'), 'CEST');
    assert.equal(zoneOf('Tidspunkterne er i CET.'), 'CET');
    assert.equal(zoneOf('(시간은 전부 KST)'), 'KST');
    // Not a zone: times told, no zone named.
    assert.equal(zoneOf('Tidene er lange.'), undefined);
  });

  it('reads "hora de Lisboa" as the times\' zone, and "Nessun alert", "ingen alert" as no detection', () => {
    assert.equal(analyzeText('# x\n\nAs horas abaixo são todas hora de Lisboa.\n\n## Cronologia\n\n- 19:12 expirou o certificado\n', { settings: DEFAULT_SETTINGS }).model.timezone, 'Europe/Lisbon');
    const milestones = (line: string) => analyzeText(`# x\n\n## Log\n\n- 23:10 – il sync va in timeout\n- 23:25 – ${line}\n`, { settings: DEFAULT_SETTINGS }).model.timeline[1].milestone;
    assert.equal(milestones('anche i cicli successivi vanno in timeout. Nessun alert.'), undefined);
    assert.equal(milestones('ingen alert, ingen så det'), undefined);
    assert.equal(milestones('alert fires, on-call paged'), 'detected');
  });

  it('reads Danish, Spanish, German 8D, Japanese and more English headings ("Rodårsag", "Qué hicimos", "D2 – Problembeschreibung", "アクション", "Reasons")', () => {
    const kinds = (headings: string[]) => analyzeText(headings.map((h) => `## ${h}\n\nTekst.\n`).join('\n'), { settings: DEFAULT_SETTINGS }).model.sections.map((s) => s.kind);
    assert.deepEqual(kinds(['Resumé', 'Tal', 'Forløb', 'Rodårsag', 'Hvad gik godt', 'Handlingspunkter', 'Opfølgning']), ['summary', 'impact', 'timeline', 'root-cause', 'lessons-learned', 'action-items', 'action-items']);
    assert.deepEqual(kinds(['Cifras', 'Qué hicimos', 'Qué vamos a cambiar', 'D2 – Problembeschreibung', 'Nächste Schritte']), ['impact', 'resolution', 'action-items', 'summary', 'action-items']);
    assert.deepEqual(kinds(['ざっくり何が起きたか', 'アクション', 'Reasons', 'Action taken / proposed', 'The impact in numbers']), ['summary', 'action-items', 'root-cause', 'resolution', 'impact']);
  });
});

