// The `url` of info.contact, info.license and externalDocs is a link users follow: an absolute URL.
import type { Node } from 'jsonc-parser';
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';

/** An absolute URL as the validator means it: a scheme and a host (http(s), or any scheme with "//"). */
export function isAbsoluteUrl(value: string): boolean {
  if (/\s/.test(value.trim()) || !/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+/i.test(value.trim())) return false;
  try { new URL(value.trim()); return true; } catch { return false; }
}

export const rule: SwaggerRule = {
  id: 'url-not-valid',
  validatorName: 'UrlNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'The `url` of `info.contact`, `info.license` or an `externalDocs` is not an absolute URL.',
  check(model, ctx) {
    const info = val(model.root, 'info');
    const sites: [string, Node | undefined][] = [
      ['info.contact', val(info, 'contact')],
      ['info.license', val(info, 'license')],
      ['externalDocs', val(model.root, 'externalDocs')],
      ...model.operations.map((op): [string, Node | undefined] => ['the operation\'s externalDocs', val(op.node, 'externalDocs')]),
    ];
    for (const [where, owner] of sites) {
      const node = val(owner, 'url');
      if (!node) continue;
      const value = str(node);
      if (value !== undefined && isAbsoluteUrl(value)) continue;
      ctx.report({
        node,
        message: `The "url" of ${where} ${value !== undefined ? shortValue(value) : `(a ${node.type})`} is not an absolute URL. Write the full address, like "https://www.contoso.com/support".`,
      });
    }
  },
};
