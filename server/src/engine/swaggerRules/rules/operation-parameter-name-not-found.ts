// An x-ms-dynamic-* extension passing a parameter the called operation does not have: the value is never sent.
import { entries } from '../model';
import type { SwaggerRule } from '../types';
import { dynamicCalls } from '../dynamic';
import { describeOperation } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-parameter-name-not-found',
  validatorName: 'OperationParameterNameNotFound',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-*` extension passes a parameter that the operation it calls does not define.',
  check(model, ctx) {
    for (const call of dynamicCalls(model)) {
      const targets = call.operationId !== undefined ? model.operationsById.get(call.operationId) : undefined;
      if (!targets || targets.length !== 1) continue; // unknown or duplicate ids are other rules' findings
      const target = targets[0];
      // Names may also be paths into the called operation's body ("body/prop"): only plain names without a body are judged.
      if (target.parameters.some(p => p.in === 'body')) continue;
      const names = new Set(target.parameters.map(p => p.name));
      for (const e of entries(call.parameters)) {
        if (names.has(e.name) || /[/.]/.test(e.name)) continue;
        const caseOnly = [...names].find(n => n?.toLowerCase() === e.name.toLowerCase());
        ctx.report({
          node: e.key,
          message: `${call.extension} passes "${e.name}", but ${describeOperation(target)} has no parameter of that name${caseOnly ? ` (it has "${caseOnly}": names are case-sensitive)` : ''}. Use one of its parameter names.`,
        });
      }
    }
  },
};
