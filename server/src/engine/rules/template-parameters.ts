// Each policy template needs its required parameters; unknown ones are ignored (usually a typo of a real one).
import { getProperty } from '../ast';
import { OPERATION_NAME_KEY, POLICY_SECTION_KEY, POLICY_TEMPLATES, TEMPLATE_PARAMETER_PREFIX } from './facts';
import type { Rule } from './types';
import { addFix, findIgnoreCase, nearest, renameKeyFix } from './util';

export const rule: Rule = {
  id: 'template-parameters',
  severity: 'error',
  category: 'policies',
  description: 'A policy template lacks a required parameter (error) or carries one it does not know (warning).',
  fixable: true,
  check(model, ctx) {
    for (const policy of model.policies) {
      const id = policy.templateId?.toLowerCase();
      const template = id ? POLICY_TEMPLATES[id] : undefined;
      if (!template || template.undocumented || !policy.object) continue;
      const label = `policy "${policy.title ?? policy.templateId}" (${id})`;
      const params = policy.parameters;
      const paramsProperty = params?.parent?.type === 'property' ? params.parent : undefined;
      if (!getProperty(policy.object, 'parameters')) {
        // One report where the schema also says "Missing property parameters": the opening brace of the instance.
        if (!template.req.length) continue;
        const keys = template.req.map(n => TEMPLATE_PARAMETER_PREFIX + n);
        ctx.report({
          offset: policy.object.offset, length: 1,
          message: `P${label.slice(1)} has no "parameters": the template cannot run without ${keys.map(k => `"${k}"`).join(', ')}. Add "parameters" with them.`,
          fixes: [addFix(policy.object, ['parameters'], Object.fromEntries(keys.map(k => [k, ''])), 'Add "parameters" with the required template parameters')],
        });
        continue;
      }
      const present = new Set(params?.properties.map(p => p.keyNode.value) ?? []);
      for (const name of template.req) {
        const key = TEMPLATE_PARAMETER_PREFIX + name;
        if (present.has(key)) continue;
        if (params && params.properties.some(p => p.keyNode.value.toLowerCase() === key.toLowerCase())) continue; // wrong case: reported below
        ctx.report({
          node: paramsProperty?.keyNode ?? policy.templateIdNode,
          message: `P${label.slice(1)} needs "${key}": the template cannot run without it. Add it.`,
          fixes: params ? [addFix(params, [key], '', `Add "${key}"`)] : undefined,
        });
      }
      const known = [...template.req, ...template.opt].map(n => TEMPLATE_PARAMETER_PREFIX + n);
      for (const p of params?.properties ?? []) {
        const key = p.keyNode.value;
        if (key === OPERATION_NAME_KEY || key === POLICY_SECTION_KEY || known.includes(key)) continue;
        const cased = findIgnoreCase(key, known);
        // Compare the names without the long common prefix, or every typo would look "close" to every parameter.
        const short = key.startsWith(TEMPLATE_PARAMETER_PREFIX) ? key.slice(TEMPLATE_PARAMETER_PREFIX.length) : undefined;
        const near = short !== undefined ? nearest(short, [...template.req, ...template.opt]) : undefined;
        const suggestion = cased ?? (near !== undefined ? TEMPLATE_PARAMETER_PREFIX + near : undefined);
        ctx.report({
          node: p.keyNode,
          severity: 'warning',
          message: cased
            ? `"${key}" is not read by ${label}: template parameters are case-sensitive. Rename it to "${cased}".`
            : `"${key}" is not a parameter of ${label}, so it is ignored. ${suggestion ? `Did you mean "${suggestion}"?` : `Its parameters: ${known.join(', ') || 'none'}.`}`,
          fixes: suggestion && !present.has(suggestion) ? [renameKeyFix(p, suggestion, !!cased)] : undefined,
        });
      }
    }
  },
};
