// basePath is joined to host; without a leading "/" the URL is malformed.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue, setFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'base-path-not-valid',
  validatorName: 'BasePathNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: '`basePath` does not start with `/`.',
  fixable: true,
  check(model, ctx) {
    const node = val(model.root, 'basePath');
    const value = str(node);
    if (!node || value === undefined || value.startsWith('/')) return;
    // "https://host/api" or "host/api": only the path part belongs here (the host goes in "host").
    const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') : value;
    const fixed = path.startsWith('/') ? path : '/' + path;
    ctx.report({
      node,
      message: `basePath ${shortValue(value)} must start with "/" (for example ${shortValue(fixed)}); the host goes in "host".`,
      fixes: [setFix(node, fixed, `Change basePath to ${shortValue(fixed)}`)],
    });
  },
};
