// A Swagger 2.0 member with a value of the wrong JSON type ("required": "true", "maxLength": "50", "tags": "a") is
// not read as meant, or rejects the whole document.
import type { SwaggerRule } from '../types';
import { shapeFindings } from '../shapes';

const NAMES: Record<string, string> = { string: 'a string', number: 'a number', integer: 'an integer', boolean: 'a boolean', array: 'an array', object: 'an object', null: 'null' };

export const rule: SwaggerRule = {
  id: 'json-type-incorrect',
  validatorName: 'JsonTypeIncorrect',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A Swagger 2.0 member has a value of the wrong JSON type.',
  check(model, ctx) {
    for (const w of shapeFindings(model).wrongTypes) {
      const expected = w.expected.map(x => NAMES[x] ?? x).join(' or ');
      ctx.report({
        node: w.node,
        message: `"${w.name}" must be ${expected}, but this value is ${NAMES[w.actual] ?? w.actual}${w.actual === 'string' && w.expected.some(x => x !== 'string') ? ' (remove the quotes?)' : ''}.`,
      });
    }
  },
};
