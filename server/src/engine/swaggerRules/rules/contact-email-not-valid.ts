// info.contact.email is shown as the publisher's address: it must be an e-mail address, in ASCII.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export const rule: SwaggerRule = {
  id: 'contact-email-not-valid',
  validatorName: 'ContactEmailNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: '`info.contact.email` is not a valid e-mail address.',
  check(model, ctx) {
    const node = val(val(val(model.root, 'info'), 'contact'), 'email');
    if (!node) return;
    const value = str(node);
    if (value !== undefined && EMAIL.test(value)) return;
    ctx.report({
      node,
      message: `The contact "email" ${value !== undefined ? shortValue(value) : `(a ${node.type})`} is not a valid e-mail address (ASCII, like "support@contoso.com"). Correct it, or remove "email".`,
    });
  },
};
