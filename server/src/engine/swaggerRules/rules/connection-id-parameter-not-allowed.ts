// The platform adds its own connectionId to every request path; a parameter of that name collides with it.
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'connection-id-parameter-not-allowed',
  validatorName: 'ConnectionIdParameterNotAllowed',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A parameter is named `connectionId`, a name the platform reserves.',
  check(model, ctx) {
    for (const p of model.parameters) {
      if (p.name !== 'connectionId' || !p.nameNode) continue;
      ctx.report({ node: p.nameNode, message: 'A parameter cannot be named "connectionId": the platform reserves it for the connection. Rename the parameter (the API-side name can stay through a policy).' });
    }
  },
};
