// Settings for each checked file, layered as in ESLint: built-in defaults < configuration file < command-line flags.
// Without --config, each file gets the nearest .pp-connector.json from its folder up to the repository root
// (falling back to the one above the working directory), so one run over a monorepo honours each project's file.
// Outside a repository the walk stops at the path given on the command line (see findConfigFile).
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
  size: p => { try { return fs.statSync(p).size; } catch { return undefined; } },
};

export class SettingsResolver {
  /** Problems found in configuration files (reported once each on stderr; they do not stop the run). */
  readonly problems: string[] = [];
  private readonly flags: Partial<EngineSettings>;
  private readonly explicit?: ConfigFile;
  private readonly byDir = new Map<string, ConfigFile | undefined>();
  private readonly loaded = new Map<string, ConfigFile>();
  private readonly known = allCodes();

  /**
   * `inputOf`: the command-line path each file was found under (from discoverFiles); outside a repository, no
   * configuration above it applies.
   */
  constructor(
    private readonly options: CliOptions, private readonly cwd: string, private readonly host: ConfigHost = nodeConfigHost,
    private readonly inputOf?: ReadonlyMap<string, { path: string; isFolder: boolean }>,
  ) {
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
    const input = this.inputOf?.get(file);
    const boundary = input ? (input.isFolder ? input.path : path.dirname(input.path)) : undefined;
    const config = this.options.noConfig ? undefined
      : this.explicit ?? this.nearest(path.dirname(file), boundary) ?? this.nearest(this.cwd, this.cwd);
    return { settings: mergeSettings(config?.settings ?? DEFAULT_SETTINGS, this.flags), configPath: config?.path };
  }

  private nearest(dir: string, boundary: string | undefined): ConfigFile | undefined {
    const key = `${dir}\u0000${boundary ?? ''}`;
    if (this.byDir.has(key)) return this.byDir.get(key);
    const found = findConfigFile(dir, this.host, boundary);
    const config = found ? this.load(found) : undefined;
    this.byDir.set(key, config);
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
