// Policy templateIds are accepted in several casings today; the documented form is all lower-case.
import { POLICY_TEMPLATES } from './facts';
import type { Rule } from './types';
import { setFix } from './util';

export const rule: Rule = {
  id: 'template-id-casing',
  severity: 'information',
  category: 'casing',
  description: 'A policy `templateId` is a known template in non-canonical case (e.g. `SetHeader`).',
  fixable: true,
  check(model, ctx) {
    for (const policy of model.policies) {
      const id = policy.templateId;
      if (!id || !policy.templateIdNode) continue;
      const canonical = id.toLowerCase();
      if (canonical === id || !POLICY_TEMPLATES[canonical]) continue;
      ctx.report({
        node: policy.templateIdNode,
        message: `templateId "${id}" is accepted today, but the documented id is "${canonical}" (all lower-case). Change it to "${canonical}".`,
        fixes: [setFix(policy.templateIdNode, canonical, `Change to "${canonical}"`, true)],
      });
    }
  },
};
