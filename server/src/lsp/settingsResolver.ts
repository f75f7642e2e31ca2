// The settings of one apiProperties.json, in layers: the defaults, under the workspace's shared .pp-connector.json
// (also read by the CLI), under the editor's `ppConnector` settings. The editor's settings come from
// workspace/configuration when the client declared it answers that request, otherwise from initializationOptions
// and workspace/didChangeConfiguration pushes. A bad value is reported once (log and a message) and falls back.
import { EngineSettings, allCodes, normalizeSettings } from '../engine';
import { configForDocument, mergeSettings } from '../engine/configFile';
import type { FileSystem } from '../engine/swagger/fileSystem';

export interface SettingsHost {
  /** workspace/configuration for section `ppConnector`, scoped to `uri`; absent when the client cannot answer it. */
  pull?: (uri: string) => Promise<unknown>;
  /** Disk access for .pp-connector.json; without it (browser) the file layer is skipped. */
  fileSystem?: FileSystem;
  /** Reports a settings problem to the user (called once per distinct problem). */
  report(problem: string): void;
}

export class SettingsResolver {
  private readonly byUri = new Map<string, Promise<EngineSettings>>();
  private readonly reported = new Set<string>();

  /** `pushed`: the settings from initializationOptions, replaced by didChangeConfiguration pushes. */
  constructor(private readonly host: SettingsHost, private pushed: unknown) {}

  forDocument(uri: string): Promise<EngineSettings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.resolve(uri);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /**
   * workspace/didChangeConfiguration: every cached value is stale. A client that pushes its settings (no
   * workspace/configuration) sends them as `{ ppConnector: {...} }`; a pull client's payload is ignored.
   */
  configurationChanged(payload: unknown): void {
    this.byUri.clear();
    if (!this.host.pull) this.pushed = (payload as { ppConnector?: unknown } | undefined)?.ppConnector ?? this.pushed;
  }

  /** A .pp-connector.json changed on disk. */
  configFileChanged(): void {
    this.byUri.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private async resolve(uri: string): Promise<EngineSettings> {
    const pulled: Promise<unknown> = this.host.pull ? this.host.pull(uri).then(v => v, () => this.pushed) : Promise.resolve(this.pushed);
    const file = this.host.fileSystem ? configForDocument(uri, this.host.fileSystem, allCodes()).catch(() => undefined) : Promise.resolve(undefined);
    const [value, config] = await Promise.all([pulled, file]);
    const normalized = normalizeSettings(value, allCodes());
    const settings = config ? mergeSettings(config.settings, normalized.settings) : normalized.settings;
    for (const problem of [...normalized.problems, ...(config?.problems ?? [])]) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.host.report(problem);
    }
    return settings;
  }
}
