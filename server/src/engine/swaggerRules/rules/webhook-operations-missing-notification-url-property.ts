// A webhook trigger registers the platform's callback URL with the service: without a property marked
// x-ms-notification-url in its body, the URL is never sent and the trigger never fires.
import type { SwaggerRule } from '../types';
import { describeOperation } from '../helpers';
import { isTrigger, notificationContent, webhookFacts } from '../webhooks';

export const rule: SwaggerRule = {
  id: 'webhook-operations-missing-notification-url-property',
  validatorName: 'WebhookOperationsMissingNotificationUrlProperty',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A trigger whose path has `x-ms-notification-content` (a webhook) has no body property marked `"x-ms-notification-url": true`.',
  check(model, ctx) {
    const facts = webhookFacts(model);
    for (const op of model.operations) {
      if (!isTrigger(op) || notificationContent(op) === undefined || facts.urlsOf.has(op)) continue;
      ctx.report({
        node: op.methodKey,
        message: `${describeOperation(op)} is a webhook trigger (its path has "x-ms-notification-content") but sends no notification URL: mark the body property that receives the callback URL with "x-ms-notification-url": true (and "x-ms-visibility": "internal").`,
      });
    }
  },
};
