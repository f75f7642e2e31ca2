// Names an authentication setup the way an author thinks of it ("API key", "Basic", "Microsoft Entra ID (OAuth)",
// "Multi-auth: 3 sets"), from the parameters alone. Shared by the outline and the status item, so both say the same.
import { getValue } from '../ast';
import type { ConnectorModel, ParameterModel } from '../model';

export function describeParameters(parameters: ParameterModel[]): string {
  const oauth = parameters.find(p => p.type === 'oauthSetting');
  if (oauth) {
    const settings = oauth.oAuthSettings;
    const grant = getValue(getValue(settings?.customParameters, 'grantType'), 'value');
    if (grant?.type === 'string' && grant.value === 'client_credentials') return 'Service principal (Microsoft Entra ID)';
    switch (settings?.identityProvider?.toLowerCase()) {
      case 'aad': return 'Microsoft Entra ID (OAuth)';
      case 'aadcertificate': return 'Microsoft Entra ID certificate (OAuth)';
      case 'oauth2': return 'OAuth 2.0';
      case 'oauth2generic': return 'OAuth 2.0 (generic templates)';
      case undefined: return 'OAuth 2.0';
      default: return `OAuth 2.0 (${settings!.identityProvider})`;
    }
  }
  const names = new Set(parameters.map(p => p.name.toLowerCase()));
  if (names.has('username') && names.has('password')) return 'Basic';
  if (parameters.length === 0) return 'No authentication';
  const secrets = parameters.filter(p => p.type === 'securestring').length;
  // A gateway selector is an option next to the credentials, so the credentials name the kind when there are any.
  if (secrets === 1) return 'API key';
  if (secrets === 0 && parameters.some(p => p.type === 'gatewaySetting')) return 'On-premises data gateway';
  return 'Custom inputs';
}

/** One phrase for the whole file: `Multi-auth: 3 sets`, or the single-auth kind, or undefined without any. */
export function describeAuthentication(model: ConnectorModel): string | undefined {
  const sets = model.parameterSets?.sets.length ?? 0;
  if (model.parameterSets && sets > 0) return `Multi-auth: ${sets} ${sets === 1 ? 'set' : 'sets'}`;
  if (model.connectionParameters) return describeParameters(model.connectionParameters.parameters);
  return undefined;
}
