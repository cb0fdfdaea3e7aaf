import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkLabel, corpusDocuments, LABEL_FOLDERS, labelPath, type LabelFolder } from './labelFiles';

/** scripts/check-labels.mjs: prints every problem and returns the exit status. */
export function main(args: string[]): number {
  const sharedDir = resolve(process.env.POSTMORTEM_SHARED ?? join('..', 'shared'));
  const labelsDir = resolve('test/corpus/labels');
  const targets: { folder: LabelFolder; file: string }[] = [];
  const problems: string[] = [];
  if (args.length === 0) {
    for (const folder of LABEL_FOLDERS) {
      for (const file of corpusDocuments(sharedDir, folder)) {
        if (existsSync(labelPath(labelsDir, folder, file))) targets.push({ folder, file });
        else problems.push(`no label for ${folder}/${file}`);
      }
    }
  } else {
    for (const arg of args) {
      const folder = basename(dirname(resolve(arg))) as LabelFolder;
      if (!LABEL_FOLDERS.includes(folder)) problems.push(`${arg}: label files live in test/corpus/labels/<corpus|corpus-2>/`);
      else targets.push({ folder, file: basename(arg).replace(/\.json$/, '') });
    }
  }
  for (const { folder, file } of targets) {
    const documentPath = join(sharedDir, folder, file);
    const text = existsSync(documentPath) ? readFileSync(documentPath, 'utf8') : undefined;
    if (text === undefined) problems.push(`${folder}/${file}: no such document in ${sharedDir}`);
    problems.push(...checkLabel(labelPath(labelsDir, folder, file), text, folder, file).problems);
  }
  for (const problem of problems) console.log(problem);
  console.log(`${targets.length} label file(s) checked, ${problems.length} problem(s)`);
  return problems.length > 0 ? 1 : 0;
}
