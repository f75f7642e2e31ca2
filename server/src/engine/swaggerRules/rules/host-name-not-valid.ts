// host is a bare host name (and port): a scheme or a path there breaks every request URL.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue, setFix } from '../helpers';

const HOST = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:\d{1,5})?$/;

export const rule: SwaggerRule = {
  id: 'host-name-not-valid',
  validatorName: 'HostNameNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: '`host` is not a bare host name (it has a scheme, a path or invalid characters).',
  fixable: true,
  check(model, ctx) {
    const node = val(model.root, 'host');
    const value = str(node);
    if (!node || value === undefined || value === '' || HOST.test(value)) return;
    // Policies (dynamichosturl, setheader) and the designer fill some hosts in: leave templated hosts alone.
    if (/[{}@]/.test(value)) return;
    const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#]+)([^?#]*)/i.exec(value.trim());
    const host = m?.[1];
    const rest = m?.[2] && m[2] !== '/' ? m[2].replace(/\/$/, '') : '';
    const fixable = host !== undefined && HOST.test(host);
    ctx.report({
      node,
      message: `host ${shortValue(value)} must be a host name only, without scheme or path${fixable ? ` (${shortValue(host!)}${rest ? `, with ${shortValue(rest)} in "basePath"` : ''})` : ''}. Put the scheme in "schemes" and the path in "basePath".`,
      fixes: fixable && !rest ? [setFix(node, host, `Change host to ${shortValue(host!)}`)] : undefined,
    });
  },
};
