// `postmortem lint [paths...]`: the language server's engine over files, for CI. Node adapter: the only place
// (with server.ts) that touches the file system.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SETTINGS } from '../../schemas/settings';
import { todayIso } from './clock';
import { analyzeText } from './engine/analyze';

const USAGE = `Usage: postmortem lint [paths...]
  Checks post-mortem Markdown files (folders are searched for *.md) and prints
  file:line:col severity code message. Exits 1 when an error is found, 2 on bad usage.`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [command, ...paths] = parsed.positionals;
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'lint' || paths.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let errors = 0;
  for (const file of paths.flatMap(markdownFiles)) {
    const analysis = analyzeText(readFileSync(file, 'utf8'), { settings: DEFAULT_SETTINGS, today: todayIso(), logger: { error: (m) => process.stderr.write(`${m}\n`) } });
    for (const finding of analysis.findings) {
      const { line, character } = analysis.index.lines.positionAt(finding.start);
      process.stdout.write(`${relative(process.cwd(), file) || file}:${line + 1}:${character + 1} ${finding.severity} ${finding.code} ${finding.message}\n`);
      if (finding.severity === 'error') errors++;
    }
  }
  return errors > 0 ? 1 : 0;
}

function markdownFiles(path: string): string[] {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) {
    process.stderr.write(`postmortem: no such file or folder: ${path}\n`);
    process.exitCode = 2;
    return [];
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => (entry.isDirectory() ? markdownFiles(join(path, entry.name)) : /\.(md|markdown)$/i.test(entry.name) ? [join(path, entry.name)] : []));
}

const status = main(process.argv.slice(2));
process.exitCode = Math.max(status, typeof process.exitCode === 'number' ? process.exitCode : 0);
