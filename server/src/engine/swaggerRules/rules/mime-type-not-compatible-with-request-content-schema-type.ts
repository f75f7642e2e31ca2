// What the parameters send must match a type in `consumes`: form fields go as multipart/form-data or url-encoded, an
// object or array body as JSON. With no matching type the platform cannot encode the request as the API expects.
import type { Node } from 'jsonc-parser';
import { decodePointer, prop, str, val } from '../model';
import type { SwaggerModel } from '../model';
import type { SwaggerRule } from '../types';
import { FORM_TYPES, effectiveConsumes, hasListedType, isJsonEssence } from '../mediaTypes';
import { describeOperation } from '../helpers';

/** The JSON type of a body schema, following `#/definitions/...` references (loop-safe); undefined when unknown. */
function bodyType(model: SwaggerModel, schema: Node | undefined): string | undefined {
  const definitions = val(model.root, 'definitions');
  const seen = new Set<Node>();
  let s = schema;
  while (s?.type === 'object' && !seen.has(s)) {
    seen.add(s);
    const ref = str(val(s, '$ref'));
    if (ref === undefined) return str(val(s, 'type')) ?? (prop(s, 'properties') ? 'object' : undefined);
    const m = /^#\/definitions\/(.+)$/.exec(ref);
    s = m ? val(definitions, decodePointer(m[1])) : undefined;
  }
  return undefined;
}

export const rule: SwaggerRule = {
  id: 'mime-type-not-compatible-with-request-content-schema-type',
  validatorName: 'MimeTypeNotCompatibleWithRequestContentSchemaType',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An operation\'s `consumes` has no type matching its parameters: form fields without multipart/form-data or application/x-www-form-urlencoded, or an object/array body without a JSON type.',
  check(model, ctx) {
    for (const op of model.operations) {
      const consumes = effectiveConsumes(model, op);
      // No list, or none of the supported types: consumes-missing says so.
      if (!hasListedType(consumes)) continue;
      const types = consumes.essences;
      const form = op.parameters.some(p => p.in === 'formData');
      const body = op.parameters.find(p => p.in === 'body');
      let mismatch: { sends: string; add: string } | undefined;
      if (form && !types.some(t => FORM_TYPES.includes(t))) mismatch = { sends: 'form fields', add: '"multipart/form-data" or "application/x-www-form-urlencoded"' };
      else if (body && !form) {
        const type = bodyType(model, val(body.node, 'schema'));
        if ((type === 'object' || type === 'array') && !types.some(isJsonEssence)) mismatch = { sends: `a JSON ${type} body`, add: '"application/json"' };
        else if (types.every(t => FORM_TYPES.includes(t))) mismatch = { sends: 'a body (not form fields)', add: 'a body type such as "application/json"' };
      }
      if (!mismatch) continue;
      ctx.report({
        node: consumes.own && consumes.key ? consumes.key : op.methodKey,
        message: `Operation ${describeOperation(op)} sends ${mismatch.sends}, but its "consumes" lists no matching MIME type: add ${mismatch.add}.`,
      });
    }
  },
};
