// The shared rule configuration file `.pp-connector.json`: one file in the repository that the command-line checker
// and the VS Code extension both honour, so a team configures rules once. Same shape as the `ppConnector.*`
// settings: `{ "rules": { "<id>": "<severity>" }, "profile": "...", "validate": true }`.
// File access goes through a small host interface so the engine stays usable where there is no file system.
import { parse, ParseError, printParseErrorCode } from 'jsonc-parser';
import { EngineSettings, normalizeSettings } from './settings';
import { decodeUriSafe } from './uri';

export const CONFIG_FILE_NAME = '.pp-connector.json';
/** Real configuration files are a few hundred bytes; a bigger one is generated or hostile and is not read. */
export const MAX_CONFIG_BYTES = 256 * 1024;

export interface ConfigHost {
  /** True when a regular file exists at the path. */
  isFile(path: string): boolean;
  /** True when a directory or file exists at the path (used to spot the repository root, `.git`). */
  exists(path: string): boolean;
  readFile(path: string): string;
  /** Size in bytes, when the host can tell without reading (lets a huge file be declined unread). */
  size?(path: string): number | undefined;
}

export interface ConfigFile {
  path: string;
  settings: EngineSettings;
  /** Human-readable problems (syntax errors, bad values, unknown rule ids); the good parts still apply. */
  problems: string[];
}

/** Parses the text of a config file. Comments and trailing commas are tolerated: it is our file, not paconn's. */
export function parseConfigText(text: string, path: string, knownRuleIds?: ReadonlySet<string>): ConfigFile {
  if (text.length > MAX_CONFIG_BYTES) return tooLarge(path, text.length);
  const errors: ParseError[] = [];
  const raw = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.slice(0, 10).map(e => `${path}:${lineColumn(text, e.offset)}: ${words(printParseErrorCode(e.error))}.`);
  if (errors.length > 10) problems.push(`${path}: ... and ${errors.length - 10} more syntax errors.`);
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
    problems.push(`${path}: the configuration must be a JSON object.`);
    return { path, settings: normalizeSettings(undefined).settings, problems };
  }
  const normalized = normalizeSettings(raw, knownRuleIds);
  return { path, settings: normalized.settings, problems: [...problems, ...normalized.problems.map(p => `${path}: ${p}`)] };
}

/**
 * The nearest `.pp-connector.json` from `startDir` upwards, stopping at the repository root (the first folder holding
 * `.git`). Outside a repository, a file above `boundary` (the folder the user named) does not apply: a stray
 * `{"validate": false}` in a home or download folder must not silently turn off the checks of an unpacked connector.
 * Without a boundary the walk may go to the file-system root. Paths use `/` or `\`; the result keeps the caller's
 * separators.
 */
export function findConfigFile(startDir: string, host: ConfigHost, boundary?: string): string | undefined {
  const sep = startDir.includes('\\') && !startDir.includes('/') ? '\\' : '/';
  const trim = (d: string) => d.replace(/[\\/]+$/, '') || sep;
  const stop = boundary === undefined ? undefined : trim(boundary);
  const within = (d: string) => stop === undefined || d === stop || d.startsWith(stop.endsWith(sep) ? stop : stop + sep);
  const slash = (d: string) => (d.endsWith(sep) ? d : d + sep);
  let found: string | undefined;
  for (let dir: string | undefined = trim(startDir); dir !== undefined; dir = parentOf(dir)) {
    if (!found) {
      const candidate = slash(dir) + CONFIG_FILE_NAME;
      if (host.isFile(candidate)) {
        if (within(dir)) return candidate;
        // Above the folder given: it applies only if a repository root holds it (checked further up).
        found = candidate;
      }
    }
    if (host.exists(slash(dir) + '.git')) return found;
  }
  return undefined;
}

function parentOf(dir: string): string | undefined {
  const cut = Math.max(dir.lastIndexOf('/'), dir.lastIndexOf('\\'));
  if (cut < 0 || /^[A-Za-z]:$/.test(dir)) return undefined;
  const parent = cut === 0 ? dir.slice(0, 1) : dir.slice(0, cut);
  return parent === dir ? undefined : parent;
}

