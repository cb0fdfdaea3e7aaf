// The UI tier: the real workbench (code-server 4.139.1 = VS Code 1.139.1) in headless Chromium, driven the way a
// person drives it: the command palette (F1) and the keyboard, the editor-title button, clicks in the timeline
// preview's webview. Checks what lands on disk and what the workbench shows, and saves screenshots of the preview
// in light, dark and high-contrast themes under test-results/ui/. Waits for selectors and text, never sleeps.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { repoRoot, seedPath, sharedMissing } from '../helpers/paths';

// Per run, so that two runs (two people, or two terminals) do not share a workspace; removed afterwards.
const RUN_DIR = join(repoRoot, '.vscode-test', `ui-${process.pid}`);
const WORKSPACE = join(RUN_DIR, 'workspace');
const USER_DATA = join(RUN_DIR, 'user-data');
const BROWSER_TMP = join(RUN_DIR, 'browser');
const MULTI_ROOT = join(RUN_DIR, 'multi-root');
const RESULTS = join(repoRoot, 'test-results', 'ui');
const XSS = `<img src=x onerror="document.title='pwned'">`;
/** Generous: two cores, and the other tiers may be running at the same time. */
const T = 60_000;

interface CodeServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  logTail(): string;
}

/** The page's globals in evaluate() callbacks (which run in the browser; this file is typed without the DOM). */
type BrowserGlobals = { scrollY: number; scrollTo(x: number, y: number): void; document: { title: string } };

type Offline = {
  startCodeServer(options: Record<string, unknown>): Promise<CodeServer>;
  workbenchUrl(server: CodeServer, options: { folder: string; extensionDevelopmentPath: string }): string;
  ensureChromium(): string;
  CHROMIUM_ARGS: string[];
  OFFLINE_SETTINGS: Record<string, unknown>;
};

