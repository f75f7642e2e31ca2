// An internal body property (hidden from the user) carries a fixed value through its default; if it is not required,
// the request may be sent without it.
import { entries, str, val } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';
import { inputSchemas, requiredNames, resolveSchema } from '../schemaGraph';

export const rule: SwaggerRule = {
  id: 'internal-property-with-default-optional',
  validatorName: 'InternalPropertyWithDefaultOptional',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A request body property is `x-ms-visibility: internal` with a `default` but is not required.',
  check(model, ctx) {
    for (const schema of inputSchemas(model)) {
      // The required names are read only for a schema with an internal property that has a default (few do).
      let required: Set<string> | undefined;
      for (const e of entries(val(schema, 'properties'))) {
        const property = resolveSchema(model, e.value);
        const visibility = val(property, 'x-ms-visibility');
        if (str(visibility) !== 'internal' || !val(property, 'default')) continue;
        if ((required ??= requiredNames(schema)).has(e.name)) continue;
        ctx.report({
          node: visibility!,
          message: `Body property ${shortValue(e.name)} is internal with a default but optional: only required properties are sure to be sent. Add it to the "required" list of its object if the default must reach the API.`,
        });
      }
    }
  },
};
