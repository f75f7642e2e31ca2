// Certification needs the owner of the service the connector talks to (stackOwner) in the file.
import type { Rule } from './types';
import { requireMember } from './certification';
import { isStackOwnerVariant } from './stack-owner-casing';

export const rule: Rule = {
  id: 'stack-owner-required',
  severity: 'warning',
  category: 'branding',
  description: '`stackOwner` is missing, empty or a placeholder (certified and Independent Publisher connectors).',
  profiles: ['certified', 'independent-publisher'],
  check(model, ctx) {
    // A misspelt key is stack-owner-casing's finding; one report per problem.
    if (!model.member('stackOwner') && model.properties?.properties.some(p => isStackOwnerVariant(p.keyNode.value))) return;
    requireMember(model, ctx, 'stackOwner', 'the company or organisation that owns the service the connector calls');
  },
};
