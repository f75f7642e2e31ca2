// A property of a request body that is both readOnly (the caller cannot set it) and required (the request needs it)
// leaves the caller no valid request.
import { entries, keyOf, prop, val } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';
import { inputSchemas, requiredNames, resolveSchema } from '../schemaGraph';

export const rule: SwaggerRule = {
  id: 'required-read-only-property-not-allowed-as-input',
  validatorName: 'RequiredReadOnlyPropertyNotAllowedAsInput',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A property of a request body schema is both `readOnly` and `required`.',
  check(model, ctx) {
    for (const schema of inputSchemas(model)) {
      const required = requiredNames(schema);
      if (!required.size) continue;
      for (const e of entries(val(schema, 'properties'))) {
        if (!required.has(e.name)) continue;
        const property = resolveSchema(model, e.value);
        const readOnly = val(property, 'readOnly');
        if (readOnly?.type !== 'boolean' || readOnly.value !== true) continue;
        ctx.report({
          node: keyOf(prop(property, 'readOnly')) ?? e.key,
          message: `Property ${shortValue(e.name)} is sent in a request body but is both "readOnly" and required: a caller cannot provide it. Remove it from "required", or drop "readOnly" if callers set it.`,
        });
      }
    }
  },
};
