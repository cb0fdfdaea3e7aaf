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
