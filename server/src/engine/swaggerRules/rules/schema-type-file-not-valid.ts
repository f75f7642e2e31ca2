// "type": "file" means an upload field (a formData parameter) or a downloaded file (a response's whole schema);
// anywhere else (a property, an item, a body) no file can be carried.
import type { SwaggerRule } from '../types';
import { derived } from '../schemaTypes';

export const rule: SwaggerRule = {
  id: 'schema-type-file-not-valid',
  validatorName: 'SchemaTypeFileNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A schema of `"type": "file"` that is neither a parameter (formData) nor a response\'s root schema.',
  check(model, ctx) {
    const { typed, parameters, responseRoots } = derived(model);
    for (const t of typed) {
      // A non-formData parameter of type file is file-parameter-must-be-in-form-data's.
      if (t.type !== 'file' || parameters.has(t.node) || responseRoots.has(t.node)) continue;
      ctx.report({ node: t.typeNode, message: 'The schema type "file" is valid only for a formData parameter or a response\'s root schema. Here use "type": "string", "format": "binary" (or move the file to a formData parameter).' });
    }
  },
};
