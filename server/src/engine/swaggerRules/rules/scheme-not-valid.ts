// The platform calls APIs over HTTP(S) only; WebSocket schemes have their own validator error (SchemeNotSupported).
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue, replaceFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'scheme-not-valid',
  validatorName: 'SchemeNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `schemes` entry is not `http` or `https`.',
  fixable: true,
  check(model, ctx) {
    const list = val(model.root, 'schemes');
    if (list?.type !== 'array') return;
    for (const item of list.children ?? []) {
      if (item.type === 'string' && (item.value === 'http' || item.value === 'https')) continue;
      if (item.type === 'string' && /^wss?$/i.test(item.value as string)) continue; // scheme-not-supported
      const lower = item.type === 'string' ? String(item.value).trim().toLowerCase() : undefined;
      const canonical = lower === 'http' || lower === 'https' ? lower : undefined;
      ctx.report({
        node: item,
        message: `"schemes" may only contain "http" and "https"; ${item.type === 'string' ? shortValue(String(item.value)) : `a ${item.type}`} is not.${canonical ? ` Write "${canonical}".` : ''}`,
        fixes: canonical ? [replaceFix(ctx.text, item, JSON.stringify(canonical), `Change to "${canonical}"`, true)] : undefined,
      });
    }
  },
};
