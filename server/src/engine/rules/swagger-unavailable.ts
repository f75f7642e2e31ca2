// Cross-file checks need the swagger. When it cannot be found or read, say so once, quietly, so a clean result is
// not mistaken for "operation ids and security definitions were checked".
import type { Rule } from './types';
import { swaggerName } from '../swagger/ruleHelpers';

export const rule: Rule = {
  id: 'swagger-unavailable',
  severity: 'information',
  category: 'swagger',
  description: 'The paired swagger (apiDefinition.swagger.json) is missing, unreadable or invalid, so cross-file checks are off.',
  check(model, ctx) {
    const swagger = ctx.swagger;
    if (!swagger || swagger.status === undefined || swagger.status === 'paired') return;
    const node = model.propertiesProperty?.keyNode;
    const name = swaggerName(swagger);
    const reason = swagger.status === 'missing'
      ? `No swagger found (${swagger.problem ?? 'no apiDefinition.swagger.json in the folder'})`
      : `${name} cannot be used: ${swagger.problem ?? swagger.status}`;
    ctx.report({
      ...(node ? { node } : { offset: 0, length: 0 }),
      message: `${reason}. Checks against the swagger (operation ids, security definitions, route parameters) are off.`,
      data: { status: swagger.status },
    });
  },
};
