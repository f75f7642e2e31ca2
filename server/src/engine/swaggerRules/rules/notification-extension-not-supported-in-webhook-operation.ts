// x-ms-notification names the webhook that notifies a trigger; a webhook operation is itself notified through its
// notification URL, so the extension does not belong on it.
import { keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation, removeFix } from '../helpers';
import { isWebhook } from '../webhooks';

export const rule: SwaggerRule = {
  id: 'notification-extension-not-supported-in-webhook-operation',
  validatorName: 'NotificationExtensionNotSupportedInWebhookOperation',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A webhook operation (its body has an `x-ms-notification-url` property, or it is a trigger with `x-ms-notification-content`) has `x-ms-notification`.',
  fixable: true,
  check(model, ctx) {
    for (const op of model.operations) {
      const key = keyOf(prop(op.node, 'x-ms-notification'));
      if (!key || !isWebhook(model, op)) continue;
      ctx.report({
        node: key,
        message: `${describeOperation(op)} is a webhook operation (it registers a notification URL), so it cannot have "x-ms-notification". Remove it; "x-ms-notification" belongs on a trigger that another webhook operation notifies.`,
        fixes: [removeFix(key.parent!.children![1], 'Remove "x-ms-notification"')],
      });
    }
  },
};
