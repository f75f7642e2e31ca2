// An operation that registers a notification URL is called back by the service; without x-ms-notification-content
// the platform does not know the payload it will receive, so the trigger has no outputs.
import type { SwaggerRule } from '../types';
import { describeOperation } from '../helpers';
import { notificationContent, webhookFacts } from '../webhooks';

export const rule: SwaggerRule = {
  id: 'operation-must-have-notification-content-extension',
  validatorName: 'OperationMustHaveNotificationContentExtension',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An operation whose body has an `x-ms-notification-url` property has no `x-ms-notification-content` on its path.',
  check(model, ctx) {
    for (const [op, urls] of webhookFacts(model).urlsOf) {
      if (notificationContent(op) !== undefined) continue;
      ctx.report({
        node: op.methodKey,
        message: `${describeOperation(op)} has ${urls.length} propert${urls.length === 1 ? 'y' : 'ies'} marked "x-ms-notification-url" but its path has no "x-ms-notification-content". Add "x-ms-notification-content" (with the schema of the payload the service posts back) to the path "${op.path}".`,
      });
    }
  },
};
