import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../schemas/settings';

/**
 * Settings are read per resource from the client (a folder can override them) and cached until the client says
 * they changed; never kept as one server-wide global. A bad value is reported once with its key.
 */
export class SettingsStore {
  private readonly perResource = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  private fallback: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly clientPullsConfiguration: () => boolean,
  ) {}

  /** Settings given up front by clients that cannot answer workspace/configuration (initializationOptions). */
  setFallback(raw: unknown): void {
    this.fallback = this.validate(raw);
  }

  get(uri: string): Promise<Settings> {
    if (!this.clientPullsConfiguration()) return Promise.resolve(this.fallback);
    let settings = this.perResource.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'postmortem' })
        .then((raw) => this.validate(raw), () => this.fallback);
      this.perResource.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
  }

  clear(): void {
    this.perResource.clear();
  }

  private validate(raw: unknown): Settings {
    const { settings, problems } = parseSettings(raw);
    for (const problem of problems) {
      if (this.reported.has(problem.message)) continue;
      this.reported.add(problem.message);
      this.connection.console.warn(problem.message);
      // A notification, not window/showMessageRequest: nothing to answer, and clients without it are fine.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Post-mortem settings: ${problem.message}` });
    }
    return settings;
  }
}
