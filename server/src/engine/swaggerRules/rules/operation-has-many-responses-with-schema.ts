// The designer shows one output schema per operation: when several responses define one, only one is used and the
// outputs of the others are not offered.
import { entries, keyOf, prop, str, val } from '../model';
import { getNodeValue, Node } from 'jsonc-parser';
import type { SwaggerRule } from '../types';
import { describeOperation } from '../helpers';
import { resolveResponse } from '../schemaGraph';

export const rule: SwaggerRule = {
  id: 'operation-has-many-responses-with-schema',
  validatorName: 'OperationHasManyResponsesWithSchema',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An operation has more than one success (2xx) response with a `schema` (the designer uses only one).',
  check(model, ctx) {
    for (const op of model.operations) {
      // Only success responses compete for the designer's outputs: a schema on an error status (or on "default",
      // which default-response-has-schema covers) documents the error and is never offered as outputs. Counting them
      // too flagged 2,476 operations of 135 merged connectors, mostly the good practice of an error schema.
      const withSchema = entries(op.responses).filter(e => /^2\d\d$/.test(e.name) && !!prop(resolveResponse(model, e.value), 'schema'));
      if (withSchema.length < 2) continue;
      // The same schema on each (200 and 202 of an asynchronous operation, say): whichever is used, no output is lost.
      const schemas = new Set(withSchema.map(e => schemaKey(val(resolveResponse(model, e.value), 'schema'))));
      if (schemas.size < 2) continue;
      const codes = withSchema.map(e => e.name);
      // Once per operation, at the second response's "schema" key (or its status code when the schema is behind a $ref).
      const second = withSchema[1];
      ctx.report({
        node: keyOf(prop(second.value, 'schema')) ?? second.key,
        message: `Operation ${describeOperation(op)} defines a response schema on ${codes.map(c => `"${c}"`).join(', ')}; the designer uses only one, so the outputs of the others never show. Keep the schema on the main success response.`,
      });
    }
  },
};

/** A schema's identity for comparison: its `$ref` when it is only a reference, else its JSON value. */
function schemaKey(schema: Node | undefined): string {
  if (!schema) return '';
  const ref = schema.type === 'object' && schema.children?.length === 1 ? str(val(schema, '$ref')) : undefined;
  return ref !== undefined ? `$ref:${ref}` : JSON.stringify(getNodeValue(schema));
}
