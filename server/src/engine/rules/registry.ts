// Every rule the engine runs, in the order findings are reported. One line per rule.
import type { Rule } from './types';
import { BASE_MISSING_CODE, BREAKING_RULES } from '../breaking/types';
import { SCRIPT_MISSING_CODE, SCRIPT_RULES } from '../csharp/scriptChecks';
import { SWAGGER_RULES } from '../swaggerRules/registry';
import { SETTINGS_RULES } from '../paconnSettings/rules';
import { FOLDER_RULES } from '../folder/rules';
import { rule as setsValuesMissing } from './sets-values-missing';
import { rule as setNameMissing } from './set-name-missing';
import { rule as setParametersMissing } from './set-parameters-missing';
import { rule as setNameDuplicate } from './set-name-duplicate';
import { rule as displayNameCasing } from './display-name-casing';
import { rule as setParameterRequiredMissing } from './set-parameter-required-missing';
import { rule as setStringDescriptionLocation } from './set-string-description-location';
import { rule as legacyAndSets } from './legacy-and-sets';
import { rule as stringBoolean } from './string-boolean';
import { rule as clearTextType } from './clear-text-type';
import { rule as tabIndexType } from './tab-index-type';
import { rule as tabIndexDuplicate } from './tab-index-duplicate';
import { rule as oauthSettingsCasing } from './oauth-settings-casing';
import { rule as oauthSettingTypeCasing } from './oauth-setting-type-casing';
import { rule as stackOwnerCasing } from './stack-owner-casing';
import { rule as redirectModeCasing } from './redirect-mode-casing';
import { rule as customParameterCasing } from './custom-parameter-casing';
import { rule as templateIdCasing } from './template-id-casing';
import { rule as oauthSettingsMismatch } from './oauth-settings-mismatch';
import { rule as oauthParameterName } from './oauth-parameter-name';
import { rule as identityProviderUnknown } from './identity-provider-unknown';
import { rule as customParametersRequired } from './custom-parameters-required';
import { rule as customParametersUnknown } from './custom-parameters-unknown';
import { rule as oauth2genericPlaceholder } from './oauth2generic-placeholder';
import { rule as isFirstPartyValue } from './is-first-party-value';
import { rule as aadCertificateThirdParty } from './aad-certificate-third-party';
import { rule as clientSecretCommitted } from './client-secret-committed';
import { rule as tenantIdMetadata } from './tenant-id-metadata';
import { rule as connectionParameterReference } from './connection-parameter-reference';
import { rule as templateIdUnknown } from './template-id-unknown';
import { rule as templateParameters } from './template-parameters';
import { rule as policySection } from './policy-section';
import { rule as templateParameterEnum } from './template-parameter-enum';
import { rule as operationNameArray } from './operation-name-array';
import { rule as iconBrandColorFormat } from './icon-brand-color-format';
import { rule as iconBrandColorCertified } from './icon-brand-color-certified';
import { rule as iconBrandColorIndependentPublisher } from './icon-brand-color-independent-publisher';
import { rule as publisherRequired } from './publisher-required';
import { rule as stackOwnerRequired } from './stack-owner-required';
import { rule as serviceManagedMember } from './service-managed-member';
import { rule as swaggerSecurityMismatch } from './swagger-security-mismatch';
import { rule as swaggerOauthMismatch } from './swagger-oauth-mismatch';
import { rule as operationIdUnknown } from './operation-id-unknown';
import { rule as scriptOperationUnknown } from './script-operation-unknown';
import { rule as routePathParameter } from './route-path-parameter';
import { rule as swaggerUnavailable } from './swagger-unavailable';

export const RULES: readonly Rule[] = [
  setsValuesMissing,
  setNameMissing,
  setParametersMissing,
  setNameDuplicate,
  displayNameCasing,
  setParameterRequiredMissing,
  setStringDescriptionLocation,
  legacyAndSets,
  stringBoolean,
  clearTextType,
  tabIndexType,
  tabIndexDuplicate,
  oauthSettingsCasing,
  oauthSettingTypeCasing,
  stackOwnerCasing,
  redirectModeCasing,
  customParameterCasing,
  templateIdCasing,
  oauthSettingsMismatch,
  oauthParameterName,
  identityProviderUnknown,
  customParametersRequired,
  customParametersUnknown,
  oauth2genericPlaceholder,
  isFirstPartyValue,
  aadCertificateThirdParty,
  clientSecretCommitted,
  tenantIdMetadata,
  connectionParameterReference,
  templateIdUnknown,
  templateParameters,
  policySection,
  templateParameterEnum,
  operationNameArray,
  iconBrandColorFormat,
  iconBrandColorCertified,
  iconBrandColorIndependentPublisher,
  publisherRequired,
  stackOwnerRequired,
  serviceManagedMember,
  swaggerSecurityMismatch,
  swaggerOauthMismatch,
  operationIdUnknown,
  scriptOperationUnknown,
  routePathParameter,
  swaggerUnavailable,
];

/** Ids of the built-in (non-rule) diagnostics, which settings may also override. */
export const BUILTIN_CODES = ['json-syntax', 'strict-json', 'duplicate-key', 'schema', 'file-encoding'] as const;

/** Bytes that are not UTF-8. Reported by the command-line checker, which reads bytes; editors hand the server text. */
export const ENCODING_CODE = 'file-encoding';

/** Every code settings may name: built-in codes, apiProperties, swagger, breaking-change, script.csx, settings.json and folder rules. */
export function allCodes(): Set<string> {
  return new Set<string>([
    ...BUILTIN_CODES, ...RULES.map(r => r.id), ...SWAGGER_RULES.map(r => r.id),
    ...Object.keys(BREAKING_RULES), BASE_MISSING_CODE, ...Object.keys(SCRIPT_RULES), SCRIPT_MISSING_CODE,
    ...Object.keys(SETTINGS_RULES), ...Object.keys(FOLDER_RULES),
  ]);
}
