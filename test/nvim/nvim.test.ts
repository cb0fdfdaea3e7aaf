import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { applyEdits } from '../helpers/applyEdits';
import { LspTestClient } from '../helpers/lspClient';
import { readRepoFile, repoRoot, sharedMissing } from '../helpers/paths';
import { freshWorkspace, nvimMissing, readmeConfig, runNeovim, type Step, type StepResult } from './neovim';

// Neovim's own LSP client (Debian's 0.7.2, headless, the README's 0.7-0.10 configuration) against the built server,
// compared with what the server tells a direct stdio client (test/helpers/lspClient.ts) about the same text.

const EXAMPLES = readdirSync(join(repoRoot, 'examples', 'postmortems')).filter((name) => name.endsWith('.md')).map((name) => `postmortems/${name}`);
const SEED = 'postmortems/2025-10-26-seed.md';
const CLEAN = 'postmortems/2025-10-26-database-connection-pool.md';
const FILES = sharedMissing ? EXAMPLES : [...EXAMPLES, SEED];

const cleanLines = readRepoFile(join('examples', CLEAN)).split('\n');
/** A timeline time in the clean example, and its header's severity line (rewritten to `Severity: `). */
const hoverLine = cleanLines.findIndex((line) => line.startsWith('| 14:15 |'));
const severityLine = cleanLines.findIndex((line) => line.includes('Severity:'));

/** The defect example's unchosen severity ("SEV1 / SEV2 / SEV3", ASCII only), which a quick fix picks. */
const CHECKOUT = 'postmortems/2025-11-14-checkout-latency.md';
const checkoutLines = readRepoFile(join('examples', CHECKOUT)).split('\n');
const checkoutSeverityLine = checkoutLines.findIndex((line) => line.includes('SEV1 / SEV2 / SEV3'));
const CHOSEN_SEVERITY_FIX = 'Set severity to SEV2';

/** The steps, and the index of each step's result. */
const steps: Step[] = [];
const at: Record<string, number> = {};
function step(name: string, s: Step): void {
  at[name] = steps.push(s) - 1;
}
for (const file of FILES) {
  step(`open ${file}`, { op: 'open', file });
  step(`diagnostics ${file}`, { op: 'diagnostics', file });
}
step('hover', { op: 'hover', file: CLEAN, line: hoverLine, col: 2 });
step('code lenses', { op: 'codeLenses', file: CLEAN });
step('severity fix', { op: 'codeAction', file: CHECKOUT, line: checkoutSeverityLine, col: checkoutLines[checkoutSeverityLine].indexOf('SEV1'), choose: CHOSEN_SEVERITY_FIX });
step('severity line', { op: 'setLine', file: CLEAN, line: severityLine, text: 'Severity: ' });
step('completion', { op: 'completion', file: CLEAN, line: severityLine });

