// "/items/{id}" and "/items/search" (same method) both match the request "/items/search": which operation gets it
// depends on routing order, and a user's id "search" reaches the wrong one. Learn asks for a bigger static difference.
import type { Node } from 'jsonc-parser';
import { METHODS } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';
import { CERTIFICATION } from '../certification';

/** A segment that is one whole variable matches any value; other segments are compared by shape. */
const isVariable = (segment: string) => /^\{[^{}]*\}$/.test(segment);
const shape = (segment: string) => segment.replace(/\{[^{}]*\}/g, '{}').toLowerCase();

/** True when every segment is equal or is a variable facing a static one, and at least one is the latter. */
function partlyDuplicate(a: string[], b: string[]): boolean {
  let crossed = false;
  for (let i = 0; i < a.length; i++) {
    if (shape(a[i]) === shape(b[i])) continue;
    if (isVariable(a[i]) !== isVariable(b[i])) { crossed = true; continue; }
    return false;
  }
  return crossed;
}

export const rule: SwaggerRule = {
  id: 'partial-duplicate-operation-path',
  validatorName: 'PartialDuplicateOperationPath',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'Two paths with an operation of the same method differ only where one has a variable segment and the other a static one (certification).',
  profiles: CERTIFICATION,
  check(model, ctx) {
    const items: { path: string; key: Node; segments: string[]; methods: Set<string> }[] = [];
    for (const item of model.pathItems) items.push({ path: item.path, key: item.key, segments: item.path.split('/'), methods: new Set() });
    const byNode = new Map<Node, (typeof items)[number]>();
    model.pathItems.forEach((p, i) => byNode.set(p.node, items[i]));
    for (const op of model.operations) {
      const m = op.method.toLowerCase();
      if (METHODS.includes(m)) byNode.get(op.pathItem)?.methods.add(m);
    }
    // Only paths of the same length can match the same request: compare within each length.
    const byLength = new Map<number, (typeof items)[number][]>();
    for (const it of items) if (it.methods.size) {
      const list = byLength.get(it.segments.length);
      if (list) list.push(it); else byLength.set(it.segments.length, [it]);
    }
    for (const it of items) {
      if (!it.methods.size) continue;
      const similar = new Set<string>();
      const methods = new Set<string>();
      for (const other of byLength.get(it.segments.length) ?? []) {
        if (other === it || !partlyDuplicate(it.segments, other.segments)) continue;
        const shared = [...it.methods].filter(x => other.methods.has(x));
        if (!shared.length) continue;
        similar.add(other.path);
        shared.forEach(x => methods.add(x.toUpperCase()));
      }
      if (!similar.size) continue;
      const list = [...similar].slice(0, 3).map(p => shortValue(p)).join(', ') + (similar.size > 3 ? ` and ${similar.size - 3} more` : '');
      ctx.report({
        node: it.key,
        message: `Path ${shortValue(it.path)} (${[...methods].join(', ')}) can match the same requests as ${list}: a variable segment in one faces a static segment in the other, so a value equal to that static segment is routed unpredictably. Make the static parts of these paths differ more.`,
      });
    }
  },
};
