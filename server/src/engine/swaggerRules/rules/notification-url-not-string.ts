// The platform fills the notification URL property with its callback URL, a string.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { addFix, setFix, shortValue } from '../helpers';
import { webhookFacts } from '../webhooks';

export const rule: SwaggerRule = {
  id: 'notification-url-not-string',
  validatorName: 'NotificationUrlNotString',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A property marked `"x-ms-notification-url": true` is not `"type": "string"`.',
  fixable: true,
  check(model, ctx) {
    for (const site of webhookFacts(model).sites) {
      const type = val(site.owner, 'type');
      if (str(type) === 'string') continue;
      // Behind a $ref the owner is the referenced definition: its type is what counts, and it is reported there.
      ctx.report({
        node: type ?? site.key,
        message: type
          ? `The notification URL property has type ${type.type === 'string' ? shortValue(String(type.value)) : type.type}; the platform fills it with its callback URL, so it must be "type": "string".`
          : 'The notification URL property has no "type"; the platform fills it with its callback URL, so it must be "type": "string".',
        fixes: [type ? setFix(type, 'string', 'Set "type": "string"') : addFix(site.owner, 'type', 'string', 'Add "type": "string"')],
      });
    }
  },
};
