// The discriminator names the property whose value says which subtype an object is: it must be present (required)
// and a string, or the subtype cannot be told.
import { entries, keywordObjectsWith, str, val } from '../model';
import type { SwaggerRule } from '../types';
import { addFix, appendFix, shortValue } from '../helpers';
import { requiredNames, resolveSchema } from '../schemaGraph';

export const rule: SwaggerRule = {
  id: 'discriminator-must-be-a-required-string-property',
  validatorName: 'DiscriminatorMustBeARequiredStringProperty',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A schema\'s `discriminator` is not the name of one of its required string properties.',
  fixable: true,
  check(model, ctx) {
    for (const o of keywordObjectsWith(model, 'discriminator')) {
      const node = val(o, 'discriminator');
      if (!node) continue;
      const name = str(node);
      if (name === undefined) {
        ctx.report({ node, message: '"discriminator" must be the name (a string) of a required string property of this schema.' });
        continue;
      }
      const property = entries(val(o, 'properties')).find(e => e.name === name);
      const type = str(val(resolveSchema(model, property?.value), 'type'));
      const required = requiredNames(o).has(name);
      if (property && type === 'string' && required) continue;
      const why = !property ? 'is not a property of this schema' : type !== 'string' ? 'is not of type "string"' : 'is not in "required"';
      const requiredList = val(o, 'required');
      // Adding the name to "required" is the whole fix only when the property exists and is a string.
      const fixes = property && type === 'string' && !required
        ? [requiredList?.type === 'array'
          ? appendFix(requiredList, name, `Add ${shortValue(name)} to "required"`, true)
          : addFix(o, 'required', [name], `Add "required": [${shortValue(name)}]`, true)]
        : undefined;
      ctx.report({
        node,
        message: `The discriminator ${shortValue(name)} ${why}: it must name a required property of type "string" of this schema, whose value tells the subtypes apart.`,
        fixes,
      });
    }
  },
};
