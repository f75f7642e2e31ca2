// Swagger 2.0 knows seven types, and its own formats each belong to one type (int32 to integer, date-time to
// string, ...). Another type, or one of those formats under another type, is read by nobody as meant.
import type { SwaggerRule } from '../types';
import { derived } from '../schemaTypes';
import { shortValue } from '../helpers';

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'file']);
/** The formats Swagger 2.0 defines, with the type each belongs to. Other formats are open (uuid, email, ...). */
const FORMAT_TYPE: Record<string, string> = {
  int32: 'integer', int64: 'integer', float: 'number', double: 'number',
  byte: 'string', binary: 'string', date: 'string', 'date-time': 'string', password: 'string',
};

export const rule: SwaggerRule = {
  id: 'unrecognized-type-format',
  validatorName: 'UnrecognizedTypeFormat',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'A `type` that Swagger 2.0 does not define, a Swagger 2.0 `format` under another type (e.g. string/int32), or a `format` on an object or array.',
  check(model, ctx) {
    for (const t of derived(model).typed) {
      if (!TYPES.has(t.type)) {
        ctx.report({ node: t.typeNode, message: `The type ${shortValue(t.type)} is not a Swagger 2.0 type: use one of ${[...TYPES].map(x => `"${x}"`).join(', ')}.` });
        continue;
      }
      if (t.format === undefined || t.format === '' || !t.formatNode) continue;
      const owner = Object.prototype.hasOwnProperty.call(FORMAT_TYPE, t.format) ? FORMAT_TYPE[t.format] : undefined;
      // Objects, arrays and files have no formats at all.
      const structured = t.type === 'object' || t.type === 'array' || t.type === 'file';
      if (!structured && (owner === undefined || owner === t.type)) continue;
      ctx.report({
        node: t.formatNode,
        message: `The type/format "${t.type}/${shortValue(t.format, 40).slice(1, -1)}" is not recognized: ${structured
          ? `${t.type === 'object' || t.type === 'array' ? 'an' : 'a'} ${t.type} takes no "format"; remove it.`
          : `"${t.format}" is a format of "${owner}"; change "type" to "${owner}" or use a format of "${t.type}".`}`,
      });
    }
  },
};
