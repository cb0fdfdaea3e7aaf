import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsProblem } from '../../../schemas/settings';
import { applyTeamConfig, parseTeamConfig } from '../../../schemas/teamConfig';

/**
 * Reads the team file (.postmortemrc.json) that applies to a document; supplied by the runtime's adapter. `problem`
 * says why it could not be read (a folder or FIFO of that name, too large): its text is then `{}`.
 */
export type TeamConfigReader = (documentUri: string) => Promise<{ uri: string; text: string; problem?: string } | undefined>;

/**
 * A cheap fingerprint of the team file that applies to a document (its path, modification time and size), or ''
 * when there is none: for clients that cannot watch files, a change is seen on the next check of a document.
 */
export type TeamConfigStamp = (documentUri: string) => string;

/** How long a `workspace/configuration` request may go unanswered before the other sources are used. */
export const CONFIGURATION_TIMEOUT_MS = 3000;

/** The settings sources below the team file, lowest first: each key is taken from the highest that sets it validly. */
type Source = 'initializationOptions' | 'workspace/didChangeConfiguration' | 'workspace/configuration';

/**
 * Settings per resource, from every channel an editor may use, in one precedence: the team file, over the
 * client's answer to `workspace/configuration` (pulled per resource, so a folder can override them), over the
 * settings it pushed with `workspace/didChangeConfiguration`, over `initializationOptions`, over the defaults.
 * Each key falls through on its own: a `null`, empty or partial answer leaves the keys it does not set to the
 * sources below. An answer wrapped in its section (`{ postmortem: {...} }`) or dotted (`postmortem.timezone`) is
 * read the same. A bad value is reported once, with its key and channel; a client that does not answer
 * `workspace/configuration` within CONFIGURATION_TIMEOUT_MS is not asked again until its settings change.
 * Cached per document until something changes; never kept as one server-wide global.
 */
export class SettingsStore {
  private readonly perResource = new Map<string, { settings: Promise<Settings>; stamp: string | undefined }>();
  private readonly reported = new Set<string>();
  private initial: unknown;
  private pushed: unknown;
  private pullAnswered = true;
  /** False in an untrusted workspace (VS Code's Restricted Mode): the team file is the workspace's, not the user's. */
  private teamFileTrusted = true;

  constructor(
    private readonly connection: Connection,
    private readonly clientPullsConfiguration: () => boolean,
    private readonly readTeamConfig: TeamConfigReader = async () => undefined,
    private readonly teamConfigStamp?: TeamConfigStamp,
    private readonly configurationTimeoutMs = CONFIGURATION_TIMEOUT_MS,
  ) {}

  /** `initializationOptions` (`{ postmortem: {...} }`, `{ settings: {...} }`, or the settings themselves). */
  setInitial(raw: unknown): void {
    this.initial = raw;
  }

  /** The `settings` of `workspace/didChangeConfiguration` (`{ postmortem: {...} }`); true when they say anything. */
  setPushed(raw: unknown): boolean {
    const unwrapped = unwrap(raw, true);
    this.pushed = unwrapped;
    this.pullAnswered = true;
    return unwrapped !== undefined;
  }

  /** The client says the workspace is untrusted: settings come from the editor alone, never from a team file. */
  ignoreTeamFile(): void {
    this.teamFileTrusted = false;
    this.clear();
  }

  get(uri: string): Promise<Settings> {
    const cached = this.perResource.get(uri);
    if (cached) return cached.settings;
    const entry = { settings: this.load(uri), stamp: this.teamConfigStamp?.(uri) };
    this.perResource.set(uri, entry);
    return entry.settings;
  }

  /**
   * For clients that do not watch files: whether the team file that applies to `uri` changed (appeared, went, or
   * was written) since its settings were read. Costs a few lstat calls up the tree.
   */
  teamFileChanged(uri: string): boolean {
    const cached = this.perResource.get(uri);
    if (!this.teamConfigStamp || !cached) return false;
    return this.teamConfigStamp(uri) !== cached.stamp;
  }

