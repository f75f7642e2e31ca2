// Only some templates run in a chosen section (Request/Response/Failure); elsewhere the setting is rejected or ignored.
import { getProperty } from '../ast';
import { POLICY_SECTION_KEY, POLICY_TEMPLATES } from './facts';
import type { Rule } from './types';
import { findIgnoreCase, removeFix, setFix, show } from './util';

export const rule: Rule = {
  id: 'policy-section',
  severity: 'warning',
  category: 'policies',
  description: '`x-ms-apimTemplate-policySection` is not allowed for the template, or not one of its sections.',
  fixable: true,
  check(model, ctx) {
    for (const policy of model.policies) {
      const id = policy.templateId?.toLowerCase();
      const template = id ? POLICY_TEMPLATES[id] : undefined;
      const prop = getProperty(policy.parameters, POLICY_SECTION_KEY);
      if (!template || !prop?.valueNode || template.undocumented) continue;
      const value = prop.valueNode;
      const label = `policy "${policy.title ?? policy.templateId}" (${id})`;
      if (!template.sections.length) {
        ctx.report({
          node: prop.keyNode,
          message: `The ${id} template takes no "${POLICY_SECTION_KEY}" (it always runs on the request); in ${label} the setting is ignored or rejected. Remove it.`,
          fixes: [removeFix(prop, `Remove "${POLICY_SECTION_KEY}"`)],
        });
        continue;
      }
      if (value.type === 'string' && template.sections.includes(value.value)) continue;
      const canonical = value.type === 'string' ? findIgnoreCase(value.value, template.sections) : undefined;
      ctx.report({
        node: value,
        message: `policySection ${show(value)} of ${label} is not valid: use ${template.sections.map(s => `"${s}"`).join(' or ')}.`,
        fixes: canonical ? [setFix(value, canonical, `Change to "${canonical}"`, true)] : undefined,
      });
    }
  },
};
