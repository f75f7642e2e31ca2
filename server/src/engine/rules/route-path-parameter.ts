// `{param}` in a routerequesttoendpoint newPath (or a dynamichosturl urlTemplate) is filled from the parameters of
// the operation being called; a name the operation does not have stays in the URL literally, braces and all.
import { getValue } from '../ast';
import { isPaired, SwaggerOperation } from '../swagger/types';
import { listNames, swaggerName, templateReferences } from '../swagger/ruleHelpers';
import type { Rule } from './types';

const TEMPLATE_PARAMETER: Record<string, string> = {
  routerequesttoendpoint: 'x-ms-apimTemplateParameter.newPath',
  dynamichosturl: 'x-ms-apimTemplateParameter.urlTemplate',
};

export const rule: Rule = {
  id: 'route-path-parameter',
  severity: 'warning',
  category: 'swagger',
  description: 'A `{param}` in a `routerequesttoendpoint` newPath or `dynamichosturl` urlTemplate is not a parameter of the operations the policy applies to.',
  check(model, ctx) {
    const swagger = ctx.swagger;
    if (!isPaired(swagger)) return;
    const file = swaggerName(swagger);
    for (const policy of model.policies) {
      const key = TEMPLATE_PARAMETER[policy.templateId?.toLowerCase() ?? ''];
      if (!key) continue;
      const node = getValue(policy.parameters, key);
      if (node?.type !== 'string') continue;
      const raw = ctx.text.substring(node.offset, node.offset + node.length);
      const refs = templateReferences(raw);
      if (!refs.length) continue;
      // Listed names that are not in the swagger are operation-id-unknown's business; none listed = every operation.
      const listed = policy.operationNames.map(i => swagger.operations.get(i.value)).filter((o): o is SwaggerOperation => !!o);
      const targets = policy.operationNames.length ? listed : [...swagger.operations.values()];
      if (!targets.length) continue;
      const what = key.endsWith('newPath') ? 'newPath' : 'urlTemplate';
      for (const ref of refs) {
        const lacking = targets.filter(op => !op.parameters.includes(ref.name));
        if (!lacking.length) continue;
        const caseOnly = lacking[0].parameters.find(p => p.toLowerCase() === ref.name.toLowerCase());
        const hint = caseOnly ? ` (it has "${caseOnly}": names are case-sensitive)` : '';
        const where = targets.length === 1
          ? `operation "${lacking[0].operationId}" (${lacking[0].method} ${lacking[0].path})${hint}`
          : `${lacking.length} of the ${targets.length} operations this policy applies to (${listNames(lacking.map(o => o.operationId))})${hint}`;
        ctx.report({
          offset: node.offset + ref.index,
          length: ref.name.length,
          message: `"{${ref.name}}" in ${what} is not a parameter of ${where} in ${file}; it would stay in the URL as literal text.`,
        });
      }
    }
  },
};
