// What a paconn settings.json says about the connector folder: the files it names (`apiProperties`,
// `apiDefinition`, `icon`, `script`) with the exact place of each name, how such a name is resolved, and whether a
// file called settings.json is a paconn settings file at all (VS Code keeps its own settings.json files too).
// Pairing (swagger/pairing.ts), validation, completion and the command line all read settings.json through here.
import { Node as JsonNode, parseTree } from 'jsonc-parser';
import { URI, Utils } from 'vscode-uri';

/** The members naming a file of the connector, and the extensions a file of each kind has. */
export const FILE_KEYS = {
  apiProperties: { what: 'API properties', extensions: ['.json'], default: 'apiProperties.json' },
  apiDefinition: { what: 'API definition (swagger)', extensions: ['.json'], default: 'apiDefinition.swagger.json' },
  icon: { what: 'icon', extensions: ['.png', '.jpg', '.jpeg'], default: 'icon.png' },
  script: { what: 'custom code', extensions: ['.csx', '.cs'], default: 'script.csx' },
} as const;

export type FileKey = keyof typeof FILE_KEYS;

/** Every member paconn reads from settings.json (settings/settingsserializer.py of paconn 0.0.21). */
export const PACONN_KEYS: readonly string[] = [
  'connectorId', 'environment', 'apiProperties', 'apiDefinition', 'icon', 'script',
  'powerAppsUrl', 'powerAppsApiVersion', 'flowUrl', 'flowApiVersion',
];

export interface NamedFile {
  key: FileKey;
  /** The name as written (after JSON unescaping), untrimmed. */
  value: string;
  /** Offset and length of the string value, quotes included. */
  offset: number;
  length: number;
}

export function isFileKey(key: string): key is FileKey {
  return Object.prototype.hasOwnProperty.call(FILE_KEYS, key);
}

function rootOf(text: string): JsonNode | undefined {
  try {
    const root = parseTree(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text, [], { allowTrailingComma: true });
    return root?.type === 'object' ? root : undefined;
  } catch {
    return undefined; // nesting too deep for the parser: nothing is named
  }
}

/** The file names a settings.json text gives, in the order written (the last one wins for a repeated key, as in paconn). */
export function namedFiles(text: string): NamedFile[] {
  const root = rootOf(text);
  const byKey = new Map<FileKey, NamedFile>();
  for (const member of root?.children ?? []) {
    const [keyNode, valueNode] = member.children ?? [];
    const key = keyNode?.value;
    if (typeof key !== 'string' || !isFileKey(key) || valueNode?.type !== 'string') continue;
    byKey.set(key, { key, value: String(valueNode.value), offset: valueNode.offset, length: valueNode.length });
  }
  return [...byKey.values()];
}

/** The name of one file, trimmed; undefined when the key is absent, not a string or blank. */
export function namedFile(text: string, key: FileKey): string | undefined {
  const named = namedFiles(text).find(f => f.key === key)?.value.trim();
  return named ? named : undefined;
}

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** The URI a name in settings.json stands for: absolute as given, otherwise relative to the settings file's folder. */
export function resolveNamed(settingsUri: string, named: string): string {
  const name = named.trim();
  if (isAbsolutePath(name)) {
    // On the same file system as the settings file: the disk, or a virtual one (github.dev, vscode.dev).
    const base = URI.parse(settingsUri);
    return base.scheme === 'file' ? URI.file(name).toString() : base.with({ path: name.replace(/\\/g, '/') }).toString();
  }
  return Utils.resolvePath(Utils.dirname(URI.parse(settingsUri)), name.replace(/\\/g, '/')).toString();
}

/** True for a settings.json inside a `.vscode` folder (the editor's own settings, never paconn's). */
export function isEditorSettingsPath(uriOrPath: string): boolean {
  return /(^|[\\/])\.vscode[\\/][^\\/]*$/i.test(decodeURIComponentSafe(uriOrPath));
}

function decodeURIComponentSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** True for a file named settings.json (any casing). */
export function isSettingsFileName(uriOrPath: string): boolean {
  return /(^|[\\/])settings\.json$/i.test(uriOrPath);
}

/**
 * Whether a settings.json is paconn's: never inside `.vscode`; otherwise when it names one of paconn's members, or
 * when it lies beside an apiProperties.json and holds nothing that looks like an editor setting (`editor.fontSize`)
 * or anything but an object.
 */
export function isPaconnSettings(uri: string, text: string, besideApiProperties: boolean): boolean {
  if (isEditorSettingsPath(uri)) return false;
  const root = rootOf(text);
  const keys = (root?.children ?? []).map(m => m.children?.[0]?.value).filter((k): k is string => typeof k === 'string');
  if (keys.some(k => PACONN_KEYS.includes(k))) return true;
  if (!besideApiProperties) return false;
  // A broken or empty file beside apiProperties.json is still the connector's settings file (and gets its findings).
  if (!root) return !/^\s*\[/.test(text);
  return !keys.some(k => k.includes('.'));
}
