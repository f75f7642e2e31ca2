// Which apiProperties.json belongs to a script.csx, the way paconn lays a connector out: `<prefix>.apiProperties.json`
// for `<prefix>.script.csx` (flattened collections, the corpus), `apiProperties.json` in the same folder (any casing),
// or the file a paconn `settings.json` in the folder names in `apiProperties`. The swagger is then paired from that
// apiProperties.json as everywhere else (swagger/pairing.ts).
import { parse as parseJsonc } from 'jsonc-parser';
import { URI, Utils } from 'vscode-uri';
import type { FileSystem } from '../swagger/fileSystem';
import { isPaired, SwaggerContext } from '../swagger/types';
import type { ScriptContext } from './scriptChecks';
import { readScriptOperations, ScriptOperationsList } from './scriptOperations';

const CORPUS = /^(.+)\.script\.csx$/i;

/** The apiProperties.json of the connector a script belongs to; undefined when the folder has none. */
export async function findScriptApiProperties(fs: FileSystem, scriptUri: string): Promise<string | undefined> {
  const uri = URI.parse(scriptUri);
  const dir = Utils.dirname(uri);
  const at = (name: string) => Utils.joinPath(dir, name).toString();
  const prefix = CORPUS.exec(Utils.basename(uri))?.[1];
  if (prefix && prefix.toLowerCase() !== 'script' && (await fs.stat(at(`${prefix}.apiProperties.json`)))?.kind === 'file') return at(`${prefix}.apiProperties.json`);
  if ((await fs.stat(at('apiProperties.json')))?.kind === 'file') return at('apiProperties.json');
  let entries: [string, string][] = [];
  try { entries = await fs.readDirectory(dir.toString()); } catch { entries = []; }
  const sibling = entries.find(([name, kind]) => kind === 'file' && name.toLowerCase() === 'apiproperties.json');
  if (sibling) return at(sibling[0]);
  const settings = entries.find(([name, kind]) => kind === 'file' && name.toLowerCase() === 'settings.json');
  if (!settings) return undefined;
  try {
    const value = parseJsonc(await fs.readFile(at(settings[0]))) as { apiProperties?: unknown } | undefined;
    const named = typeof value?.apiProperties === 'string' ? value.apiProperties.trim() : '';
    if (!named) return undefined;
    const target = /^([a-zA-Z]:[\\/]|\/|\\\\)/.test(named) ? URI.file(named) : Utils.resolvePath(dir, named.replace(/\\/g, '/'));
    return (await fs.stat(target.toString()))?.kind === 'file' ? target.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** What the script features know of the rest of the connector. */
export interface ScriptConnector {
  apiPropertiesUri?: string;
  scriptOperations?: ScriptOperationsList;
  swagger?: SwaggerContext;
}

export interface ScriptConnectorSources {
  /** The engine file system; undefined where there is none (the browser): then only open documents count. */
  fileSystem?: FileSystem;
  /** Uris of the open documents (an apiProperties.json open beside the script pairs without the file system). */
  openUris(): string[];
  /** Text of a connector file, the open buffer first. */
  readText(uri: string): Promise<string | undefined>;
  /** The swagger paired with an apiProperties uri (which need not exist: the folder is what counts). */
  swaggerFor(apiPropertiesUri: string): Promise<SwaggerContext | undefined>;
}

/** Reads the connector around a script: its apiProperties.json (scriptOperations) and its swagger. */
export async function loadScriptConnector(scriptUri: string, sources: ScriptConnectorSources): Promise<ScriptConnector> {
  const dir = Utils.dirname(URI.parse(scriptUri)).toString();
  const open = sources.openUris().find(u => /\/apiProperties\.json$/i.test(u) && u.slice(0, u.lastIndexOf('/')) === dir);
  let apiPropertiesUri = open;
  if (!apiPropertiesUri && sources.fileSystem) {
    try { apiPropertiesUri = await findScriptApiProperties(sources.fileSystem, scriptUri); } catch { apiPropertiesUri = undefined; }
  }
  const text = apiPropertiesUri ? await sources.readText(apiPropertiesUri) : undefined;
  const scriptOperations = text !== undefined ? readScriptOperations(text) : undefined;
  const swagger = await sources.swaggerFor(apiPropertiesUri ?? Utils.joinPath(URI.parse(dir), 'apiProperties.json').toString());
  return { apiPropertiesUri, scriptOperations, swagger };
}

/** The checks' view of the connector: operationIds of a paired swagger, a non-empty scriptOperations and its place. */
export function scriptContextOf(connector: ScriptConnector): Pick<ScriptContext, 'operationIds' | 'scriptOperations' | 'scriptOperationsAt'> {
  const so = connector.scriptOperations;
  return {
    operationIds: isPaired(connector.swagger) ? new Set(connector.swagger.operations.keys()) : undefined,
    // An empty list routes every operation to the code: nothing is "not listed" then.
    scriptOperations: so && so.ids.length ? so.ids : undefined,
    scriptOperationsAt: so && connector.apiPropertiesUri ? { uri: connector.apiPropertiesUri, ...so.array } : undefined,
  };
}
