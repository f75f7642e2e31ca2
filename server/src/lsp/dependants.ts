// Which open documents must be analysed again when another file changes (its buffer or its copy on disk). The
// apiProperties ↔ swagger pairing is the swagger store's (it knows settings.json and the pairing rules); the
// folder-level rules below cover the kinds that read their siblings (script.csx reads the swagger and
// apiProperties.json of its folder). Each kind that reads other files adds its rule here.
import type { DocumentKind } from './documentKinds';

export interface OpenDocument {
  uri: string;
  kind: DocumentKind;
}

type DependantRule = (changedUri: string, open: readonly OpenDocument[]) => string[];

const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/') + 1);

const RULES: DependantRule[] = [
  // A script.csx is checked against the swagger and apiProperties.json (and settings.json) of its folder.
  (changed, open) => open.filter(d => d.kind === 'script' && d.uri !== changed && folderOf(d.uri) === folderOf(changed)).map(d => d.uri),
  // apiProperties.json reports scriptOperations without a script: a *.csx opened, edited or closed beside it counts.
  (changed, open) => /\.csx$/i.test(changed) ? open.filter(d => d.kind === 'apiProperties' && folderOf(d.uri) === folderOf(changed)).map(d => d.uri) : [],
  // A paconn settings.json checks that the files it names exist, and is paconn's when apiProperties.json is beside it.
  (changed, open) => open.filter(d => d.kind === 'paconnSettings' && d.uri !== changed && folderOf(d.uri) === folderOf(changed)).map(d => d.uri),
];

/** The open documents (other than `changedUri`) whose analysis depends on `changedUri`. */
export function dependantsOf(changedUri: string, open: readonly OpenDocument[]): string[] {
  const out = new Set<string>();
  for (const rule of RULES) for (const uri of rule(changedUri, open)) out.add(uri);
  return [...out];
}
