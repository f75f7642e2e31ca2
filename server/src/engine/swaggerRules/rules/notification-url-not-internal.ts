// The platform fills the notification URL itself: shown to the user, the field invites a value that would replace the
// callback URL and break the trigger. Learn asks for the property, or one of its parents, to be internal.
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { addFix, describeOperation, setFix } from '../helpers';
import { isInternal, webhookFacts } from '../webhooks';

export const rule: SwaggerRule = {
  id: 'notification-url-not-internal',
  validatorName: 'NotificationUrlNotInternal',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A property marked `"x-ms-notification-url": true` is not `"x-ms-visibility": "internal"`, nor is any schema or parameter above it.',
  fixable: true,
  check(model, ctx) {
    for (const site of webhookFacts(model).sites) {
      if (!site.routes.length || isInternal(site.owner)) continue;
      // Every route must hide it: an operation whose chain has no internal step shows the field.
      const open = site.routes.find(r => !isInternal(r.parameter.node) && !r.chain.some(s => isInternal(s.schema) || isInternal(s.site)));
      if (!open) continue;
      const visibility = val(site.owner, 'x-ms-visibility');
      ctx.report({
        node: site.key,
        message: `The notification URL property is not internal (nor is any parent of it in the body of ${describeOperation(open.op)}), so users see a field the platform fills itself. Set "x-ms-visibility": "internal" on it.`,
        fixes: [visibility ? setFix(visibility, 'internal', 'Set "x-ms-visibility": "internal"') : addFix(site.owner, 'x-ms-visibility', 'internal', 'Add "x-ms-visibility": "internal"')],
      });
    }
  },
};
