// x-ms-notification ties a trigger to the webhook operation that notifies it: on an action it means nothing.
import { keyOf, prop } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation, removeFix } from '../helpers';
import { isTrigger } from '../webhooks';

export const rule: SwaggerRule = {
  id: 'notification-extension-supported-for-trigger-only',
  validatorName: 'NotificationExtensionSupportedForTriggerOnly',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An operation without `x-ms-trigger` has `x-ms-notification`.',
  fixable: true,
  check(model, ctx) {
    for (const op of model.operations) {
      const key = keyOf(prop(op.node, 'x-ms-notification'));
      if (!key || isTrigger(op)) continue;
      ctx.report({
        node: key,
        message: `${describeOperation(op)} is not a trigger (it has no "x-ms-trigger"), so its "x-ms-notification" is not supported. Remove it, or make the operation a trigger.`,
        fixes: [removeFix(key.parent!.children![1], 'Remove "x-ms-notification"')],
      });
    }
  },
};
