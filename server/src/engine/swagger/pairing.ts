// Which swagger belongs to an apiProperties.json. paconn and the PowerPlatformConnectors repository keep the two
// side by side; the order below is the order a person would look in:
//   1. `<prefix>.apiDefinition.swagger.json` for `<prefix>.apiProperties.json` (flattened collections, the corpus);
//   2. `apiDefinition.swagger.json` in the same folder, whatever its casing;
//   3. the file a paconn `settings.json` in the folder names in `apiDefinition`;
//   4. the only `*.swagger.json` in the folder.
import { parse as parseJsonc } from 'jsonc-parser';
import { URI, Utils } from 'vscode-uri';
import type { FileKind, FileSystem } from './fileSystem';
import type { PairingKind } from './types';

export interface Pairing {
  /** The swagger to read; undefined when none was found. */
  swaggerUri?: string;
  kind?: PairingKind;
  /** Why nothing (or something surprising) was paired, in words for the note and the status item. */
  problem?: string;
  /** Files whose change can change this pairing (the folder's settings.json), besides the swagger itself. */
  dependsOn: string[];
}

const SIBLING = 'apidefinition.swagger.json';
const CORPUS = /^(.+)\.apiProperties\.json$/i;

export async function findSwagger(fs: FileSystem, apiPropertiesUri: string): Promise<Pairing> {
  const uri = URI.parse(apiPropertiesUri);
  const dir = Utils.dirname(uri);
  const base = Utils.basename(uri);
  const at = (name: string) => Utils.joinPath(dir, name).toString();
  const settingsUri = at('settings.json');
  const dependsOn = [settingsUri];

  const prefix = CORPUS.exec(base)?.[1];
  if (prefix && (await fs.stat(at(`${prefix}.apiDefinition.swagger.json`)))) {
    return { swaggerUri: at(`${prefix}.apiDefinition.swagger.json`), kind: 'corpus', dependsOn };
  }
  // The exact name first: one stat, no folder listing, for the common layout.
  if (await fs.stat(at('apiDefinition.swagger.json'))) return { swaggerUri: at('apiDefinition.swagger.json'), kind: 'sibling', dependsOn };

  let entries: [string, FileKind][] = [];
  try {
    entries = await fs.readDirectory(dir.toString());
  } catch {
    entries = [];
  }
  const sibling = entries.find(([name]) => name.toLowerCase() === SIBLING);
  if (sibling) return { swaggerUri: at(sibling[0]), kind: 'sibling', dependsOn };

  let problem: string | undefined;
  const settingsEntry = entries.find(([name, kind]) => name.toLowerCase() === 'settings.json' && kind === 'file');
  if (settingsEntry) {
    const named = await apiDefinitionFromSettings(fs, at(settingsEntry[0]));
    if (named) {
      // An absolute path names a file on the same file system as the folder (disk, or a virtual one in the web).
      const target = isAbsolute(named) ? (dir.scheme === 'file' ? URI.file(named) : dir.with({ path: named.replace(/\\/g, '/') })) : Utils.resolvePath(dir, named.replace(/\\/g, '/'));
      const stat = await fs.stat(target.toString());
      if (stat) return { swaggerUri: target.toString(), kind: 'settings', dependsOn };
      problem = `settings.json names "${named}" as apiDefinition, but that file does not exist`;
    }
  }

  const swaggers = entries.filter(([name, kind]) => kind === 'file' && /\.swagger\.json$/i.test(name));
  if (swaggers.length === 1) return { swaggerUri: at(swaggers[0][0]), kind: 'single', dependsOn };
  if (swaggers.length > 1 && !problem) {
    problem = `${swaggers.length} *.swagger.json files in the folder and none is named apiDefinition.swagger.json`;
  }
  return { problem: problem ?? 'no apiDefinition.swagger.json in the folder', dependsOn };
}

async function apiDefinitionFromSettings(fs: FileSystem, uri: string): Promise<string | undefined> {
  try {
    const value = parseJsonc(await fs.readFile(uri)) as { apiDefinition?: unknown } | undefined;
    return typeof value?.apiDefinition === 'string' && value.apiDefinition.trim() ? value.apiDefinition.trim() : undefined;
  } catch {
    return undefined;
  }
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** Where the corpus keeps the swagger of `<prefix>.apiProperties.json` (for tools that pair by name only). */
export function corpusSwaggerName(apiPropertiesName: string): string | undefined {
  const prefix = CORPUS.exec(apiPropertiesName)?.[1];
  return prefix ? `${prefix}.apiDefinition.swagger.json` : undefined;
}