/** Reads and parses a config file; an unreadable file is a problem, not an exception. */
export function loadConfigFile(path: string, host: ConfigHost, knownRuleIds?: ReadonlySet<string>): ConfigFile {
  const size = host.size?.(path);
  if (size !== undefined && size > MAX_CONFIG_BYTES) return tooLarge(path, size);
  let text: string;
  try {
    text = host.readFile(path);
  } catch (e) {
    const reason = (e as { code?: string } | undefined)?.code ?? (e instanceof Error ? e.message : String(e));
    return { path, settings: normalizeSettings(undefined).settings, problems: [`${path}: cannot read the file (${reason}).`] };
  }
  return parseConfigText(text, path, knownRuleIds);
}

/**
 * Layers settings: `over` wins where it says something. Rules merge per id; a profile of `auto` and the default
 * `validate: true` do not override an explicit choice underneath, since editors report defaults as values.
 */
export function mergeSettings(under: EngineSettings, over: Partial<EngineSettings>): EngineSettings {
  return {
    validate: under.validate && over.validate !== false,
    rules: { ...under.rules, ...(over.rules ?? {}) },
    profile: over.profile && over.profile !== 'auto' ? over.profile : under.profile,
    ...(over.breakingBase || under.breakingBase ? { breakingBase: over.breakingBase || under.breakingBase } : {}),
  };
}

/** A configuration file over the size limit: ignored as a whole (defaults apply), with one problem saying so. */
function tooLarge(path: string, size: number): ConfigFile {
  const shown = size >= 1024 * 1024 ? `${(size / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(size / 1024)} KB`;
  return { path, settings: normalizeSettings(undefined).settings, problems: [`${path}: too large (${shown}; the limit is ${MAX_CONFIG_BYTES / 1024} KB); ignored.`] };
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - (before.lastIndexOf('\n') + 1) + 1}`;
}

/** `CloseBraceExpected` -> `close brace expected`. */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The async, URI-based file access of the language server (engine/swagger/fileSystem.ts), structurally. */
export interface UriFileSystem {
  readFile(uri: string): Promise<string>;
  stat(uri: string): Promise<{ kind: 'file' | 'directory' | 'other'; size?: number; mtime?: number } | undefined>;
}

/**
 * Parsed configuration files by URI, valid while the file's mtime and size stay the same: the server asks for the
 * configuration of every document it validates, and a workspace shares one or two files. Bounded, oldest out first.
 */
const parsedConfigs = new Map<string, { stamp: string; config: ConfigFile }>();
const MAX_CACHED_CONFIGS = 64;

/**
 * The language server's lookup: the nearest `.pp-connector.json` above a document URI (same walk as
 * findConfigFile: up to the folder holding `.git`), parsed; undefined when there is none.
 */
export async function configForDocument(documentUri: string, fs: UriFileSystem, knownRuleIds?: ReadonlySet<string>): Promise<ConfigFile | undefined> {
  const m = /^([a-z][\w+.-]*:\/\/[^/]*)(\/.*)$/i.exec(documentUri);
  if (!m) return undefined;
  const [, authority, fullPath] = m;
  const segments = fullPath.split('/').slice(1, -1);
  for (let n = segments.length; n >= 0; n--) {
    const dir = authority + '/' + segments.slice(0, n).map(s => s + '/').join('');
    const candidate = dir + CONFIG_FILE_NAME;
    const stat = await fs.stat(candidate).catch(() => undefined);
    if (stat?.kind === 'file') {
      const path = decodeUriSafe(candidate.slice(authority.length)).replace(/^\/([A-Za-z]:)/, '$1');
      if (stat.size !== undefined && stat.size > MAX_CONFIG_BYTES) return tooLarge(path, stat.size);
      const stamp = stat.mtime !== undefined && stat.size !== undefined ? `${stat.mtime}:${stat.size}` : undefined;
      const cached = stamp ? parsedConfigs.get(candidate) : undefined;
      if (cached && cached.stamp === stamp) return cached.config;
      let config: ConfigFile;
      try {
        config = parseConfigText(await fs.readFile(candidate), path, knownRuleIds);
      } catch (e) {
        return { path, settings: normalizeSettings(undefined).settings, problems: [`${path}: cannot read the file (${e instanceof Error ? e.message : String(e)}).`] };
      }
      if (stamp) {
        parsedConfigs.delete(candidate);
        parsedConfigs.set(candidate, { stamp, config });
        if (parsedConfigs.size > MAX_CACHED_CONFIGS) parsedConfigs.delete(parsedConfigs.keys().next().value as string);
      }
      return config;
    }
    if (await fs.stat(dir + '.git').catch(() => undefined)) return undefined;
  }
  return undefined;
}
