// Which connector file a document is, from its name (and language): the one place the server decides what it
// analyses. Each kind has its feature module under ./kinds; a document of no kind gets nothing from this server.
import { decodeUriSafe } from '../engine/uri';

export type DocumentKind = 'apiProperties' | 'swagger' | 'script' | 'paconnSettings';

export interface KindInput {
  uri: string;
  languageId: string;
}

export function documentKind(doc: KindInput): DocumentKind | undefined {
  if (doc.languageId === 'apiproperties') return 'apiProperties';
  const path = decodeUriSafe(doc.uri);
  const name = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1).toLowerCase();
  if (name === 'apiproperties.json') return 'apiProperties';
  if (name.endsWith('.swagger.json')) return 'swagger';
  if (name.endsWith('.csx')) return 'script';
  // VS Code's own settings share the name; the kind module decides whether the JSON is really paconn's.
  if (name === 'settings.json' && !/(^|[\\/])\.vscode[\\/][^\\/]*$/i.test(path)) return 'paconnSettings';
  return undefined;
}