const pad = (n: number) => String(n).padStart(2, '0');
const utcDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utcStamp = (d: Date) => `${utcDate(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

describe('the workbench driven through the UI (Playwright in Chromium)', { skip: sharedMissing, timeout: 15 * 60_000 }, () => {
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let offline: Offline;
  let page: Page;
  let insertDoc = '';

  before(async () => {
    rmSync(RUN_DIR, { recursive: true, force: true });
    rmSync(RESULTS, { recursive: true, force: true });
    mkdirSync(RESULTS, { recursive: true });
    cpSync(join(repoRoot, 'examples'), WORKSPACE, { recursive: true });
    writeFileSync(join(WORKSPACE, 'postmortems', '2025-10-26-seed.md'), readFileSync(seedPath, 'utf8'));
    writeFileSync(
      join(WORKSPACE, 'postmortems', '2025-10-26-hostile.md'),
      readFileSync(seedPath, 'utf8').replace('| 14:08 | Checked application logs for connection usage |', `| 14:08 | ${XSS} |`),
    );
    // Insert Timeline Entry writes the current time: a timeline whose rows are two hours either side of now.
    const now = Date.now();
    insertDoc = `${utcDate(new Date(now))}-live-incident.md`;
    writeFileSync(
      join(WORKSPACE, 'postmortems', insertDoc),
      `# Post-Mortem: Live incident\n\n- **Severity:** SEV3\n\n## Timeline\n\n| Time (UTC) | Event | Actor |\n|---|---|---|\n| ${utcStamp(new Date(now - 2 * 3600_000))} | Alert fired | Monitoring |\n| ${utcStamp(new Date(now + 2 * 3600_000))} | Planned follow-up | SRE |\n`,
    );

    offline = await import(pathToFileURL(join(repoRoot, 'scripts', 'vscode-offline.mjs')).href);
    mkdirSync(join(USER_DATA, 'User'), { recursive: true });
    writeFileSync(
      join(USER_DATA, 'User', 'settings.json'),
      JSON.stringify({ ...offline.OFFLINE_SETTINGS, 'workbench.colorTheme': 'Default Light Modern', 'workbench.tips.enabled': false, 'editor.minimap.enabled': false, 'files.autoSave': 'off', 'workbench.secondarySideBar.defaultVisibility': 'hidden' }, null, 2),
    );
    server = await offline.startCodeServer({ port: 0, userDataDir: USER_DATA, idleTimeoutSeconds: 180 });
    const { chromium } = await import(pathToFileURL(join(repoRoot, 'node_modules', 'playwright-core', 'index.mjs')).href);
    mkdirSync(BROWSER_TMP, { recursive: true });
    browser = (await chromium.launch({
      executablePath: offline.ensureChromium(),
      headless: true,
      args: offline.CHROMIUM_ARGS,
      env: { ...process.env, XDG_CONFIG_HOME: join(BROWSER_TMP, 'config'), XDG_CACHE_HOME: join(BROWSER_TMP, 'cache') },
    })) as Browser;
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(T);
    await openWorkbench(offline.workbenchUrl(server, { folder: WORKSPACE, extensionDevelopmentPath: repoRoot }), '2025-10-26-database-connection-pool.md');
  });

  /**
   * Loads the workbench at `url` in the page and waits until it shows the workspace's folders (`roots`: for a
   * multi-root workspace, each folder by name; else any row of the explorer), then until our extension runs (shown by
   * a post-mortem's status bar item).
   */
  async function openWorkbench(url: string, postmortem: string, roots: string[] = []): Promise<void> {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 2 * T });
    const explorer = page.locator('.explorer-folders-view');
    const opened = roots.length === 0 ? explorer.locator('.monaco-list-row').first() : explorer.locator('.monaco-list-row[aria-level="1"]', { hasText: roots.at(-1) });
    // Under load, code-server has opened a multi-root workspace file before its remote file system was up, and shown
    // it with no folders for good ("You have not yet added a folder", or "No Folder Opened" when it read no workspace
    // at all); a reload reads the file again. Each load waits for one of those states, never for a time.
    const empty = page.getByText('You have not yet added a folder to the workspace').or(page.getByText('You have not yet opened a folder'));
    // The empty view can also show for a moment before the folders of a healthy load are drawn (seen on a loaded CI
    // machine: three loads in under 6 s): a load counts as empty only once its folders have not come within T / 4.
    for (let load = 1; ; load++) {
      await opened.or(empty).first().waitFor({ timeout: 3 * T });
      if (!(await empty.first().isVisible())) break;
      if (await opened.waitFor({ timeout: T / 4 }).then(() => true, () => false)) break;
      if (load === 4) throw new Error(`the workspace opened with no folders ${load} times: ${url}`);
      await page.reload({ waitUntil: 'domcontentloaded', timeout: 2 * T });
    }
    // Every folder is open, not only the first the explorer drew.
    for (const root of roots) await explorer.locator('.monaco-list-row[aria-level="1"]', { hasText: root }).waitFor({ timeout: 3 * T });
    // The extension host, our extension and its server are up once a post-mortem gets our status bar item; only
    // then does the command palette list our commands (it does not refresh while open).
    await openFile(postmortem);
    await postmortemStatus().waitFor({ timeout: 4 * T });
  }

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    rmSync(RUN_DIR, { recursive: true, force: true });
  });

  /** Runs a test step; on failure saves a screenshot of the workbench next to the others. */
  async function step(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      await page?.screenshot({ path: join(RESULTS, `failed-${name}.png`) }).catch(() => {});
      throw error;
    }
  }

  const quickInput = () => page.locator('.quick-input-widget');

  /** Rows of the open quick input whose label is exactly `label` (a keybinding or "similar commands" may follow). */
  const rowsLabelled = (label: string) => quickInput().locator(`.monaco-list-row[aria-label="${label}"], .monaco-list-row[aria-label^="${label},"]`);

  /** With the quick input open and filtered: moves the highlight to the item labelled `label` with the arrow keys. */
  async function highlight(label: string): Promise<void> {
    await rowsLabelled(label).first().waitFor({ timeout: T / 3 });
    for (let i = 0; i < 10; i++) {
      if ((await rowsLabelled(label).and(quickInput().locator('.monaco-list-row.focused')).count()) > 0) return;
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`could not highlight "${label}"`);
  }

  /** F1, type the command's label, highlight it, Enter. */
  async function runCommand(label: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('F1');
      const input = quickInput().locator('.quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await page.keyboard.type(label);
      try {
        await highlight(label);
        break;
      } catch (error) {
        // A command whose when-clause context key was not set yet when the palette opened: open it again.
        if (attempt === 3) {
          const rows = await quickInput().locator('.monaco-list-row').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('aria-label')}${n.classList.contains('focused') ? ' (focused)' : ''}`));
          throw new Error(`"${label}" is not in the command palette; it shows ${JSON.stringify(rows)}`, { cause: error });
        }
        await page.keyboard.press('Escape');
        await quickInput().waitFor({ state: 'hidden' });
      }
    }
    await page.keyboard.press('Enter');
  }

  /** Waits for the prompt titled `title`, then types `text` over its value and presses Enter. */
  async function answer(title: string, text: string, pick?: string): Promise<void> {
    if (title) await quickInput().locator('.quick-input-title', { hasText: title }).waitFor({ state: 'visible' });
    else await quickInput().locator('.quick-input-box input').waitFor({ state: 'visible' });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
    if (pick) await highlight(pick);
    await page.keyboard.press('Enter');
  }

  /** Preferences: Color Theme, then the theme typed and picked. */
  async function pickColorTheme(theme: string): Promise<void> {
    await runCommand('Preferences: Color Theme');
    await answer('', theme, theme);
  }

  /** Polls a condition on disk (the workbench has no event for it) until it holds, for at most T. */
  async function until(condition: () => boolean, what: string): Promise<void> {
    const end = Date.now() + T;
    while (!condition()) {
      if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const activeTab = (name: string) => page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`);

  async function openFile(name: string): Promise<void> {
    await page.keyboard.press('ControlOrMeta+P');
    await quickInput().locator('.quick-input-box input').waitFor({ state: 'visible' });
    await page.keyboard.type(name);
    await quickInput().locator(`.monaco-list-row.focused[aria-label*="${name}"]`).waitFor();
    await page.keyboard.press('Enter');
    await activeTab(name).waitFor();
    await page.locator('.editor-group-container.active .monaco-editor textarea, .editor-group-container.active .monaco-editor .native-edit-context').first().waitFor({ state: 'attached' });
  }

  /**
   * Focuses the first editor group (showing `name`) and opens Go to Line (Ctrl+G). A key pressed while the focus
   * is still on its way out of the preview's webview can be lost, so wait for the focused editor, and press again.
   */
  async function goToLineOpen(name: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('ControlOrMeta+1');
      await activeTab(name).waitFor();
      await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
      await page.keyboard.press('Control+G');
      try {
        await quickInput().locator('.quick-input-box input').waitFor({ state: 'visible', timeout: T / 6 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /** The extension knows the active editor is a post-mortem once its status bar item shows. */
  const postmortemStatus = () => page.locator('.statusbar-item', { hasText: /impact/ });

  const postmortemFiles = () => readdirSync(join(WORKSPACE, 'postmortems')).sort();

  it('New Incident from the command palette creates the file with the answers in its header and opens it', () =>
    step('new-incident', async () => {
      await runCommand('Post-Mortem: New Incident');
      await answer('New Incident (1/3)', 'Checkout outage: EU');
      await answer('New Incident (2/3)', 'SEV2', 'SEV2');
      await answer('New Incident (3/3)', '2025-11-20 09:30');
      const name = '2025-11-20-checkout-outage-eu.md';
      await activeTab(name).waitFor();
      const text = readFileSync(join(WORKSPACE, 'postmortems', name), 'utf8');
      assert.match(text, /^# Post-Mortem: Checkout outage: EU$/m);
      assert.match(text, /^- \*\*Severity:\*\* SEV2$/m);
      assert.match(text, /^- \*\*Date of Incident:\*\* 2025-11-20$/m);
      assert.match(text, /^\| 09:30 \| /m);
      // The cursor (a selection over the summary placeholder) is in the summary.
      await page.locator('#status\\.editor\\.selection', { hasText: /\(35 selected\)/ }).waitFor();
      await postmortemStatus().filter({ hasText: 'SEV2' }).waitFor();
    }));

  it('a second New Incident with the same answers does not overwrite the first', () =>
    step('new-incident-again', async () => {
      const first = join(WORKSPACE, 'postmortems', '2025-11-20-checkout-outage-eu.md');
      const before = readFileSync(first, 'utf8');
      await runCommand('Post-Mortem: New Incident');
      await answer('New Incident (1/3)', 'Checkout outage: EU');
      await answer('New Incident (2/3)', 'SEV2', 'SEV2');
      await answer('New Incident (3/3)', '2025-11-20 09:30');
      await activeTab('2025-11-20-checkout-outage-eu-2.md').waitFor();
      assert.ok(existsSync(join(WORKSPACE, 'postmortems', '2025-11-20-checkout-outage-eu-2.md')));
      assert.equal(readFileSync(first, 'utf8'), before);
    }));

  it('cancelling a New Incident prompt creates nothing', () =>
    step('new-incident-cancel', async () => {
      const before = postmortemFiles();
      await runCommand('Post-Mortem: New Incident');
      await answer('New Incident (1/3)', 'Cancelled incident');
      await quickInput().locator('.quick-input-title', { hasText: 'New Incident (2/3)' }).waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await quickInput().waitFor({ state: 'hidden' });
      assert.deepEqual(postmortemFiles(), before);
    }));

  it('Insert Timeline Entry from the palette puts a row for now between the rows around it, cursor in the event cell', () =>
    step('insert-entry', async () => {
      await openFile(insertDoc);
      await postmortemStatus().filter({ hasText: 'SEV3' }).waitFor();
      const startedAt = Date.now();
      await runCommand('Post-Mortem: Insert Timeline Entry');
      // The row goes in as line 10; the cursor after "| YYYY-MM-DD HH:mm | ", in the event cell.
      await page.locator('#status\\.editor\\.selection', { hasText: /^Ln 10, Col 22$/ }).waitFor();
      await page.keyboard.type('Typed where the cursor was');
      await page.keyboard.press('ControlOrMeta+S');
      const file = join(WORKSPACE, 'postmortems', insertDoc);
      await until(() => readFileSync(file, 'utf8').includes('Typed where the cursor was'), 'the saved file has the typed text');
      const lines = readFileSync(file, 'utf8').split('\n');
      const header = lines.findIndex((l) => l.startsWith('| Time (UTC)'));
      assert.match(lines[header + 2], /\| Alert fired \|/);
      const row = /^\| (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) \| Typed where the cursor was \| {2}\|$/.exec(lines[header + 3]);
      assert.ok(row, `inserted row: ${lines[header + 3]}`);
      const written = Date.parse(`${row[1].replace(' ', 'T')}:00Z`);
      assert.ok(written >= startedAt - 120_000 && written <= Date.now() + 60_000, `${row[1]} is not now`);
      assert.match(lines[header + 4], /\| Planned follow-up \|/);
    }));

  /** The active webview's document (VS Code nests it: iframe.webview > iframe#active-frame). */
  const preview = (): FrameLocator => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

  it('the preview of the seed shows 15 entries and 2/15/30 min; clicking an entry selects its line; screenshots in three themes', () =>
    step('preview', async () => {
      await openFile('2025-10-26-seed.md');
      await postmortemStatus().waitFor();
      await page.locator('.editor-group-container.active .editor-actions [aria-label*="Open Timeline Preview"]').click();
      const entries = preview().locator('li.entry');
      await entries.nth(14).waitFor();
      assert.equal(await entries.count(), 15);
      // The alert is also the start (the author's window opens at 14:00): both its milestones are badged.
      assert.deepEqual(await entries.nth(0).locator('.badge').allTextContents(), ['impact started', 'detected']);
      for (const [name, value] of [['Time to acknowledge', '2 min'], ['Time to mitigate', '15 min'], ['Time to resolve', '30 min']]) {
        assert.equal(await preview().locator('.figure', { hasText: name }).locator('dd').textContent(), value);
      }
      await page.screenshot({ path: join(RESULTS, 'preview-light.png') });

      // Click "Payment service restarted": the editor selects that row.
      const seedLines = readFileSync(join(WORKSPACE, 'postmortems', '2025-10-26-seed.md'), 'utf8').split('\n');
      const line = seedLines.findIndex((l) => l.includes('| Payment service restarted |')) + 1;
      await preview().getByRole('button', { name: /Payment service restarted/ }).click();
      await page.locator('#status\\.editor\\.selection', { hasText: new RegExp(`^Ln ${line}, Col ${seedLines[line - 1].length + 1} \\(${seedLines[line - 1].length} selected\\)`) }).waitFor();
      // ... and the entry under the cursor is highlighted.
      await preview().locator(`li.entry.current[data-line="${line - 1}"]`).waitFor();

      // Keyboard: the entries are buttons with labels; arrow keys move between them.
      await preview().getByRole('button', { name: /Payment service restarted/ }).focus();
      await page.keyboard.press('ArrowDown');
      await preview().locator('button.entry-button:focus', { hasText: 'Database connections dropped' }).waitFor();

      await runCommand('Preferences: Toggle between Light/Dark Themes');
      await preview().locator('body.vscode-dark').waitFor();
      await page.screenshot({ path: join(RESULTS, 'preview-dark.png') });
      await pickColorTheme('Dark High Contrast');
      await preview().locator('body.vscode-high-contrast').waitFor();
      await page.screenshot({ path: join(RESULTS, 'preview-high-contrast.png') });
      await pickColorTheme('Dark Modern');
      await preview().locator('body.vscode-dark:not(.vscode-high-contrast)').waitFor();
      for (const theme of ['light', 'dark', 'high-contrast']) assert.ok(existsSync(join(RESULTS, `preview-${theme}.png`)));
    }));

  it('an edit in the editor shows in the preview, which keeps its scroll position', () =>
    step('preview-edit', async () => {
      await preview().locator('li.entry').nth(14).waitFor();
      await preview().locator('body').evaluate(() => (globalThis as unknown as BrowserGlobals).scrollTo(0, 120));
      const scrolled = await preview().locator('body').evaluate(() => (globalThis as unknown as BrowserGlobals).scrollY);
      assert.ok(scrolled > 0, 'the preview is taller than its panel');
      // Focus the editor, go (Ctrl+G line:column) to the end of the actor cell of "Payment service restarted".
      const lines = readFileSync(join(WORKSPACE, 'postmortems', '2025-10-26-seed.md'), 'utf8').split('\n');
      const line = lines.findIndex((l) => l.includes('| Payment service restarted |'));
      await goToLineOpen('2025-10-26-seed.md');
      await page.keyboard.type(`${line + 1}:${lines[line].length - 1}`);
      await page.keyboard.press('Enter');
      await page.locator('#status\\.editor\\.selection', { hasText: new RegExp(`^Ln ${line + 1}, Col ${lines[line].length - 1}$`) }).waitFor();
      await page.keyboard.type(' on call');
      await preview().locator('.actor', { hasText: 'SRE (Jane) on call' }).waitFor();
      assert.equal(await preview().locator('body').evaluate(() => (globalThis as unknown as BrowserGlobals).scrollY), scrolled);
    }));

  it('an entry whose text is <img onerror=...> is shown as text and runs nothing', () =>
    step('preview-xss', async () => {
      await openFile('2025-10-26-hostile.md');
      await preview().getByText(XSS, { exact: true }).waitFor();
      assert.equal(await preview().locator('img').count(), 0);
      assert.equal(await preview().locator('body').evaluate(() => (globalThis as unknown as BrowserGlobals).document.title), 'Post-mortem timeline');
      assert.doesNotMatch(await page.title(), /pwned/);
      await page.screenshot({ path: join(RESULTS, 'preview-hostile-entry.png') });
    }));

  it('in a multi-root workspace, New Incident asks which folder and writes there', () =>
    step('multi-root', async () => {
      const root = MULTI_ROOT;
      for (const folder of ['alpha', 'beta']) mkdirSync(join(root, folder, 'postmortems'), { recursive: true });
      cpSync(join(repoRoot, 'examples', 'postmortems', '2025-10-26-database-connection-pool.md'), join(root, 'alpha', 'postmortems', '2025-10-26-alpha.md'));
      const workspaceFile = join(root, 'two.code-workspace');
      writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: join(root, 'alpha') }, { path: join(root, 'beta') }] }));
      // A second window: the first has unsaved edits, and leaving it would ask about them.
      page = await browser!.newPage({ viewport: { width: 1440, height: 900 } });
      page.setDefaultTimeout(T);
      const url = offline.workbenchUrl(server!, { folder: WORKSPACE, extensionDevelopmentPath: repoRoot }).replace(/folder=[^&]*/, `workspace=${encodeURIComponent(workspaceFile)}`);
      await openWorkbench(url, '2025-10-26-alpha.md', ['alpha', 'beta']);
      await runCommand('Post-Mortem: New Incident');
      await quickInput().locator('.quick-input-box input').waitFor({ state: 'visible' });
      await page.keyboard.type('beta');
      await highlight('beta');
      await page.keyboard.press('Enter');
      await answer('New Incident (1/3)', 'Multi root');
      await answer('New Incident (2/3)', 'SEV4', 'SEV4');
      await answer('New Incident (3/3)', '2025-11-21 07:00');
      await activeTab('2025-11-21-multi-root.md').waitFor();
      assert.ok(existsSync(join(root, 'beta', 'postmortems', '2025-11-21-multi-root.md')));
      assert.deepEqual(readdirSync(join(root, 'alpha', 'postmortems')), ['2025-10-26-alpha.md']);
    }));

  it('with no folder open, New Incident opens an untitled post-mortem and writes no file', () =>
    step('no-folder', async () => {
      // Another window, empty (`ew=true`): nothing to write into.
      page = await browser!.newPage({ viewport: { width: 1440, height: 900 } });
      page.setDefaultTimeout(T);
      const url = offline.workbenchUrl(server!, { folder: WORKSPACE, extensionDevelopmentPath: repoRoot }).replace(/folder=[^&]*/, 'ew=true');
      const before = postmortemFiles();
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 2 * T });
      await page.locator('.part.statusbar').waitFor({ timeout: 3 * T });
      await runCommand('Post-Mortem: New Incident');
      await answer('New Incident (1/3)', 'Folderless outage');
      await answer('New Incident (2/3)', 'SEV3', 'SEV3');
      await answer('New Incident (3/3)', '2025-11-22 09:30');
      // An untitled tab is named after its first line, with "Untitled-N" beside it.
      await page.locator('.tabs-container .tab.active', { hasText: 'Untitled-' }).waitFor();
      await page.locator('.editor-group-container.active .view-lines', { hasText: 'Folderless outage' }).waitFor();
      assert.deepEqual(postmortemFiles(), before);
    }));
});
