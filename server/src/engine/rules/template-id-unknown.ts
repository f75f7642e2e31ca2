// An unknown policy templateId is rejected on upload or silently does nothing.
import { POLICY_TEMPLATES } from './facts';
import type { Rule } from './types';
import { nearest, setFix } from './util';

const IDS = Object.keys(POLICY_TEMPLATES);

export const rule: Rule = {
  id: 'template-id-unknown',
  severity: 'warning',
  category: 'policies',
  description: 'A policy `templateId` is not a known policy template.',
  fixable: true,
  check(model, ctx) {
    for (const policy of model.policies) {
      const node = policy.templateIdNode;
      if (node?.type !== 'string' || POLICY_TEMPLATES[node.value.toLowerCase()]) continue;
      const suggestion = nearest(node.value, IDS);
      ctx.report({
        node,
        message: `templateId "${node.value}" is not a known policy template. ${suggestion ? `Did you mean "${suggestion}"?` : `Known templates: ${IDS.filter(i => !POLICY_TEMPLATES[i].undocumented).join(', ')}.`}`,
        fixes: suggestion ? [setFix(node, suggestion, `Change to "${suggestion}"`)] : undefined,
      });
    }
  },
};
