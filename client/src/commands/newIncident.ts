import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../schemas/settings';
import * as z from '../../../schemas/zod';
import { candidateName, fillTemplate, readIncidentStart } from './template';
import { escapeCodicons } from '../labels';
import { UTC_CLOCK, zoneClock, type ZoneClock } from './zoneClock';

/**
 * Post-Mortem: New Incident. Asks (in this order) which workspace folder when there are several, the title, the
 * severity from the configured scale and the incident's date and time (default: now), then creates
 * `<folder>/<YYYY-MM-DD>-<slug>.md` from the template and opens it with the cursor in the summary. Never
 * overwrites (a numeric suffix instead); cancelling any prompt creates nothing; with no folder open the
 * post-mortem is an untitled document.
 *
 * Tests (and other extensions) may pass the answers instead: `{ title, severity, start: 'YYYY-MM-DD HH:mm',
 * folder?: Uri | null }` (folder null: untitled document). Resolves with the new document's URI, or undefined
 * when cancelled.
 */
export const newIncidentArgsSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1)),
  severity: z.string().check(z.trim(), z.minLength(1)),
  start: z.string().check(z.refine((s) => readIncidentStart(s) !== undefined, 'expected YYYY-MM-DD HH:mm')),
  folder: z.optional(z.nullable(z.custom<vscode.Uri>((value) => value instanceof vscode.Uri, 'expected a Uri'))),
});
export type NewIncidentArgs = z.infer<typeof newIncidentArgsSchema>;

export async function newIncident(extensionUri: vscode.Uri, rawArgs?: unknown): Promise<vscode.Uri | undefined> {
  let args: NewIncidentArgs | undefined;
  if (rawArgs !== undefined && !(rawArgs instanceof vscode.Uri)) {
    const parsed = newIncidentArgsSchema.safeParse(rawArgs);
    if (!parsed.success) throw new Error(`postmortem.newIncident: ${z.prettifyError(parsed.error)}`);
    args = parsed.data;
  }

  const workspaceFolder = args ? (args.folder === null ? undefined : await folderFor(args.folder)) : await askFolder();
  if (workspaceFolder === 'cancelled') return undefined;
  const config = vscode.workspace.getConfiguration('postmortem', workspaceFolder?.uri);
  const setting = <K extends keyof typeof settingsSchema.shape>(key: K) => {
    const parsed = settingsSchema.shape[key].safeParse(config.get(key));
    return (parsed.success ? parsed.data : DEFAULT_SETTINGS[key]) as (typeof DEFAULT_SETTINGS)[K];
  };
  const timezone = setting('timezone');
  const zone = zoneClock(timezone) ?? UTC_CLOCK;

  const answers = args ?? (await ask(setting('severityScale'), zone));
  if (!answers) return undefined;
  const start = readIncidentStart(answers.start)!;

  const template = await readTemplate(extensionUri, workspaceFolder, setting('newIncident.template'));
  const filled = fillTemplate(template, {
    title: answers.title.trim(),
    severity: answers.severity.trim(),
    date: start.date,
    time: start.time,
    timezone,
    today: zone.wallClock(Date.now()).date,
  });

  let document: vscode.TextDocument;
  if (!workspaceFolder) {
    document = await vscode.workspace.openTextDocument({ language: 'markdown', content: filled.text });
  } else {
    const folderSetting = setting('newIncident.folder').trim();
    const folder = isAbsolute(folderSetting) ? vscode.Uri.file(folderSetting) : vscode.Uri.joinPath(workspaceFolder.uri, folderSetting);
    await vscode.workspace.fs.createDirectory(folder);
    const target = await firstFreeName(folder, start.date, answers.title);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(filled.text));
    document = await vscode.workspace.openTextDocument(target);
  }
  const from = document.positionAt(filled.selectionStart);
  const to = document.positionAt(filled.selectionEnd);
  const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Selection(from, to) });
  editor.revealRange(new vscode.Range(from, to), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return document.uri;
}

/** The workspace folder to create the file in: the only one, the one picked, none (untitled), or cancelled. */
async function askFolder(): Promise<vscode.WorkspaceFolder | undefined | 'cancelled'> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return undefined;
  if (folders.length === 1) return folders[0];
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the new post-mortem', ignoreFocusOut: true });
  return picked ?? 'cancelled';
}

async function folderFor(uri: vscode.Uri | undefined): Promise<vscode.WorkspaceFolder | undefined | 'cancelled'> {
  if (!uri) return askFolder();
  return vscode.workspace.getWorkspaceFolder(uri) ?? { uri, name: uri.path.split('/').pop() ?? '', index: -1 };
}

async function ask(scale: string[], zone: ZoneClock): Promise<{ title: string; severity: string; start: string } | undefined> {
  const now = zone.wallClock(Date.now());
  const title = await vscode.window.showInputBox({
    title: 'New Incident (1/3): title',
    prompt: 'What happened, in a few words',
    placeHolder: 'Checkout latency after a cache change',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'The title cannot be empty.'),
  });
  if (title === undefined) return undefined;
  const severity = await vscode.window.showQuickPick(
    scale.map((level, i) => ({ label: escapeCodicons(level), level, description: i === 0 ? 'most severe' : i === scale.length - 1 ? 'least severe' : undefined })),
    { title: 'New Incident (2/3): severity', placeHolder: 'Severity (postmortem.severityScale)', ignoreFocusOut: true },
  );
  if (severity === undefined) return undefined;
  const value = `${now.date} ${String(now.hours).padStart(2, '0')}:${String(now.minutes).padStart(2, '0')}`;
  const start = await vscode.window.showInputBox({
    title: 'New Incident (3/3): when it started',
    prompt: `Incident date and time, YYYY-MM-DD HH:mm (${zone.name})`,
    value,
    valueSelection: [0, value.length],
    ignoreFocusOut: true,
    validateInput: (text) => (readIncidentStart(text) ? undefined : 'Expected a date and time such as 2025-10-26 14:00.'),
  });
  if (start === undefined) return undefined;
  return { title: title.trim(), severity: severity.level, start };
}

async function readTemplate(extensionUri: vscode.Uri, folder: vscode.WorkspaceFolder | undefined, setting: string): Promise<string> {
  const path = setting.trim();
  if (!path) return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'templates', 'postmortem.md')));
  const uri = isAbsolute(path) ? vscode.Uri.file(path) : folder ? vscode.Uri.joinPath(folder.uri, path) : undefined;
  if (!uri) throw new Error(`postmortem.newIncident.template is relative (${path}) but no folder is open.`);
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    throw new Error(`Cannot read the template ${uri.fsPath} (postmortem.newIncident.template): ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function firstFreeName(folder: vscode.Uri, date: string, title: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, candidateName(date, title, n));
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path);
}
