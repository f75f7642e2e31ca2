// The swagger's oauth2 security definition and oAuthSettings both name the sign-in endpoints and scopes. The
// platform signs in with oAuthSettings; a swagger that says otherwise misleads reviewers and other tools, and a
// difference is usually a copy left over from a test tenant.
import { ASTNode, asArray, asObject, getPropertyIgnoreCase, getValue } from '../ast';
import { isPaired } from '../swagger/types';
import { swaggerName } from '../swagger/ruleHelpers';
import type { Rule } from './types';

interface OAuthDefinition { name: string; authorizationUrl?: string; tokenUrl?: string; scopes: string[] }

function hostOf(url: string | undefined): string | undefined {
  if (!url || /[<>{}[\]\s]/.test(url)) return undefined; // placeholders and templates are not hosts
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

const splitScopes = (values: string[]) => values.flatMap(v => v.split(/\s+/)).filter(Boolean);

/** Same scope, allowing a resource prefix on one side (`https://graph.microsoft.com/User.Read` vs `User.Read`). */
function sameScope(a: string, b: string): boolean {
  const x = a.toLowerCase(), y = b.toLowerCase();
  return x === y || x.endsWith('/' + y) || y.endsWith('/' + x);
}

function sameScopes(a: string[], b: string[]): boolean {
  return a.every(x => b.some(y => sameScope(x, y))) && b.every(y => a.some(x => sameScope(x, y)));
}

export const rule: Rule = {
  id: 'swagger-oauth-mismatch',
  severity: 'warning',
  category: 'swagger',
  description: 'The swagger\'s oauth2 `authorizationUrl`/`tokenUrl` hosts or `scopes` differ from `oAuthSettings`.',
  check(model, ctx) {
    const swagger = ctx.swagger;
    // Most files have no oAuthSettings: nothing to compare, so the swagger's definitions are not even read.
    if (!isPaired(swagger) || !model.oauthSettings.length) return;
    const defs: OAuthDefinition[] = [];
    for (const [name, value] of Object.entries(swagger.securityDefinitions ?? {})) {
      const v = value as { type?: unknown; authorizationUrl?: unknown; tokenUrl?: unknown; scopes?: unknown } | null;
      if (!v || typeof v !== 'object' || v.type !== 'oauth2') continue;
      defs.push({
        name,
        authorizationUrl: typeof v.authorizationUrl === 'string' ? v.authorizationUrl : undefined,
        tokenUrl: typeof v.tokenUrl === 'string' ? v.tokenUrl : undefined,
        scopes: v.scopes && typeof v.scopes === 'object' ? splitScopes(Object.keys(v.scopes)) : [],
      });
    }
    if (!defs.length) return;
    const file = () => swaggerName(swagger);

    for (const settings of model.oauthSettings) {
      // Entra ID and the other first-class providers get their endpoints from the platform, not from the swagger.
      if (settings.identityProvider?.toLowerCase() === 'oauth2') {
        for (const key of ['authorizationUrl', 'tokenUrl'] as const) {
          const node = getValue(asObject(getPropertyIgnoreCase(settings.customParameters, key)?.valueNode), 'value');
          const ours = node?.type === 'string' ? node.value : undefined;
          const host = hostOf(ours);
          if (!host || !node) continue;
          const theirs = defs.filter(d => hostOf(d[key]));
          if (!theirs.length || theirs.some(d => hostOf(d[key]) === host)) continue;
          const d = theirs[0];
          ctx.report({
            node,
            message: `The ${key} host differs from ${file()}: oAuthSettings has "${ours}" (${host}), security definition "${d.name}" has "${d[key]}" (${hostOf(d[key])}).`,
            data: { swaggerValue: d[key] },
          });
        }
      }

      const scopesNode: ASTNode | undefined = getValue(settings.node, 'scopes');
      const ours = splitScopes((asArray(scopesNode)?.items ?? []).flatMap(i => i.type === 'string' ? [i.value] : []));
      const withScopes = defs.filter(d => d.scopes.length);
      if (!scopesNode || !ours.length || !withScopes.length || withScopes.some(d => sameScopes(ours, d.scopes))) continue;
      const d = withScopes[0];
      ctx.report({
        node: scopesNode,
        message: `The scopes differ from ${file()}: oAuthSettings.scopes has ${JSON.stringify(ours.join(' '))}, security definition "${d.name}" has ${JSON.stringify(d.scopes.join(' '))}.`,
      });
    }
  },
};
