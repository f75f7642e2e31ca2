// A string/binary schema is raw bytes: it can be a whole request body, a form field or a whole response, not a
// property or item inside a JSON document (JSON has no raw bytes; use "format": "byte" for base64 text).
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { derived } from '../schemaTypes';

export const rule: SwaggerRule = {
  id: 'invalid-string-binary-property',
  validatorName: 'InvalidStringBinaryProperty',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A schema of type/format string/binary that is not the top level of a body or formData parameter (nor a response\'s root schema).',
  check(model, ctx) {
    const { typed, parameters, bodyRoots, responseRoots } = derived(model);
    for (const t of typed) {
      if (t.type !== 'string' || t.format !== 'binary' || !t.formatNode) continue;
      if ((parameters.has(t.node) && str(val(t.node, 'in')) === 'formData') || bodyRoots.has(t.node) || responseRoots.has(t.node)) continue;
      ctx.report({ node: t.formatNode, message: 'A string/binary schema can only be the top level of a body or formData parameter (or of a response): inside a JSON object or array use "format": "byte" (base64), or make the binary the whole body.' });
    }
  },
};
