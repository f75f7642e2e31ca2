// Lists whose values must be unique: `enum`, a schema's `required`, `schemes`, `consumes`, `produces` and an
// operation's `tags`.
import type { Node } from 'jsonc-parser';
import type { SwaggerRule } from '../types';
import { removeFix, shortValue } from '../helpers';

const UNIQUE = new Set(['enum', 'required', 'schemes', 'consumes', 'produces', 'tags']);

export const rule: SwaggerRule = {
  id: 'array-duplicate-value',
  validatorName: 'ArrayDuplicateValue',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An `enum`, `required`, `schemes`, `consumes`, `produces` or `tags` array has a value twice.',
  fixable: true,
  check(model, ctx) {
    const lists: { name: string; list: Node }[] = [];
    const collect = (o: Node) => {
      for (const p of o.children ?? []) {
        const key = p.children?.[0];
        const value = p.children?.[1];
        if (key && value?.type === 'array' && UNIQUE.has(String(key.value))) lists.push({ name: String(key.value), list: value });
      }
    };
    collect(model.root);
    for (const o of model.keywordObjects) collect(o);
    for (const op of model.operations) collect(op.node);
    const done = new Set<Node>();
    for (const { name, list } of lists) {
      if (done.has(list)) continue;
      done.add(list);
      // A merged connector repeats an enum value (tolerated, so a warning). Root `tags` are objects (tag-redefined checks those); only scalar values are compared.
      const seen = new Set<string>();
      for (const item of list.children ?? []) {
        if (item.type === 'object' || item.type === 'array') continue;
        const k = `${item.type}:${String(item.value)}`;
        if (!seen.has(k)) { seen.add(k); continue; }
        ctx.report({
          node: item,
          message: `${shortValue(String(item.value))} is already in this "${name}" list; values must be unique. Remove the repeat.`,
          fixes: [removeFix(item, 'Remove the repeated value', true)],
        });
      }
    }
  },
};
