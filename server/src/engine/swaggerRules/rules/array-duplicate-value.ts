// Lists whose values must be unique: `enum`, a schema's `required`, `schemes`, `consumes`, `produces` and an
// operation's `tags`.
import type { Node } from 'jsonc-parser';
import { keywordObjectsWith } from '../model';
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
    // The keyword objects (the root and every operation among them) with one of these keys, each once, in document order.
    const objects = [...UNIQUE].flatMap(name => keywordObjectsWith(model, name)).sort((a, b) => a.offset - b.offset);
    objects.forEach((o, i) => { if (o !== objects[i - 1]) collect(o); });
    for (const { name, list } of lists) {
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
