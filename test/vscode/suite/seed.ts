import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { writeWorkspaceFile } from './featureHelpers';
import { workspaceRoot } from './helpers';

/** The seed (../shared/seed/postmortem-example.txt) copied into the workspace as a post-mortem Markdown file. */
export async function copySeedIntoWorkspace(relativePath: string): Promise<vscode.Uri> {
  const shared = process.env.POSTMORTEM_SHARED;
  const seedPath = shared ? join(shared, 'seed', 'postmortem-example.txt') : '';
  if (!existsSync(seedPath)) throw new Error(`POSTMORTEM_SHARED must point at ../shared (got ${shared ?? 'nothing'})`);
  return writeWorkspaceFile(workspaceRoot(), relativePath, readFileSync(seedPath, 'utf8'));
}
