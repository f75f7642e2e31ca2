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

interface PathShape { path: string; key: Node; shapes: string[]; variables: boolean[]; methods: Set<string> }

/** The paths by segment shapes: a whole variable segment is the child "{}". */
interface Trie { children: Map<string, Trie>; ends: PathShape[] }

function insert(root: Trie, item: PathShape): void {
  let node = root;
  for (const s of item.shapes) {
    let next = node.children.get(s);
    if (!next) { next = { children: new Map(), ends: [] }; node.children.set(s, next); }
    node = next;
  }
  node.ends.push(item);
}

/**
 * The paths that match every segment of `it` by shape, or as a variable facing a static segment (either way round),
 * with at least one such crossing: equal paths are duplicate-operation-path's. Walking the trie visits only branches
 * that can still match, instead of comparing every pair of paths.
 */
function partlyDuplicates(root: Trie, it: PathShape): PathShape[] {
  const out: PathShape[] = [];
  const walk = (node: Trie, i: number, crossed: boolean) => {
    if (i === it.shapes.length) {
      if (crossed) out.push(...node.ends);
      return;
    }
    const same = node.children.get(it.shapes[i]);
    if (same) walk(same, i + 1, crossed);
    if (it.variables[i]) {
      for (const [shapeKey, child] of node.children) if (shapeKey !== '{}') walk(child, i + 1, true);
    } else {
      const variable = node.children.get('{}');
      if (variable) walk(variable, i + 1, true);
    }
  };
  walk(root, 0, false);
  return out;
}

export const rule: SwaggerRule = {
  id: 'partial-duplicate-operation-path',
  validatorName: 'PartialDuplicateOperationPath',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'Two paths with an operation of the same method differ only where one has a variable segment and the other a static one (certification).',
  profiles: CERTIFICATION,
  check(model, ctx) {
    // Each path's segments are split and shaped once; the pairwise comparison then only compares strings.
    const items: PathShape[] = model.pathItems.map(item => {
      const segments = item.path.split('/');
      return { path: item.path, key: item.key, shapes: segments.map(shape), variables: segments.map(isVariable), methods: new Set<string>() };
    });
    const byNode = new Map<Node, PathShape>();
    model.pathItems.forEach((p, i) => byNode.set(p.node, items[i]));
    for (const op of model.operations) {
      const m = op.method.toLowerCase();
      if (METHODS.includes(m)) byNode.get(op.pathItem)?.methods.add(m);
    }
    const root: Trie = { children: new Map(), ends: [] };
    for (const it of items) if (it.methods.size) insert(root, it);
    for (const it of items) {
      if (!it.methods.size) continue;
      const similar = new Set<string>();
      const methods = new Set<string>();
      for (const other of partlyDuplicates(root, it)) {
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
