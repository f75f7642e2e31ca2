// Custom connectors are OpenAPI 2.0 only.
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { setFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'specification-version-incorrect',
  validatorName: 'SpecificationVersionIncorrect',
  severity: 'error',
  category: 'swagger-validator',
  description: 'The root `swagger` property is not the string `"2.0"`.',
  fixable: true,
  check(model, ctx) {
    const node = val(model.root, 'swagger');
    if (!node || (node.type === 'string' && node.value === '2.0')) return;
    const fixes = node.type === 'number' && node.value === 2 || node.type === 'string' && /^2(\.0)*$/.test(String(node.value))
      ? [setFix(node, '2.0', 'Set "swagger": "2.0"', true)]
      : undefined;
    ctx.report({ node, message: 'Custom connectors support OpenAPI 2.0 only: "swagger" must be the string "2.0".', fixes });
  },
};
