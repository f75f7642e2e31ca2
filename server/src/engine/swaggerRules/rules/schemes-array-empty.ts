// An empty "schemes" leaves the platform no protocol to call the API with.
import { keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'schemes-array-empty',
  validatorName: 'SchemesArrayEmpty',
  severity: 'error',
  category: 'swagger-validator',
  description: 'The root `schemes` array is empty.',
  check(model, ctx) {
    const p = prop(model.root, 'schemes');
    const key = keyOf(p);
    const value = p?.children?.[1];
    if (!key || value?.type !== 'array' || value.children?.length) return;
    ctx.report({ node: key, message: '"schemes" is empty: list the protocol of the API, normally ["https"].' });
  },
};
