// A required property whose schema is (through references) the object itself, or another object that requires its
// way back: no finite value can satisfy the chain.
import type { Node } from 'jsonc-parser';
import { entries, val } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';
import { definitionOf, requiredNames } from '../schemaGraph';

interface Edge { to: Node; ref: Node; property: string }

export const rule: SwaggerRule = {
  id: 'required-loop-in-schema-not-allowed',
  validatorName: 'RequiredLoopInSchemaNotAllowed',
  severity: 'error',
  category: 'swagger-validator',
  description: 'Required properties refer (through `$ref`) back to the definition they are in.',
  check(model, ctx) {
    // Edges between definitions: definition D requires property p whose schema is a $ref to definition E. Arrays may be
    // empty and optional properties may be left out, so only required, direct references make a loop.
    const names = new Map<Node, string>();
    const edges = new Map<Node, Edge[]>();
    const definitions = entries(val(model.root, 'definitions')).filter(d => d.value.type === 'object');
    for (const d of definitions) names.set(d.value, d.name);
    for (const d of definitions) {
      const out: Edge[] = [];
      const parts = [d.value, ...(val(d.value, 'allOf')?.children ?? []).filter(c => c.type === 'object' && !val(c, '$ref'))];
      for (const part of parts) {
        const required = requiredNames(part);
        for (const e of entries(val(part, 'properties'))) {
          if (!required.has(e.name)) continue;
          const target = definitionOf(model, e.value);
          const ref = val(e.value, '$ref');
          if (target && ref && names.has(target)) out.push({ to: target, ref, property: e.name });
        }
      }
      edges.set(d.value, out);
    }
    // Depth-first search, iterative; an edge into a definition on the current path closes a loop (reported once, at
    // the reference that closes it).
    const state = new Map<Node, 1 | 2>();
    for (const d of definitions) {
      if (state.has(d.value)) continue;
      const stack: { node: Node; next: number }[] = [{ node: d.value, next: 0 }];
      state.set(d.value, 1);
      while (stack.length) {
        const top = stack[stack.length - 1];
        const list = edges.get(top.node) ?? [];
        if (top.next >= list.length) { state.set(top.node, 2); stack.pop(); continue; }
        const edge = list[top.next++];
        const s = state.get(edge.to);
        if (s === 1) {
          const from = stack.findIndex(f => f.node === edge.to);
          const chain = [...stack.slice(from).map(f => names.get(f.node)!), names.get(edge.to)!];
          ctx.report({
            node: edge.ref,
            message: `Required property ${shortValue(edge.property)} of "${names.get(top.node)}" closes a loop of required references (${chain.join(' → ')}): no value can be complete. Make one property in the loop optional.`,
          });
        } else if (s === undefined) {
          state.set(edge.to, 1);
          stack.push({ node: edge.to, next: 0 });
        }
      }
    }
  },
};
