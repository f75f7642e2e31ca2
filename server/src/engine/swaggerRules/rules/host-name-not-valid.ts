// host is a bare host name (and port): a scheme or a path there breaks every request URL.
import type { Node } from 'jsonc-parser';
import type { FixData } from '../../rules/types';
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { addFix, allFix, shortValue, setFix } from '../helpers';

const HOST = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:\d{1,5})?$/;

/**
 * host "api.contoso.com/v2" → host "api.contoso.com" and basePath "/v2", as one fix: the request URLs stay the same.
 * Withheld when basePath already holds a path (or is not a string): joining the two paths would be a guess.
 */
function movePath(root: Node, hostNode: Node, host: string, path: string): FixData[] | undefined {
  const basePath = val(root, 'basePath');
  const title = `Change host to ${shortValue(host)} and basePath to ${shortValue(path)}`;
  if (!basePath) return [allFix([setFix(hostNode, host, ''), addFix(root, 'basePath', path, '')], title)];
  const current = str(basePath);
  if (current !== '/' && current !== '') return undefined;
  return [allFix([setFix(hostNode, host, ''), setFix(basePath, path, '')], title)];
}

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
      fixes: !fixable ? undefined : !rest ? [setFix(node, host, `Change host to ${shortValue(host!)}`)] : movePath(model.root, node, host!, rest),
    });
  },
};
