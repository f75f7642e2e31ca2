// Shared by the swagger rules: JSON paths for fixes, naming operations in messages, the parameter's display name.
import { Node, getNodePath } from 'jsonc-parser';
import type { JsonPath } from '../rules/types';
import type { SwaggerOperationModel, SwaggerParameter } from './model';

/** The JSON path of a node, for FixData (`set` inserts or replaces at exactly that place). */
export function pathTo(node: Node): JsonPath {
  return getNodePath(node);
}

/** `"GetItems" (GET /items/{id})`, or the method and path alone when the operation has no id. */
export function describeOperation(op: SwaggerOperationModel): string {
  const where = `${op.method.toUpperCase()} ${op.path}`;
  return op.operationId !== undefined ? `"${op.operationId}" (${where})` : where;
}

/** Where to point at a parameter: its name value, else the item as listed. */
export function parameterNode(p: SwaggerParameter): Node {
  return p.nameNode ?? p.site;
}

/** A short form of a value for messages (never a whole object, never control characters). */
export function shortValue(value: string, max = 60): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return JSON.stringify(clean.length > max ? clean.slice(0, max) + '…' : clean);
}