  private async load(uri: string): Promise<Settings> {
    let settings = DEFAULT_SETTINGS;
    settings = this.layer(settings, 'initializationOptions', unwrap(this.initial, true));
    settings = this.layer(settings, 'workspace/didChangeConfiguration', this.pushed);
    if (this.clientPullsConfiguration() && this.pullAnswered) settings = this.layer(settings, 'workspace/configuration', unwrap(await this.pull(uri), false));
    const file = this.teamFileTrusted ? await this.readTeamConfig(uri).catch(() => undefined) : undefined;
    if (!file) return settings;
    if (file.problem) this.report([{ key: '.postmortemrc.json', message: file.problem }]);
    const { config, problems } = parseTeamConfig(file.text);
    this.report(problems);
    return applyTeamConfig(settings, config);
  }

  /** The client's answer for the section, or undefined when it fails or does not answer in time. */
  private async pull(uri: string): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = Symbol('timed out');
    const answer = await Promise.race([
      this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'postmortem' }).catch(() => undefined),
      new Promise<typeof timedOut>((resolve) => (timer = setTimeout(() => resolve(timedOut), this.configurationTimeoutMs))),
    ]);
    clearTimeout(timer);
    if (answer !== timedOut) return answer;
    this.pullAnswered = false;
    this.log(`workspace/configuration was not answered within ${this.configurationTimeoutMs} ms: using the other settings sources until the settings change.`);
    return undefined;
  }

  /** `settings` with each key `raw` sets validly taken from it; a bad key is reported and left to the sources below. */
  private layer(settings: Settings, source: Source, raw: unknown): Settings {
    if (raw === undefined || raw === null) return settings;
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      this.report([{ key: 'postmortem', message: `postmortem (${source}): expected an object of settings, got ${Array.isArray(raw) ? 'an array' : typeof raw}; ignored.` }]);
      return settings;
    }
    const { settings: parsed, problems } = parseSettings(raw);
    this.report(problems.map((p) => ({ ...p, message: `${p.message.replace(/; using the default\.$/, '; ignored.')} (${source})` })));
    const bad = new Set(problems.map((p) => p.key));
    const layered: Record<string, unknown> = { ...settings };
    for (const key of Object.keys(DEFAULT_SETTINGS)) {
      const value = (raw as Record<string, unknown>)[key];
      if (value !== undefined && value !== null && !bad.has(key)) layered[key] = parsed[key as keyof Settings];
    }
    return layered as Settings;
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
  }

  clear(): void {
    this.perResource.clear();
  }

  private report(problems: SettingsProblem[]): void {
    for (const problem of problems) {
      if (this.reported.has(problem.message)) continue;
      this.reported.add(problem.message);
      this.connection.console.warn(problem.message);
      // A notification, not window/showMessageRequest: nothing to answer, and clients without it are fine.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Post-mortem settings: ${problem.message}` });
    }
  }

  private log(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.connection.console.warn(message);
  }
}

/**
 * The settings in what a channel gave: `{ postmortem: {...} }` (a wrapped answer, Helix's `config`, a push),
 * `{ settings: {...} }` (initializationOptions), dotted keys (`postmortem.timezone`), or, for a section's own
 * answer, the settings themselves. An empty object or null is nothing (undefined), so the sources below apply.
 */
const CLIENT_OPTIONS = new Set(['ruleDocsBaseUri', 'workspaceTrusted']);

function unwrap(raw: unknown, wrappedOnly: boolean): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const record = raw as Record<string, unknown>;
  let inner: unknown = raw;
  if (record.postmortem !== undefined) inner = record.postmortem;
  else if (record.settings !== undefined && wrappedOnly) inner = unwrap(record.settings, true);
  else if (Object.keys(record).some((key) => key.startsWith('postmortem.'))) {
    inner = Object.fromEntries(Object.entries(record).filter(([key]) => key.startsWith('postmortem.')).map(([key, value]) => [key.slice('postmortem.'.length), value]));
  } else if (wrappedOnly) {
    // What the client says of itself (VS Code's: where the rule docs are, whether the workspace is trusted) is no setting.
    const own = Object.entries(record).filter(([key]) => !CLIENT_OPTIONS.has(key));
    if (own.length === 0) return undefined;
    inner = Object.fromEntries(own);
  }
  if (inner !== null && typeof inner === 'object' && !Array.isArray(inner) && Object.keys(inner).length === 0) return undefined;
  return inner ?? undefined;
}
