// Which files of a connector folder belong together, seen from any one of them: the swagger the apiProperties.json
// pairs with (the same order as the cross-file checks: findSwagger), and the script.csx beside them. The corpus
// layout (`<prefix>.apiProperties.json`, `<prefix>.apiDefinition.swagger.json`, `<prefix>.script.csx`) is understood
// too. Only uris are found here; the server reads each file from its open buffer first, then from the disk.
import { URI, Utils } from 'vscode-uri';
import type { FileKind, FileSystem } from '../swagger/fileSystem';
import { findSwagger } from '../swagger/pairing';
import type { NavigationFileKind } from './files';

export interface ConnectorFileUris { swagger?: string; apiProperties?: string; script?: string }

const NAMES: Record<NavigationFileKind, string> = { apiProperties: 'apiProperties.json', swagger: 'apiDefinition.swagger.json', script: 'script.csx' };
const PREFIXED = /^(.+)\.(apiProperties\.json|apiDefinition\.swagger\.json|script\.csx)$/i;

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

export async function locateConnectorFiles(fs: FileSystem, kind: NavigationFileKind, uri: string): Promise<ConnectorFileUris> {
  const parsed = URI.parse(uri);
  const dir = Utils.dirname(parsed);
  const base = Utils.basename(parsed);
  const prefix = PREFIXED.exec(base)?.[1];
  let entries: [string, FileKind][] = [];
  try {
    entries = await fs.readDirectory(dir.toString());
  } catch {
    entries = [];
  }
  const files = entries.filter(([, k]) => k === 'file').map(([name]) => name);
  const at = (name: string) => Utils.joinPath(dir, name).toString();
  /** `<prefix>.<name>` when this file is prefixed, else `<name>` in any casing. */
  const sibling = (of: NavigationFileKind): string | undefined => {
    const wanted = prefix !== undefined ? `${prefix}.${NAMES[of]}` : NAMES[of];
    const found = files.find(n => n === wanted) ?? files.find(n => same(n, wanted));
    return found !== undefined ? at(found) : undefined;
  };
  const scriptSibling = () => {
    const named = sibling('script');
    if (named || prefix !== undefined) return named;
    const scripts = files.filter(n => /\.csx$/i.test(n));
    return scripts.length === 1 ? at(scripts[0]) : undefined;
  };
  const swaggerOf = async (apiProperties: string) => (await findSwagger(fs, apiProperties)).swaggerUri;

  if (kind === 'apiProperties') return { apiProperties: uri, swagger: await swaggerOf(uri), script: scriptSibling() };
  const apiProperties = sibling('apiProperties');
  if (kind === 'swagger') {
    // Only the apiProperties.json that pairs with this very swagger names its operations.
    const paired = apiProperties !== undefined && same(await swaggerOf(apiProperties), uri);
    return { swagger: uri, apiProperties: paired ? apiProperties : undefined, script: scriptSibling() };
  }
  const swagger = apiProperties !== undefined ? await swaggerOf(apiProperties) : sibling('swagger') ?? onlySwagger(files, at);
  return { script: uri, apiProperties, swagger };
}

function onlySwagger(files: string[], at: (name: string) => string): string | undefined {
  const swaggers = files.filter(n => /\.swagger\.json$/i.test(n));
  return swaggers.length === 1 ? at(swaggers[0]) : undefined;
}
