// The x-ms-dynamic-* extensions call another operation of the swagger by its operationId (and pass it parameters);
// shared by the rules that check those references.
import type { Node } from 'jsonc-parser';
import { entries, str, SwaggerModel, val } from './model';

export const DYNAMIC_EXTENSIONS: readonly string[] = ['x-ms-dynamic-values', 'x-ms-dynamic-schema', 'x-ms-dynamic-list', 'x-ms-dynamic-properties'];

export interface DynamicCall {
  extension: string;
  /** The extension's object (or the `open`/`browse` object of x-ms-dynamic-tree). */
  node: Node;
  operationId?: string;
  operationIdNode?: Node;
  /** The `parameters` object (names of the called operation's parameters as keys). */
  parameters?: Node;
}

export function dynamicCalls(model: SwaggerModel): DynamicCall[] {
  const out: DynamicCall[] = [];
  const add = (extension: string, node: Node) => {
    if (node.type !== 'object') return;
    const operationIdNode = val(node, 'operationId');
    out.push({ extension, node, operationId: str(operationIdNode), operationIdNode, parameters: val(node, 'parameters') });
  };
  for (const x of model.extensionKeys) {
    const value = x.key.parent?.children?.[1];
    if (!value) continue;
    if (DYNAMIC_EXTENSIONS.includes(x.name)) add(x.name, value);
    else if (x.name === 'x-ms-dynamic-tree') for (const e of entries(value)) if (e.name === 'open' || e.name === 'browse') add(`x-ms-dynamic-tree.${e.name}`, e.value);
  }
  return out;
}
