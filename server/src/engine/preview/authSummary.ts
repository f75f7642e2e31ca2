// Names an authentication setup the way an author thinks of it ("API key", "Basic", "Microsoft Entra ID (OAuth)",
// "Multi-auth: 3 sets"), from the kind the engine works out once (authentication.ts). Shared by the outline and the
// status item, so both say the same.
import { authenticationOf } from '../authentication';
import type { ConnectorModel, ParameterModel } from '../model';

export function describeParameters(parameters: readonly ParameterModel[]): string {
  const auth = authenticationOf(parameters);
  switch (auth.kind) {
    case 'none': return 'No authentication';
    case 'basic': return 'Basic';
    case 'apiKey': return 'API key';
    case 'servicePrincipal': return 'Service principal (Microsoft Entra ID)';
    case 'gateway': return 'On-premises data gateway';
    case 'custom': return 'Custom inputs';
    case 'oauth':
      switch (auth.provider?.toLowerCase()) {
        case 'aad': return 'Microsoft Entra ID (OAuth)';
        case 'aadcertificate': return 'Microsoft Entra ID certificate (OAuth)';
        case 'oauth2': return 'OAuth 2.0';
        case 'oauth2generic': return 'OAuth 2.0 (generic templates)';
        case undefined: return 'OAuth 2.0';
        default: return `OAuth 2.0 (${auth.provider})`;
      }
  }
}

/** One phrase for the whole file: `Multi-auth: 3 sets`, or the single-auth kind, or undefined without any. */
export function describeAuthentication(model: ConnectorModel): string | undefined {
  const sets = model.parameterSets?.sets.length ?? 0;
  if (model.parameterSets && sets > 0) return `Multi-auth: ${sets} ${sets === 1 ? 'set' : 'sets'}`;
  if (model.connectionParameters) return describeParameters(model.connectionParameters.parameters);
  return undefined;
}
