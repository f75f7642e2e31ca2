// Only required properties are sure to be sent: an optional link anywhere in the schema chain from the body down to
// the notification URL property can drop the callback URL from the registration request. The body parameter's own
// `required` is not part of the chain: 30 merged connectors leave it optional (the platform always sends the body).
import type { Node } from 'jsonc-parser';
import { val } from '../model';
import type { SwaggerFinding, SwaggerRule } from '../types';
import { addFix, appendFix, describeOperation, shortValue } from '../helpers';
import { webhookFacts } from '../webhooks';
import type { ChainStep } from '../webhooks';

const listed = (schema: Node | undefined, name: string): boolean => {
  const required = val(schema, 'required');
  return required?.type === 'array' && (required.children ?? []).some(c => c.value === name);
};

/** The fix for a property missing from its parent's `required`: append to the list, or add one. */
function requireFix(step: ChainStep): SwaggerFinding['fixes'] {
  const required = val(step.parent, 'required');
  const title = `Add "${step.name}" to "required"`;
  if (required?.type === 'array') return [appendFix(required, step.name, title)];
  return required ? undefined : [addFix(step.parent!, 'required', [step.name], title)];
}

export const rule: SwaggerRule = {
  id: 'notification-url-not-required',
  validatorName: 'NotificationUrlNotRequired',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A property on the way from the body schema down to the one marked `"x-ms-notification-url": true` (or that one) is not listed in its schema\'s `required`.',
  fixable: true,
  check(model, ctx) {
    const reported = new Set<Node>();
    for (const site of webhookFacts(model).sites) {
      for (const { op, chain } of site.routes) {
        const loose = chain.find(s => s.via === 'property' && s.name !== undefined && !listed(s.parent, s.name) && !listed(s.allOfHolder, s.name));
        if (!loose?.nameKey || reported.has(loose.nameKey)) continue;
        reported.add(loose.nameKey);
        ctx.report({
          node: loose.nameKey,
          message: `Property ${shortValue(loose.name!)} is on the way to the notification URL in the body of ${describeOperation(op)} but is not in its schema's "required" list, so the callback URL may not be sent. Add it to "required".`,
          fixes: requireFix(loose),
        });
      }
    }
  },
};
