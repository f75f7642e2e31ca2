// Settings for each checked file, layered as in ESLint: built-in defaults < configuration file < command-line flags.
// Without --config, each file gets the nearest .pp-connector.json from its folder up to the repository root
// (falling back to the one above the working directory), so one run over a monorepo honours each project's file.
import * as fs from 'fs';
import * as path from 'path';
import { ConfigFile, ConfigHost, findConfigFile, loadConfigFile, mergeSettings } from '../engine/configFile';
import { allCodes } from '../engine/rules/registry';
import { DEFAULT_SETTINGS, EngineSettings, normalizeSettings } from '../engine/settings';
import { CliOptions, UsageError } from './args';
import { toDisplayPath } from './check';
import { describeFsError, InputError } from './discover';

export const nodeConfigHost: ConfigHost = {
  isFile: p => { try { return fs.statSync(p).isFile(); } catch { return false; } },
  exists: p => fs.existsSync(p),
  readFile: p => fs.readFileSync(p, 'utf8'),
};

export class SettingsResolver {
  /** Problems found in configuration files (reported once each on stderr; they do not stop the run). */
  readonly problems: string[] = [];
  private readonly flags: Partial<EngineSettings>;
  private readonly explicit?: ConfigFile;
  private readonly byDir = new Map<string, ConfigFile | undefined>();
  private readonly loaded = new Map<string, ConfigFile>();
  private readonly known = allCodes();

  constructor(private readonly options: CliOptions, private readonly cwd: string, private readonly host: ConfigHost = nodeConfigHost) {
    const { problems } = normalizeSettings({ rules: options.rules }, this.known);
    if (problems.length) throw new UsageError(problems[0].replace(' in settings; it is ignored.', ' in --rule.'));
    this.flags = { rules: options.rules, profile: options.profile };
    if (options.config) {
      const p = path.resolve(cwd, options.config);
      if (!host.isFile(p)) {
        let reason = 'not a file';
        try { fs.statSync(p); } catch (e) { reason = describeFsError(e); }
        throw new InputError(`Cannot read the configuration file "${options.config}": ${reason}.`);
      }
      this.explicit = this.load(p);
    }
  }

  /** Settings for one file, and the configuration file they came from. */
  forFile(file: string): { settings: EngineSettings; configPath?: string } {
    const config = this.options.noConfig ? undefined : this.explicit ?? this.nearest(path.dirname(file)) ?? this.nearest(this.cwd);
    return { settings: mergeSettings(config?.settings ?? DEFAULT_SETTINGS, this.flags), configPath: config?.path };
  }

  private nearest(dir: string): ConfigFile | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const found = findConfigFile(dir, this.host);
    const config = found ? this.load(found) : undefined;
    this.byDir.set(dir, config);
    return config;
  }

  private load(p: string): ConfigFile {
    let config = this.loaded.get(p);
    if (!config) {
      config = loadConfigFile(p, this.host, this.known);
      const shown = toDisplayPath(p, this.cwd);
      this.problems.push(...config.problems.map(m => m.startsWith(p) ? shown + m.slice(p.length) : m));
      this.loaded.set(p, config);
    }
    return config;
  }
}
