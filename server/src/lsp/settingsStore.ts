import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsProblem } from '../../../schemas/settings';
import { applyTeamConfig, parseTeamConfig } from '../../../schemas/teamConfig';

/** Reads the team file (.postmortemrc.json) that applies to a document; supplied by the runtime's adapter. */
export type TeamConfigReader = (documentUri: string) => Promise<{ uri: string; text: string } | undefined>;

/**
 * Settings are read per resource (VS Code settings, then the team file on top) from the client (a folder can override them) and cached until the client says
 * they changed; never kept as one server-wide global. A bad value is reported once with its key.
 */
export class SettingsStore {
  private readonly perResource = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  private fallback: Settings = DEFAULT_SETTINGS;
  /** False in an untrusted workspace (VS Code's Restricted Mode): the team file is the workspace's, not the user's. */
  private teamFileTrusted = true;

  constructor(
    private readonly connection: Connection,
    private readonly clientPullsConfiguration: () => boolean,
    private readonly readTeamConfig: TeamConfigReader = async () => undefined,
  ) {}

  /** Settings given up front by clients that cannot answer workspace/configuration (initializationOptions). */
  setFallback(raw: unknown): void {
    this.fallback = this.validate(raw);
  }

  /** The client says the workspace is untrusted: settings come from the editor alone, never from a team file. */
  ignoreTeamFile(): void {
    this.teamFileTrusted = false;
    this.clear();
  }

  get(uri: string): Promise<Settings> {
    let settings = this.perResource.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.perResource.set(uri, settings);
    }
    return settings;
  }

  private async load(uri: string): Promise<Settings> {
    const editor = this.clientPullsConfiguration()
      ? await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'postmortem' }).then((raw) => this.validate(raw), () => this.fallback)
      : this.fallback;
    const file = this.teamFileTrusted ? await this.readTeamConfig(uri).catch(() => undefined) : undefined;
    if (!file) return editor;
    const { config, problems } = parseTeamConfig(file.text);
    this.report(problems);
    return applyTeamConfig(editor, config);
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
  }

  clear(): void {
    this.perResource.clear();
  }

  private validate(raw: unknown): Settings {
    const { settings, problems } = parseSettings(raw);
    this.report(problems);
    return settings;
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
}
