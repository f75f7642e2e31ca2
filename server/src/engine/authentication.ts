// The authentication kind of a set of parameters (a multi-auth set or single-auth `connectionParameters`), worked
// out once from the parameters alone after the patterns of SPEC §3.6. The outline and status item name it
// (preview/authSummary.ts); the conversion to multi-auth names the new set after it (codeActions/convert.ts).
import { getPropertyIgnoreCase, getString } from './ast';
import type { ParameterModel } from './model';

export type AuthenticationKind =
  | { kind: 'none' }
  | { kind: 'basic' }
  | { kind: 'apiKey' }
  /** `aad` with the customParameter `grantType: client_credentials` (SPEC §3.6). */
  | { kind: 'servicePrincipal' }
  /** Any other OAuth sign-in; `provider` is `identityProvider` as written (undefined when missing). */
  | { kind: 'oauth'; provider: string | undefined }
  | { kind: 'gateway' }
  | { kind: 'custom' };

/** An OAuth sign-in parameter: type `oauthSetting` in any casing (a known misspelling), or `oAuthSettings` present. */
export function isOAuthParameter(p: ParameterModel): boolean {
  return p.type?.toLowerCase() === 'oauthsetting' || p.oAuthSettings !== undefined;
}

export function authenticationOf(parameters: readonly ParameterModel[]): AuthenticationKind {
  if (parameters.length === 0) return { kind: 'none' };
  const oauth = parameters.find(isOAuthParameter);
  if (oauth) {
    const settings = oauth.oAuthSettings;
    const provider = settings?.identityProvider;
    const grant = getPropertyIgnoreCase(settings?.customParameters, 'grantType');
    if (provider?.toLowerCase() === 'aad' && getString(grant?.valueNode, 'value') === 'client_credentials') return { kind: 'servicePrincipal' };
    return { kind: 'oauth', provider };
  }
  const names = new Set(parameters.map(p => p.name.toLowerCase()));
  if (names.has('username') && names.has('password')) return { kind: 'basic' };
  const secrets = parameters.filter(p => p.type === 'securestring').length;
  // A gateway selector is an option next to the credentials, so the credentials name the kind when there are any.
  if (secrets === 1) return { kind: 'apiKey' };
  if (secrets === 0 && parameters.some(p => p.type === 'gatewaySetting')) return { kind: 'gateway' };
  return { kind: 'custom' };
}
