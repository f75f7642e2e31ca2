// Which apiProperties.json belongs to a script.csx, the way paconn lays a connector out: `<prefix>.apiProperties.json`
// for `<prefix>.script.csx` (flattened collections, the corpus), `apiProperties.json` in the same folder (any casing),
// or the file a paconn `settings.json` in the folder names in `apiProperties`. The swagger is then paired from that
// apiProperties.json as everywhere else (swagger/pairing.ts).
import { parse as parseJsonc } from 'jsonc-parser';
import { URI, Utils } from 'vscode-uri';
import type { FileSystem } from '../swagger/fileSystem';

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
