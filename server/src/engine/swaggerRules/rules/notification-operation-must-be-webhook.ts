// x-ms-notification's operationId names the webhook operation that registers the trigger's callback: an operation
// that registers no notification URL cannot deliver notifications.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation, shortValue } from '../helpers';
import { isWebhook } from '../webhooks';

export const rule: SwaggerRule = {
  id: 'notification-operation-must-be-webhook',
  validatorName: 'NotificationOperationMustBeWebhook',
  severity: 'error',
  category: 'swagger-validator',
  description: '`x-ms-notification.operationId` names an operation that is not a webhook operation.',
  check(model, ctx) {
    for (const op of model.operations) {
      const node = val(val(op.node, 'x-ms-notification'), 'operationId');
      const id = str(node);
      // An id the swagger does not define is another finding (the operation cannot be judged).
      const targets = id !== undefined ? model.operationsById.get(id) : undefined;
      if (!node || !targets || targets.some(t => isWebhook(model, t))) continue;
      ctx.report({
        node,
        message: `The "x-ms-notification" of ${describeOperation(op)} names operation ${shortValue(id!)}, which is not a webhook operation (its body has no "x-ms-notification-url" property). Name the webhook operation that registers the notification URL.`,
      });
    }
  },
};
