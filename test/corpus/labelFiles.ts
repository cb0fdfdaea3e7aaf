import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentLabelSchema, type DocumentLabel } from './labelSchema';

export const LABEL_FOLDERS = ['corpus', 'corpus-2'] as const;
export type LabelFolder = (typeof LABEL_FOLDERS)[number];

/** The documents of a corpus folder: every file but SOURCES.tsv. */
export function corpusDocuments(sharedDir: string, folder: LabelFolder): string[] {
  const dir = join(sharedDir, folder);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name !== 'SOURCES.tsv').sort() : [];
}

export function labelPath(labelsDir: string, folder: LabelFolder, file: string): string {
  return join(labelsDir, folder, `${file}.json`);
}

/** Problems with one label file: schema errors, a wrong file or folder name, lines outside the document. */
export function checkLabel(labelFile: string, documentText: string | undefined, folder: LabelFolder, file: string): { label?: DocumentLabel; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(labelFile, 'utf8'));
  } catch (error) {
    return { problems: [`${labelFile}: not JSON: ${(error as Error).message}`] };
  }
  const parsed = documentLabelSchema.safeParse(json);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => `${labelFile}: ${issue.path.join('.') || '(root)'}: ${issue.message}`) };
  const label = parsed.data;
  const problems: string[] = [];
  if (label.file !== file) problems.push(`${labelFile}: file is "${label.file}", expected "${file}"`);
  if (label.folder !== folder) problems.push(`${labelFile}: folder is "${label.folder}", expected "${folder}"`);
  if (documentText !== undefined) {
    const lines = documentText.split('\n');
    const check = (where: string, line: number | null) => {
      if (line === null) return;
      if (line > lines.length) problems.push(`${labelFile}: ${where}: line ${line} is past the end (${lines.length} lines)`);
      else if (lines[line - 1].trim() === '') problems.push(`${labelFile}: ${where}: line ${line} is blank`);
    };
    label.timeline.forEach((e, i) => check(`timeline.${i}`, e.line));
    label.statedFigures.forEach((f, i) => check(`statedFigures.${i}`, f.line));
    label.actionItems.forEach((a, i) => check(`actionItems.${i}`, a.line));
    label.defects.forEach((d, i) => check(`defects.${i}`, d.line));
    label.durations.forEach((d, i) => d.lines.forEach((l) => check(`durations.${i}`, l)));
  }
  return { label, problems };
}
