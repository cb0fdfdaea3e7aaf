import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readSeed, repoRoot, seedPath, sharedMissing } from '../helpers/paths';

const CLI = join(repoRoot, 'dist', 'cli.js');

function run(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? repoRoot, input: options.input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('postmortem CLI', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-cli-'));
    mkdirSync(join(dir, 'postmortems'));
    writeFileSync(join(dir, 'postmortems', 'outage.md'), '# Post-Mortem: [Incident Title]\n\n## Action Items\n\n- [ ] Add an alert\n');
    writeFileSync(join(dir, 'README.md'), '# Project\n\nTODO: [Name]\n');
    // Found by content under a name that says nothing, in a static site's ERB Markdown; and the team's template.
    writeFileSync(join(dir, 'postmortems', 'TEMPLATE.md'), '# Post-Mortem: [Incident Title]\n\n## Timeline\n\n| HH:mm | [Event] |\n');
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', '2024-03-03.html.md.erb'), '# Website outage\n\n## Timeline\n\n- 10:00 UTC Site down\n- 10:30 UTC Site back up\n\n## Root cause\n\nA rename.\n\n## Action items\n\n- Pin the branch\n');
    // Kept under its bare title, no extension: a post-mortem by content. Beside it, files without an extension that
    // are not: a script whose comments read like headings, a binary file, a licence, and a large file.
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'PM2022-009 - Bad node image'), '# Bad node image\n\n## Timeline\n\n- 10:00 UTC Nodes fail\n- 10:30 UTC Image rolled back\n\n## Root cause\n\nA recalled image.\n\n## Action items\n\n- Pin the image\n');
    writeFileSync(join(dir, 'reports', 'deploy'), '#!/bin/sh\n# Timeline\n# Root cause\n# Action items\necho 10:00 UTC\n');
    writeFileSync(join(dir, 'reports', 'snapshot'), Buffer.concat([Buffer.from('# Outage\n\n## Timeline\n\n- 10:00 UTC Down\n\n## Root cause\n\nX\n\n## Action items\n\n- Y\n'), Buffer.from([0, 1, 2])]));
    writeFileSync(join(dir, 'reports', 'LICENSE'), 'MIT License\n\nCopyright (c) 2024\n');
    writeFileSync(join(dir, 'reports', 'huge'), `# Outage\n\n## Timeline\n\n- 10:00 UTC Down\n\n## Root cause\n\nX\n\n## Action items\n\n- Y\n${'x'.repeat(2 * 1024 * 1024)}\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lints a folder: post-mortems only, file:line:col severity code message', () => {
    const { status, stdout } = run(['lint', '.', '--today', '2025-12-01'], { cwd: dir });
    assert.equal(status, 0);
    assert.match(stdout, /^postmortems\/outage\.md:1:16 warning placeholder Template placeholder "\[Incident Title\]"/m);
    assert.match(stdout, /^postmortems\/outage\.md:5:7 warning action-item-missing-owner /m);
    assert.match(stdout, /^site\/2024-03-03\.html\.md\.erb:\d+:\d+ warning action-item-missing-owner /m);
    assert.match(stdout, /^reports\/PM2022-009 - Bad node image:\d+:\d+ warning action-item-missing-owner /m);
    assert.doesNotMatch(stdout, /README|TEMPLATE|deploy|snapshot|LICENSE|huge/);
    assert.match(stdout, /^3 files checked: 0 errors, \d+ warnings/m);
  });

  it('exits 1 on an error-level finding and when --max-warnings is exceeded', () => {
    assert.equal(run(['lint', '.', '--max-warnings', '1'], { cwd: dir }).status, 1);
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { placeholder: 'error' } }));
    try {
      const { status, stdout } = run(['lint', 'postmortems/outage.md'], { cwd: dir });
      assert.equal(status, 1);
      assert.match(stdout, /1:16 error placeholder/);
    } finally {
      rmSync(join(dir, '.postmortemrc.json'));
    }
  });

  it('exits 2 on bad usage, naming the problem', () => {
    for (const args of [['lint'], ['lint', 'nope.md'], ['lint', '.', '--format', 'xml'], ['frobnicate'], ['lint', '.', '--bogus']]) {
      const { status, stderr } = run(args, { cwd: dir });
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^postmortem: .+\n\nUsage:/);
    }
  });

  it('reads standard input with "-" and globs with their own base', () => {
    const stdin = run(['lint', '-'], { input: '# Post-Mortem: x\n\nOwner: [Name]\n' });
    assert.match(stdin.stdout, /^<stdin>:3:8 warning placeholder/m);
    const glob = run(['lint', 'postmortems/*.md', '--format', 'json'], { cwd: dir });
    const files = JSON.parse(glob.stdout) as { file: string; diagnostics: { line: number; code: string }[] }[];
    assert.deepEqual(files.map((f) => f.file), ['postmortems/outage.md']);
    assert.ok(files[0].diagnostics.some((d) => d.code === 'placeholder' && d.line === 1));
  });

  it('writes SARIF 2.1.0 with rules and 1-based regions', () => {
    const sarif = JSON.parse(run(['lint', 'postmortems', '--format', 'sarif'], { cwd: dir }).stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === 'action-item-missing-owner'));
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'placeholder');
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 16, endLine: 1, endColumn: 32 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'postmortems/outage.md');
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'placeholder');
  });

  it('analyze prints the model contract for the seed', { skip: sharedMissing }, () => {
    const { status, stdout } = run(['analyze', seedPath, '--format', 'json', '--today', '2025-10-27']);
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['title', 'severity', 'incidentDate', 'timezone', 'sections', 'timeline', 'durations', 'durationsStated', 'statedFigures', 'actionItems', 'diagnostics', 'errorBudget']);
    assert.equal(report.title, '[Incident Title]');
    assert.equal(report.incidentDate, null);
    assert.equal(report.timeline.length, 15);
    assert.deepEqual(report.timeline[0], { line: 18, time: '14:00', at: null, event: 'Alert: "Database Connection Pool Exhausted"', actor: 'Monitoring', milestone: 'detected', milestones: ['started', 'detected'], approximate: false });
    assert.deepEqual(report.errorBudget, { sloPercent: 99.9, sloStated: true, windowMinutes: 43200, budgetMinutes: 43.2, downtimeMinutes: 30, availabilityPercent: 99.9306, breached: false });
    // Impact began at 14:00, the alert's time: the seed's own window ("from 14:00-14:30") says so.
    assert.deepEqual(report.durations, { detectMinutes: 0, acknowledgeMinutes: 2, mitigateMinutes: 15, resolveMinutes: 30, impactMinutes: 30, totalMinutes: 150 });
    assert.deepEqual(report.durationsStated, [], 'every figure of the seed comes from its timeline');
    assert.deepEqual(report.actionItems[2], { line: 132, action: 'Add connection timeout (30s)', owner: 'Tom (DBA)', priority: 'P2', due: '2025-10-28', status: '⏳ In Progress' });
    assert.ok(report.statedFigures.some((f: { text: string; computedMinutes: number }) => f.text === '2.5 hours' && f.computedMinutes === 150));
    const seed = readSeed().split('\n');
    const placeholder = report.diagnostics.find((d: { code: string }) => d.code === 'placeholder');
    assert.equal(seed[placeholder.line - 1].slice(placeholder.column - 1, placeholder.endColumn - 1), '[Incident Title]');
  });

  it('resolves instants with the incident date and the stated zone', () => {
    const file = join(dir, 'dated.md');
    writeFileSync(file, '# Post-Mortem: CDN\n\n**Date:** 2025-03-09\n\n## Timeline\n\nAll times in CET.\n\n- 23:50 Errors began, alert fired\n- 00:20 Cache purged, service restored\n');
    const report = JSON.parse(run(['analyze', file]).stdout);
    assert.deepEqual(report.timeline.map((e: { at: string }) => e.at), ['2025-03-09T23:50:00.000+01:00', '2025-03-10T00:20:00.000+01:00']);
    // Across midnight: from the start to the restoration.
    assert.equal(report.durations.impactMinutes, 30);
  });
});
