import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompletionItem, Hover, Position } from 'vscode-languageserver-protocol';
import { repoRoot, seedPath } from '../helpers/paths';

/** Debian's Neovim, which scripts/prerequisites.mjs installs for this tier. */
export const NVIM = '/usr/bin/nvim';
export const nvimMissing = existsSync(NVIM) ? undefined : `${NVIM} is absent: run \`apt-get install -y neovim\` as root (npm run test:nvim does)`;

/**
 * One thing the Lua driver (test/nvim/driver.lua) does in Neovim; lines are 0-based, columns 0-based bytes (what a
 * Neovim user's cursor is). For issue 12's scenarios: `codeAction` runs vim.lsp.buf.code_action() and records the
 * request Neovim sent (context diagnostics in vim.diagnostic's byte columns), the titles offered and the buffer
 * after `choose`; `runCodeLens` runs vim.lsp.codelens.run() and records what Neovim said; `writeFile` changes a
 * file behind the editor's back (a team file) and `diagnostics` with `next` and a short `waitMs` reports whether a
 * publish followed; `close` and `open` again reopen a document; `runNeovim`'s `config` (`readmeConfig(settings)`)
 * runs other settings.
 */
export type Step =
  | { op: 'open'; file: string }
  | { op: 'diagnostics'; file: string; next?: boolean; waitMs?: number }
  | { op: 'setLine'; file: string; line: number; text: string }
  | { op: 'completion'; file: string; line: number; col?: number }
  | { op: 'hover'; file: string; line: number; col: number }
  | { op: 'codeAction'; file: string; line: number; col: number; choose?: string; only?: string[] }
  | { op: 'codeLenses'; file: string; waitMs?: number }
  | { op: 'runCodeLens'; file: string; line: number; choose?: string; waitMs?: number }
  | { op: 'close'; file: string }
  | { op: 'writeFile'; path: string; text: string };

export interface NvimDiagnostic { code: string; line: number; col: number; endLine: number; endCol: number; severity: number; message: string; data?: unknown }
export interface Message { message: string; level?: number }
export interface OpenResult { uri: string; text: string; filetype: string }
export interface DiagnosticsResult { uri: string; arrived: boolean; version: number; diagnostics: NvimDiagnostic[] }
export interface CompletionResult { params: { textDocument: { uri: string }; position: Position }; text: string; items: CompletionItem[]; prefix: string; words: string[] }
export interface HoverResult { params: { textDocument: { uri: string }; position: Position }; text: string; result: Hover | null }
export interface CodeActionResult { sent: unknown; offered: string[]; messages: Message[]; chosen: string | true | null; text: string }
export interface CodeLensesResult { arrived: boolean; lenses: { range: { start: Position }; command?: { title: string; command: string } }[] }
export interface RunCodeLensResult { messages: Message[]; offered: string[] | null; executed: unknown }
export type StepResult = { error?: string } & Partial<OpenResult & DiagnosticsResult & CompletionResult & HoverResult & CodeActionResult & CodeLensesResult & RunCodeLensResult>;

/**
 * The Neovim 0.7-0.10 configuration as the README gives it (the ```lua block after "Neovim 0.7 to 0.10"), with
 * its paths filled in, and its settings table replaced by `settings` (Lua) when given: what the tier runs is what
 * users are told to write.
 */
export function readmeConfig(settings?: string): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = /^Neovim 0\.7 to 0\.10[^]*?```lua\n([^]*?)```/m.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no ```lua block after "Neovim 0.7 to 0.10"');
  const lua = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const filled = block.replace("'node'", lua(process.execPath)).replace("'/path/to/postmortem-lsp/dist/server.js'", lua(join(repoRoot, 'dist', 'server.js')));
  if (filled.includes('/path/to/')) throw new Error(`README's Neovim 0.7-0.10 configuration changed shape; fill its paths here:\n${block}`);
  if (settings === undefined) return filled;
  const withSettings = filled.replace(/^local postmortem_settings = .*$/m, `local postmortem_settings = ${settings}`);
  if (withSettings === filled) throw new Error(`README's Neovim 0.7-0.10 configuration has no "local postmortem_settings = ..." line:\n${block}`);
  return withSettings;
}

/** A fresh copy of examples/ in a temporary folder, with the seed as postmortems/2025-10-26-seed.md when present. */
export function freshWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'pm-nvim-'));
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  if (existsSync(seedPath)) cpSync(seedPath, join(workspace, 'postmortems', '2025-10-26-seed.md'));
  return workspace;
}

/**
 * Runs the steps in `nvim --headless --clean -u <config>` with the workspace as its working folder (and so the
 * client's root_dir), and resolves with one result per step. Failures of a step are in its result (`error`);
 * a Neovim that does not finish within `timeoutMs` is killed and rejects with its output.
 */
export function runNeovim(workspace: string, steps: Step[], options: { config?: string; stepTimeoutMs?: number; timeoutMs?: number } = {}): Promise<{ nvim: { major: number; minor: number; patch: number }; steps: StepResult[] }> {
  const configPath = join(workspace, '.nvim-init.lua');
  const planPath = join(workspace, '.nvim-plan.json');
  const resultsPath = join(workspace, '.nvim-results.json');
  writeFileSync(configPath, options.config ?? readmeConfig());
  writeFileSync(planPath, JSON.stringify({ timeoutMs: options.stepTimeoutMs ?? 30_000, steps }));
  const args = ['--headless', '--clean', '-n', '-u', configPath, '-c', 'lua dofile(os.getenv("POSTMORTEM_NVIM_DRIVER"))'];
  const env = { ...process.env, POSTMORTEM_NVIM_DRIVER: join(repoRoot, 'test', 'nvim', 'driver.lua'), POSTMORTEM_NVIM_PLAN: planPath, POSTMORTEM_NVIM_RESULTS: resultsPath, XDG_STATE_HOME: join(workspace, '.nvim-state'), XDG_CACHE_HOME: join(workspace, '.nvim-cache') };
  return new Promise((resolve, reject) => {
    // stdin ignored: a Neovim whose stdin is a pipe reads it as a buffer.
    const child = spawn(NVIM, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (!existsSync(resultsPath)) reject(new Error(`Neovim wrote no results (exit ${code}, signal ${signal}):\n${output}`));
      else resolve(JSON.parse(readFileSync(resultsPath, 'utf8')));
    });
  });
}
