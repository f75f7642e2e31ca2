// A url-encoded form carries text only: a file (string/binary) field has to go as multipart/form-data.
import { str, val } from '../model';
import type { Node } from 'jsonc-parser';
import type { SwaggerRule } from '../types';
import { effectiveConsumes } from '../mediaTypes';
import { describeOperation } from '../helpers';

export const rule: SwaggerRule = {
  id: 'string-binary-not-supported-for-form-url-encoded',
  validatorName: 'StringBinaryNotSupportedForFormUrlEncoded',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An operation whose `consumes` is application/x-www-form-urlencoded (without multipart/form-data) has a `formData` parameter of type/format string/binary.',
  check(model, ctx) {
    const reported = new Set<Node>();
    for (const op of model.operations) {
      const types = effectiveConsumes(model, op).essences;
      if (!types.includes('application/x-www-form-urlencoded') || types.includes('multipart/form-data')) continue;
      for (const p of op.parameters) {
        if (p.in !== 'formData' || str(val(p.node, 'type')) !== 'string') continue;
        const format = val(p.node, 'format');
        if (str(format) !== 'binary' || reported.has(format!)) continue;
        reported.add(format!);
        ctx.report({
          node: format!,
          message: `Form parameter "${p.name ?? ''}" of operation ${describeOperation(op)} is string/binary, which a url-encoded form cannot carry: add "multipart/form-data" to "consumes" (or send the field as text).`,
        });
      }
    }
  },
};
