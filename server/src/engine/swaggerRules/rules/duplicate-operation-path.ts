// Two path keys that differ only in the names of their variables ("/items/{id}" and "/items/{itemId}") match the same
// requests: the platform cannot tell which one a request is for.
import { METHODS, templateVariables } from '../model';
import type { Node } from 'jsonc-parser';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'duplicate-operation-path',
  validatorName: 'DuplicateOperationPath',
  severity: 'error',
  category: 'swagger-validator',
  description: 'Two paths that are the same once their variable names are ignored have an operation with the same method.',
  check(model, ctx) {
    const methods = (node: Node) => new Set(model.operations.filter(op => op.pathItem === node).map(op => op.method.toLowerCase()).filter(m => METHODS.includes(m)));
    const seen = new Map<string, { path: string; node: Node }[]>();
    for (const item of model.pathItems) {
      const shape = item.path.replace(/\{[^{}]*\}/g, '{}');
      const earlier = seen.get(shape) ?? [];
      seen.set(shape, [...earlier, item]);
      // Only when both have an operation with the same method: 3 merged connectors have such paths with different
      // methods (a DELETE on one, a POST on the other), which the platform routes apart.
      const mine = methods(item.node);
      const clash = earlier.find(e => e.path !== item.path && [...methods(e.node)].some(m => mine.has(m)));
      if (!clash) continue;
      const shared = [...methods(clash.node)].filter(m => mine.has(m)).map(m => m.toUpperCase());
      ctx.report({
        node: item.key,
        message: `Path ${shortValue(item.path)} matches the same requests as ${shortValue(clash.path)} (only the variable names differ), and both have ${shared.join(', ')}. Merge their operations under one path.`,
        data: { templateVariables: templateVariables(item.path).map(v => v.name) },
      });
    }
  },
};
