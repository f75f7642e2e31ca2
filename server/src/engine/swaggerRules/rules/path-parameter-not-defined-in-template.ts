// A path parameter that the path template does not contain is never sent: the value the user enters is lost.
import { templateVariables } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation, parameterNode } from '../helpers';

export const rule: SwaggerRule = {
  id: 'path-parameter-not-defined-in-template',
  validatorName: 'PathParameterNotDefinedInTemplate',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A parameter with `"in": "path"` has no `{name}` in the operation\'s path.',
  check(model, ctx) {
    const reported = new Set<string>();
    for (const op of model.operations) {
      const vars = templateVariables(op.path).map(v => v.name);
      for (const p of op.parameters) {
        if (p.in !== 'path' || p.name === undefined || vars.includes(p.name)) continue;
        // A path-level or shared parameter is listed once for several operations: report its listing once.
        const at = p.shared || p.pathLevel ? p.site : parameterNode(p);
        const key = `${at.offset}:${p.name}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const caseOnly = vars.find(v => v.toLowerCase() === p.name!.toLowerCase());
        const hint = caseOnly ? ` The path has "{${caseOnly}}": names are case-sensitive.` : ` Add "{${p.name}}" to the path, or change "in".`;
        ctx.report({
          node: at,
          message: `Path parameter "${p.name}" does not appear in the path "${op.path}" of ${describeOperation(op)}, so its value is never sent.${hint}`,
        });
      }
    }
  },
};
