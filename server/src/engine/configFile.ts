// The shared rule configuration file `.pp-connector.json`: one file in the repository that the command-line checker
// and the VS Code extension both honour, so a team configures rules once. Same shape as the `ppConnector.*`
// settings: `{ "rules": { "<id>": "<severity>" }, "profile": "...", "validate": true }`.
// File access goes through a small host interface so the engine stays usable where there is no file system.
import { parse, ParseError, printParseErrorCode } from 'jsonc-parser';
import { EngineSettings, normalizeSettings } from './settings';
import { decodeUriSafe } from './uri';

export const CONFIG_FILE_NAME = '.pp-connector.json';

export interface ConfigHost {
  /** True when a regular file exists at the path. */
  isFile(path: string): boolean;
  /** True when a directory or file exists at the path (used to spot the repository root, `.git`). */
  exists(path: string): boolean;
  readFile(path: string): string;
}

export interface ConfigFile {
  path: string;
  settings: EngineSettings;
  /** Human-readable problems (syntax errors, bad values, unknown rule ids); the good parts still apply. */
  problems: string[];
}

/** Parses the text of a config file. Comments and trailing commas are tolerated: it is our file, not paconn's. */
export function parseConfigText(text: string, path: string, knownRuleIds?: ReadonlySet<string>): ConfigFile {
  const errors: ParseError[] = [];
  const raw = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map(e => `${path}:${lineColumn(text, e.offset)}: ${words(printParseErrorCode(e.error))}.`);
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
    problems.push(`${path}: the configuration must be a JSON object.`);
    return { path, settings: normalizeSettings(undefined).settings, problems };
  }
  const normalized = normalizeSettings(raw, knownRuleIds);
  return { path, settings: normalized.settings, problems: [...problems, ...normalized.problems.map(p => `${path}: ${p}`)] };
}

/**
 * The nearest `.pp-connector.json` from `startDir` upwards, stopping at the repository root (the first folder holding
 * `.git`) or the file-system root. Paths use `/` or `\`; the result keeps the caller's separators.
 */
export function findConfigFile(startDir: string, host: ConfigHost): string | undefined {
  const sep = startDir.includes('\\') && !startDir.includes('/') ? '\\' : '/';
  let dir = startDir.replace(/[\\/]+$/, '') || sep;
  for (;;) {
    const candidate = (dir.endsWith(sep) ? dir : dir + sep) + CONFIG_FILE_NAME;
    if (host.isFile(candidate)) return candidate;
    if (host.exists((dir.endsWith(sep) ? dir : dir + sep) + '.git')) return undefined;
    const cut = Math.max(dir.lastIndexOf('/'), dir.lastIndexOf('\\'));
    if (cut < 0) return undefined;
    const parent = cut === 0 ? dir.slice(0, 1) : dir.slice(0, cut);
    if (parent === dir || /^[A-Za-z]:$/.test(dir)) return undefined;
    dir = parent;
  }
}

/** Reads and parses a config file; an unreadable file is a problem, not an exception. */
export function loadConfigFile(path: string, host: ConfigHost, knownRuleIds?: ReadonlySet<string>): ConfigFile {
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
  };
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
  stat(uri: string): Promise<{ kind: 'file' | 'directory' | 'other' } | undefined>;
}

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
      try {
        return parseConfigText(await fs.readFile(candidate), path, knownRuleIds);
      } catch (e) {
        return { path, settings: normalizeSettings(undefined).settings, problems: [`${path}: cannot read the file (${e instanceof Error ? e.message : String(e)}).`] };
      }
    }
    if (await fs.stat(dir + '.git').catch(() => undefined)) return undefined;
  }
  return undefined;
}
