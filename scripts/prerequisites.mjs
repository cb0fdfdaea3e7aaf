// Installs what a fresh clone needs before it can build and test: npm packages, and the Debian packages the
// real-VS-Code tier needs (Chromium to drive it, libkrb5-dev and pkg-config to build code-server's native
// modules) and the Neovim tier needs (Debian's neovim). Only Node built-ins here: this runs before node_modules
// exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureNpmPackages() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('> npm ci (node_modules is missing or out of date)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const EDITOR_PACKAGES = {
  purpose: 'The real-VS-Code tier',
  packages: [
    { name: 'chromium', present: () => existsSync('/usr/bin/chromium') },
    { name: 'libkrb5-dev', present: () => dpkgHas('libkrb5-dev') },
    { name: 'pkg-config', present: () => dpkgHas('pkg-config') },
  ],
};

/** Debian's Neovim (0.7.2 on bookworm), which the nvim tier drives headless: the version the README's 0.7-0.10 configuration is tested on. */
export const NEOVIM_PACKAGES = {
  purpose: 'The Neovim tier',
  packages: [{ name: 'neovim', present: () => existsSync('/usr/bin/nvim') }],
};

/**
 * Installs the missing Debian packages (by default the real-VS-Code tier's) with apt-get when running as root;
 * otherwise stops with the exact command to run. Never skips the tier silently.
 */
export function ensureDebianPackages({ purpose, packages } = EDITOR_PACKAGES) {
  const missing = packages.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    console.error(`${purpose} needs Debian packages that are missing: ${missing.join(', ')}.\nRun as root:\n  ${command}`);
    process.exit(1);
  }
  console.log(`> ${command}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env });
}

function dpkgHas(name) {
  if (!hasCommand('dpkg-query')) return false;
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit', ...options });
}

export function packageJson() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

/** A fresh copy of examples/ at .vscode-test/<name>, for a run in code-server that may change its files. */
export function freshWorkspace(name) {
  const workspace = join(root, '.vscode-test', name);
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  return workspace;
}
