// redirectMode values are case-sensitive on the service side as far as anyone can tell ([INF]); use canonical case.
import { getValue } from '../ast';
import { REDIRECT_MODES } from './facts';
import type { Rule } from './types';
import { findIgnoreCase, paramLabel, setFix } from './util';

export const rule: Rule = {
  id: 'redirect-mode-casing',
  severity: 'warning',
  category: 'casing',
  description: '`redirectMode` is `global`, `direct` or another non-canonical casing of a known mode.',
  fixable: true,
  check(model, ctx) {
    for (const s of model.oauthSettings) {
      const value = getValue(s.node, 'redirectMode');
      if (value?.type !== 'string') continue;
      const canonical = findIgnoreCase(value.value, REDIRECT_MODES);
      if (!canonical || canonical === value.value) continue;
      ctx.report({
        node: value,
        message: `redirectMode "${value.value}" of ${paramLabel(s.parameter)} is not in canonical case: the documented values are ${REDIRECT_MODES.slice(0, 3).map(m => `"${m}"`).join(', ')}. Change it to "${canonical}".`,
        fixes: [setFix(value, canonical, `Change to "${canonical}"`, true)],
      });
    }
  },
};
