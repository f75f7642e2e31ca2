// `"x-ms-editor": "dictionary"` shows a key/value editor: only meaningful on an object schema whose keys are free
// (additionalProperties allowed).
import { str, val } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'invalid-custom-editor-extension-dictionary-value',
  validatorName: 'InvalidCustomEditorExtensionDictionaryValue',
  severity: 'error',
  category: 'swagger-validator',
  description: '`"x-ms-editor": "dictionary"` on a schema that is not an object allowing additional properties.',
  check(model, ctx) {
    for (const x of model.extensionKeys) {
      if (x.name !== 'x-ms-editor') continue;
      const value = x.key.parent?.children?.[1];
      if (str(value) !== 'dictionary') continue;
      const type = str(val(x.owner, 'type'));
      const extra = val(x.owner, 'additionalProperties');
      const closed = extra === undefined || (extra.type === 'boolean' && extra.value === false);
      if (type === 'object' && !closed) continue;
      ctx.report({
        node: value!,
        message: `"x-ms-editor": "dictionary" needs a schema with "type": "object" and "additionalProperties" (true or a schema for the values)${type !== 'object' ? `; this one is ${type === undefined ? 'untyped' : `of type "${type}"`}` : extra === undefined ? '; this one does not set "additionalProperties"' : '; this one forbids them'}.`,
      });
    }
  },
};
