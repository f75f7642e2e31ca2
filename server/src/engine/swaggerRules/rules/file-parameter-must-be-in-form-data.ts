// Swagger 2.0 carries files only as multipart/form-data fields.
import { val } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'file-parameter-must-be-in-form-data',
  validatorName: 'FileParameterMustBeInFormData',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A parameter of `"type": "file"` is not `"in": "formData"`.',
  check(model, ctx) {
    for (const p of model.parameters) {
      const type = val(p.node, 'type');
      if (type?.type !== 'string' || type.value !== 'file' || p.in === 'formData' || p.in === undefined) continue;
      ctx.report({ node: type, message: `Parameter "${p.name ?? ''}" has "type": "file" but is "in": "${p.in}"; file parameters must be "in": "formData" (for a raw body, use "in": "body" with a schema of "type": "string", "format": "binary").` });
    }
  },
};
