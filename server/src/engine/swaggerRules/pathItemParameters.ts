// The parameters a path item lists for all its operations, resolved like an operation's (a `#/parameters/...`
// reference points at the shared definition), for path-parameters-contain-duplicate-parameter and
// path-parameters-contain-multiple-body-parameters. The model keeps only each operation's effective list, where an
// operation's own parameter hides a path-level one, so the path item's list is read here.
import type { Node } from 'jsonc-parser';
import { decodePointer, str, val } from './model';
import type { SwaggerModel } from './model';

export interface ListedParameter {
  /** The item as listed: the object, or the `{ "$ref": ... }` item. */
  site: Node;
  node: Node;
  shared: boolean;
  name?: string;
  nameNode?: Node;
  in?: string;
}

export function listedParameters(model: SwaggerModel, list: Node | undefined): ListedParameter[] {
  if (list?.type !== 'array') return [];
  const shared = val(model.root, 'parameters');
  const out: ListedParameter[] = [];
  for (const item of list.children ?? []) {
    if (item.type !== 'object') continue;
    const ref = str(val(item, '$ref'));
    let node: Node | undefined = item;
    if (ref !== undefined) {
      const m = /^#\/parameters\/(.+)$/.exec(ref);
      node = m ? val(shared, decodePointer(m[1])) : undefined;
      if (node?.type !== 'object') continue;
    }
    const nameNode = val(node, 'name');
    out.push({ site: item, node, shared: ref !== undefined, name: str(nameNode), nameNode, in: str(val(node, 'in')) });
  }
  return out;
}

/** Where to point at a listed parameter: a reference item as written, else its name. */
export function listedNode(p: ListedParameter): Node {
  return p.shared ? p.site : p.nameNode ?? p.site;
}
