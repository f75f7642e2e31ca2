// `{name}` in a path with no parameter of that name: the braces would be sent literally.
import { offsetInString, templateVariables, val } from '../model';
import type { SwaggerOperationModel } from '../model';
import type { SwaggerRule } from '../types';
import type { FixData } from '../../rules/types';
import { addFix, appendFix } from '../helpers';

/** The parameter the fix adds: a required string path parameter, single-encoded (path-parameter-missing-encoding). */
export function pathParameter(name: string): Record<string, unknown> {
  return { name, in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single' };
}

/** Adds the parameter to the operation's own `parameters` (created when missing); withheld when that is not an array. */
function addParameterFix(op: SwaggerOperationModel, name: string): FixData | undefined {
  const list = val(op.node, 'parameters');
  const title = `Add path parameter "${name}" to ${op.operationId !== undefined ? `"${op.operationId}"` : op.method.toUpperCase()}`;
  if (!list) return addFix(op.node, 'parameters', [pathParameter(name)], title);
  return list.type === 'array' ? appendFix(list, pathParameter(name), title) : undefined;
}

export const rule: SwaggerRule = {
  id: 'operation-missing-path-parameter',
  validatorName: 'OperationMissingPathParameter',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `{name}` in a path has no path parameter of that name in one of its operations.',
  fixable: true,
  check(model, ctx) {
    const byPath = new Map<string, typeof model.operations>();
    for (const op of model.operations) {
      const list = byPath.get(op.path);
      if (list) list.push(op); else byPath.set(op.path, [op]);
    }
    for (const [path, ops] of byPath) {
      const key = ops[0].pathKey;
      for (const v of templateVariables(path)) {
        const lacking = ops.filter(op => !op.parameters.some(p => p.in === 'path' && p.name === v.name));
        if (!lacking.length) continue;
        const offset = offsetInString(model.text, key, v.index);
        const names = lacking.map(op => op.operationId ?? op.method.toUpperCase());
        // The type is a guess ("string"): offered per operation, never applied by fix-all.
        const fixes = v.name ? lacking.map(op => addParameterFix(op, v.name)).filter((f): f is FixData => !!f) : [];
        ctx.report({
          ...(offset !== undefined ? { offset, length: v.name.length } : { node: key }),
          message: `"{${v.name}}" in the path has no path parameter named "${v.name}" in ${lacking.length === ops.length && ops.length > 1 ? 'any of its operations' : `operation ${names.map(n => `"${n}"`).join(', ')}`}. Add a parameter with "name": "${v.name}", "in": "path", "required": true (on the operation, or once in the path's "parameters").`,
          fixes: fixes.length ? fixes : undefined,
        });
      }
    }
  },
};