/** The timeline heading of the clean example, where its code lens is. */
const timelineHeadingLine = cleanLines.findIndex((line) => /^#+ Timeline/.test(line));
step('run code lens', { op: 'runCodeLens', file: CLEAN, line: timelineHeadingLine });

// The defect example lacks Root Cause and Resolution, both reported on its title: each warning's fix, chosen
// through vim.lsp.buf.code_action() on the title (Neovim sends every diagnostic of the line), adds its own section.
for (const section of ['Resolution', 'Root Cause']) {
  step(`close before ${section}`, { op: 'close', file: CHECKOUT });
  step(`reopen for ${section}`, { op: 'open', file: CHECKOUT });
  step(`diagnostics for ${section}`, { op: 'diagnostics', file: CHECKOUT });
  step(`add ${section}`, { op: 'codeAction', file: CHECKOUT, line: 0, col: 2, choose: `Add section "${section}"` });
}

/** A post-mortem with an emoji and "é" before a placeholder, and a timeline row being typed. */
// In a folder of its own (incidents/ is a post-mortem folder too), so its team file (last) judges it alone.
const EMOJI = 'incidents/2025-12-01-emoji.md';
const emojiLines = ['# Post-Mortem: Pager storm', '', '- **Date of Incident:** 2025-12-01', '- **Date of Post-Mortem (🚨 é):** YYYY-MM-DD', '', '## Timeline', '', '| Time | Event |', '|---|---|', '| 09:20 | Alert fired |', '| 09:25 | Pager went off [ |', ''];
const emojiPlaceholderLine = 3;
const typedRow = '| 09:25 | Pager went off [';
step('write emoji file', { op: 'writeFile', path: EMOJI, text: emojiLines.join('\n') });
step('open emoji file', { op: 'open', file: EMOJI });
step('diagnostics emoji file', { op: 'diagnostics', file: EMOJI });
step('emoji fix', { op: 'codeAction', file: EMOJI, line: emojiPlaceholderLine, col: Buffer.byteLength(emojiLines[emojiPlaceholderLine].slice(0, emojiLines[emojiPlaceholderLine].indexOf('YYYY'))), choose: 'Use the incident date' });
step('cell completion', { op: 'completion', file: EMOJI, line: 10, col: Buffer.byteLength(typedRow) });

// Last, as it changes the settings of every document: a team file written behind Neovim's back (Neovim 0.7 watches
// no files) applies at the next edit, without reopening the document.
step('team file written', { op: 'writeFile', path: 'incidents/.postmortemrc.json', text: JSON.stringify({ rules: { 'missing-section': 'error' } }) });
step('edit after team file', { op: 'setLine', file: EMOJI, line: 1, text: ' ' });
step('diagnostics after team file', { op: 'diagnostics', file: EMOJI });

/** What a diagnostic is, for comparing the two clients: its line, code, severity and message (columns differ in unit). */
const key = (d: { line: number; code: unknown; severity?: number; message: string }) => `${d.line} ${String(d.code)} ${d.severity} ${d.message}`;

describe('Neovim 0.7 with the README configuration', () => {
  let workspace: string;
  let results: StepResult[];
  let version: { major: number; minor: number; patch: number };
  let direct: LspTestClient;

  before(async () => {
    // The tier's prerequisites install Neovim; without it this fails rather than skips.
    assert.equal(nvimMissing, undefined, nvimMissing);
    assert.ok(hoverLine > 0 && severityLine > 0, `${CLEAN} changed: no '| 14:15 |' row or Severity line`);
    assert.ok(checkoutSeverityLine > 0, `${CHECKOUT} changed: no "SEV1 / SEV2 / SEV3"`);
    workspace = freshWorkspace();
    const run = await runNeovim(workspace, steps);
    results = run.steps;
    version = run.nvim;
    direct = new LspTestClient();
    await direct.initialize();
  });
  after(async () => {
    await direct?.dispose();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  function result(name: string): StepResult {
    const r = results[at[name]];
    assert.equal(r.error, undefined, `step "${name}" failed in Neovim: ${r.error}`);
    return r;
  }

  it('is Debian\'s Neovim 0.7 or later, and attaches the server to each post-mortem as markdown', () => {
    assert.ok(version.major > 0 || version.minor >= 7, `Neovim ${version.major}.${version.minor}.${version.patch}`);
    for (const file of FILES) assert.equal(result(`open ${file}`).filetype, 'markdown');
  });

  /** The diagnostics a direct stdio client gets for the file's text under the URI Neovim used. */
  const expected = new Map<string, Promise<Diagnostic[]>>();
  function expectedFor(file: string): Promise<Diagnostic[]> {
    if (!expected.has(file)) {
      const uri = result(`open ${file}`).uri!;
      expected.set(file, direct.open(uri, readFileSync(join(workspace, file), 'utf8')).then(async () => (await direct.diagnostics(uri, 1)).diagnostics));
    }
    return expected.get(file)!;
  }

  for (const file of FILES) {
    it(`gives ${file} the diagnostics a direct stdio client gets (line, code, severity, message)`, async () => {
      const inNeovim = result(`diagnostics ${file}`).diagnostics!;
      assert.deepEqual(
        inNeovim.map((d) => key(d)).sort(),
        (await expectedFor(file)).map((d) => key({ line: d.range.start.line, code: d.code, severity: d.severity, message: typeof d.message === 'string' ? d.message : d.message.value })).sort(),
      );
    });
  }
  if (sharedMissing) it('gives the seed the diagnostics a direct stdio client gets', { skip: sharedMissing }, () => undefined);

  it('compares findings, not only silence: the examples and the seed have some', async () => {
    const counts = await Promise.all(FILES.map(async (file) => (await expectedFor(file)).length));
    assert.ok(counts.some((count) => count > 0), `no file has a finding: ${counts.join(', ')}`);
  });

  it('answers hover on a timeline time as it answers a direct client', async () => {
    const hover = result('hover');
    assert.ok(hover.result, 'no hover in Neovim');
    const uri = hover.params!.textDocument.uri.replace(/\.md$/, '-hover.md');
    await direct.open(uri, hover.text!);
    await direct.diagnostics(uri, 1);
    const expected = (await direct.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hover.params!.position })) as Hover;
    assert.match(JSON.stringify(hover.result.contents), /14:15/);
    assert.deepEqual(hover.result.contents, expected.contents);
  });

  it('shows the code lens a direct client gets on the timeline heading (the computed figures)', async () => {
    const { lenses } = result('code lenses');
    await expectedFor(CLEAN);
    const expected = (await direct.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: result(`open ${CLEAN}`).uri } })) as CodeLens[];
    assert.ok(expected.length > 0, 'the server gives the clean example no code lens');
    const shown = (list: { range: { start: { line: number } }; command?: { title: string } }[]) => list.map((lens) => `${lens.range.start.line} ${lens.command?.title}`).sort();
    assert.deepEqual(shown(lenses!), shown(expected));
  });

  it('offers the severity quick fixes through vim.lsp.buf.code_action() and applies the chosen one as a direct client\'s edit would', async () => {
    const fix = result('severity fix');
    assert.deepEqual(fix.messages, []);
    assert.equal(fix.chosen, CHOSEN_SEVERITY_FIX, `offered: ${fix.offered!.join(', ')}`);
    const uri = result(`open ${CHECKOUT}`).uri!;
    const diagnostics = (await expectedFor(CHECKOUT)).filter((d) => d.code === 'severity-unchosen');
    assert.equal(diagnostics.length, 1);
    const actions = (await direct.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } })) as CodeAction[];
    assert.deepEqual(fix.offered, actions.map((action) => action.title));
    const action = actions.find((a) => a.title === CHOSEN_SEVERITY_FIX);
    assert.ok(action?.edit?.changes?.[uri], `the direct client gets no "${CHOSEN_SEVERITY_FIX}" edit`);
    assert.equal(fix.text, applyEdits(readFileSync(join(workspace, CHECKOUT), 'utf8'), action.edit.changes[uri]));
  });

  it('completes the severity scale after "Severity: ", as for a direct client', async () => {
    const completion = result('completion');
    const scale: string[] = JSON.parse(readRepoFile('package.json')).contributes.configuration.properties['postmortem.severityScale'].default;
    const labels = completion.items!.map((item) => item.label);
    assert.deepEqual(labels.filter((label) => scale.includes(label)), scale, `offered: ${labels.join(', ')}`);
    for (const level of scale) assert.ok(completion.words!.includes(level), `Neovim's list lacks ${level}: ${completion.words!.join(', ')}`);
    const uri = completion.params!.textDocument.uri.replace(/\.md$/, '-completion.md');
    await direct.open(uri, completion.text!);
    await direct.diagnostics(uri, 1);
    const answer = (await direct.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: completion.params!.position })) as CompletionItem[] | CompletionList;
    assert.deepEqual(labels, (Array.isArray(answer) ? answer : answer.items).map((item) => item.label));
  });

  it('runs the timeline heading\'s code lens through the server\'s command, without a warning', () => {
    const run = result('run code lens');
    assert.deepEqual(run.messages, []);
    assert.notEqual(run.executed, null, 'no workspace/executeCommand answer');
    assert.equal((run.executed as { error: unknown }).error, null, JSON.stringify(run.executed));
  });

  for (const section of ['Resolution', 'Root Cause']) {
    it(`with Root Cause and Resolution both missing, the "${section}" warning's fix inserts that section`, () => {
      const missing = result(`diagnostics for ${section}`).diagnostics!.filter((d) => d.code === 'missing-section');
      assert.equal(missing.length, 2, JSON.stringify(missing));
      const fix = result(`add ${section}`);
      assert.deepEqual(fix.messages, []);
      assert.equal(fix.chosen, `Add section "${section}"`, `offered: ${fix.offered!.join(', ')}`);
      const other = section === 'Resolution' ? 'Root Cause' : 'Resolution';
      assert.match(fix.text!, new RegExp(`^## ${section}$`, 'm'));
      assert.doesNotMatch(fix.text!, new RegExp(`^## ${other}$`, 'm'));
      assert.ok(fix.offered!.includes(`Add section "${other}"`), `offered: ${fix.offered!.join(', ')}`);
    });
  }

  it('offers and applies a quick fix on a line with an emoji and "é" before the placeholder (byte columns)', () => {
    const fix = result('emoji fix');
    assert.deepEqual(fix.messages, []);
    assert.equal(fix.chosen, 'Use the incident date (2025-12-01)', `offered: ${fix.offered!.join(', ')}`);
    assert.equal(fix.text!.split('\n')[emojiPlaceholderLine], '- **Date of Post-Mortem (🚨 é):** 2025-12-01');
  });

  it('completes a milestone marker in a table cell after text, keeping the text', () => {
    const completion = result('cell completion');
    assert.ok(completion.words!.includes('[detected]'), `Neovim's list: ${completion.words!.join(', ')}`);
    const item = completion.items!.find((i) => i.label === '[detected]');
    assert.ok(item?.textEdit && 'range' in item.textEdit);
    assert.equal(applyEdits(completion.text!, [item.textEdit]).split('\n')[10], '| 09:25 | Pager went off [detected] |');
  });

  it('applies a .postmortemrc.json written on disk at the next edit, without reopening the document', () => {
    const before = result('diagnostics emoji file').diagnostics!.filter((d) => d.code === 'missing-section');
    assert.ok(before.length > 0 && before.every((d) => d.severity === 2), JSON.stringify(before));
    const after = result('diagnostics after team file').diagnostics!.filter((d) => d.code === 'missing-section');
    assert.ok(after.length > 0 && after.every((d) => d.severity === 1), JSON.stringify(after));
  });

  describe('with a team\'s settings in the configuration\'s settings table', () => {
    const scale = ['S1', 'S2'];
    const settingsSteps: Step[] = [
      { op: 'open', file: CLEAN },
      { op: 'diagnostics', file: CLEAN },
      { op: 'setLine', file: CLEAN, line: severityLine, text: 'Severity: ' },
      { op: 'completion', file: CLEAN, line: severityLine },
    ];
    let custom: StepResult[];
    let customWorkspace: string;
    let configured: LspTestClient;

    before(async () => {
      customWorkspace = freshWorkspace();
      custom = (await runNeovim(customWorkspace, settingsSteps, { config: readmeConfig(`{ postmortem = { severityScale = { ${scale.map((level) => `'${level}'`).join(', ')} } } }`) })).steps;
      for (const [index, r] of custom.entries()) assert.equal(r.error, undefined, `step ${settingsSteps[index].op} failed in Neovim: ${r.error}`);
      // Neovim 0.7 announces no workspace/configuration: the server reads init_options, as this client's.
      configured = new LspTestClient();
      await configured.initialize({}, { postmortem: { severityScale: scale } });
    });
    after(async () => {
      await configured?.dispose();
      if (customWorkspace) rmSync(customWorkspace, { recursive: true, force: true });
    });

    it('judges the document by them, as a direct client given them does, and not as with the defaults', async () => {
      const inNeovim = custom[1].diagnostics!.map((d) => key(d)).sort();
      const uri = custom[0].uri!;
      await configured.open(uri, custom[0].text!);
      const expected = (await configured.diagnostics(uri, 1)).diagnostics;
      assert.deepEqual(inNeovim, expected.map((d) => key({ line: d.range.start.line, code: d.code, severity: d.severity, message: typeof d.message === 'string' ? d.message : d.message.value })).sort());
      assert.notDeepEqual(inNeovim, result(`diagnostics ${CLEAN}`).diagnostics!.map((d) => key(d)).sort(), 'the settings changed nothing');
    });

    it('completes their severity scale after "Severity: "', () => {
      assert.deepEqual(custom[3].words, scale);
    });
  });
});
