// x-ms-visibility, x-ms-url-encoding and x-ms-trigger take a fixed set of values; any other is rejected or ignored.
import type { SwaggerRule } from '../types';
import { EXTENSION_VALUES } from '../extensions';
import { shortValue, replaceFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'json-value-not-in-enum',
  validatorName: 'JsonValueNotInEnum',
  severity: 'error',
  category: 'swagger-extensions',
  description: 'An `x-ms-visibility`, `x-ms-url-encoding` or `x-ms-trigger` value is not one of the allowed values.',
  fixable: true,
  check(model, ctx) {
    for (const x of model.extensionKeys) {
      const allowed = EXTENSION_VALUES[x.name];
      const node = x.key.parent?.children?.[1];
      if (!allowed || !node) continue;
      if (node.type === 'string' && allowed.includes(node.value as string)) continue;
      const text = node.type === 'string' ? String(node.value) : undefined;
      const canonical = text !== undefined ? allowed.find(a => a === text.trim().toLowerCase()) : undefined;
      // Case-only differences and "" are in merged connectors (5 files): tolerated, so a warning; other values an error.
      const tolerated = canonical !== undefined || text === '';
      ctx.report({
        node,
        severity: tolerated ? 'warning' : undefined,
        message: `${x.name} must be one of ${allowed.map(a => `"${a}"`).join(', ')}; ${text !== undefined ? shortValue(text) : `a ${node.type}`} is not.${canonical ? ` Write "${canonical}" (values are case-sensitive).` : ''}`,
        fixes: canonical ? [replaceFix(ctx.text, node, JSON.stringify(canonical), `Change to "${canonical}"`, true)] : undefined,
      });
    }
  },
};
