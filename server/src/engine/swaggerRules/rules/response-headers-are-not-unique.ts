// HTTP header names are case-insensitive: two entries of a response's `headers` that differ only in case (or repeat
// exactly) describe one header twice, and only one of them can be read.
import type { Node } from 'jsonc-parser';
import { entries, val } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'response-headers-are-not-unique',
  validatorName: 'ResponseHeadersAreNotUnique',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A response lists the same header twice (header names compare case-insensitively).',
  check(model, ctx) {
    const responses: Node[] = [];
    for (const op of model.operations) for (const e of entries(op.responses)) responses.push(e.value);
    for (const e of entries(val(model.root, 'responses'))) responses.push(e.value);
    for (const response of responses) {
      const seen = new Map<string, string>();
      for (const h of entries(val(response, 'headers'))) {
        const folded = h.name.toLowerCase();
        const first = seen.get(folded);
        if (first === undefined) { seen.set(folded, h.name); continue; }
        ctx.report({
          node: h.key,
          message: `Header "${h.name}" is already listed in this response${first !== h.name ? ` as "${first}" (header names ignore case)` : ''}: keep one entry.`,
        });
      }
    }
  },
};
