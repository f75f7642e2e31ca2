// The docs' multi-auth sample spells `displayname`; clients read only `displayName` and fall back to raw names.
import type { PropertyASTNode } from '../ast';
import type { Rule } from './types';
import { renameKeyFix, uiDefinitions } from './util';

export const rule: Rule = {
  id: 'display-name-casing',
  severity: 'warning',
  category: 'multi-auth',
  description: '`displayname` (or another casing) instead of `displayName` in a `uiDefinition`.',
  fixable: true,
  check(model, ctx) {
    for (const site of uiDefinitions(model)) {
      const hasCanonical = site.node.properties.some(p => p.keyNode.value === 'displayName');
      for (const p of site.node.properties as PropertyASTNode[]) {
        const key = p.keyNode.value;
        if (key === 'displayName' || key.toLowerCase() !== 'displayname') continue;
        ctx.report({
          node: p.keyNode,
          message: hasCanonical
            ? `"${key}" in the uiDefinition of ${site.label} is ignored: clients read only "displayName", which is also present. Remove "${key}".`
            : `"${key}" in the uiDefinition of ${site.label} is ignored: clients read only "displayName" and show the raw name instead. Rename it to "displayName".`,
          fixes: hasCanonical ? undefined : [renameKeyFix(p, 'displayName')],
        });
      }
    }
  },
};
