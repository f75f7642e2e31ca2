// A default is what the designer pre-fills and sends: one of another JSON type than the declared `type` (or outside
// the `enum`) is rejected by the designer or by the API.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { convertScalar, fitsType, inEnum, jsonTypeOf, typedWith } from '../schemaTypes';
import { replaceFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'default-value-must-match-type',
  validatorName: 'DefaultValueMustMatchType',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A `default` value is not of the declared `type` (JSON types: string, integer, number, boolean, array, object), or is not in the `enum`.',
  fixable: true,
  check(model, ctx) {
    for (const t of typedWith(model, 'default')) {
      const value = val(t.node, 'default');
      if (!value) continue;
      const enumNode = val(t.node, 'enum');
      const fits = fitsType(value, t.type);
      // The message names types only: a default can be a secret (a password's, an internal key's).
      if (fits === false) {
        // Nor does a fix carry a password's or an internal value's default into an edit preview.
        const secret = t.format === 'password' || str(val(t.node, 'x-ms-visibility')) === 'internal';
        const converted = secret ? undefined : convertScalar(value, t.type);
        const fixes = converted !== undefined && (enumNode?.type !== 'array' || inEnum(enumNode, converted))
          ? [replaceFix(ctx.text, value, JSON.stringify(converted), `Write the default as ${t.type === 'string' ? 'a string' : `a ${t.type}`}`, true)] : undefined;
        ctx.report({
          node: value,
          message: `The "default" is ${article(jsonTypeOf(value))} but the type is "${t.type}": write the default as ${article(t.type)}.`,
          fixes,
        });
      } else if (fits && enumNode?.type === 'array' && enumNode.children?.length && !inEnum(enumNode, value)) {
        ctx.report({ node: value, message: 'The "default" is not one of the "enum" values: use one of them, or add it to "enum".' });
      }
    }
  },
};

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
