// Platform facts the rules check against, transcribed from the research spec (SPEC.md §2-§7, facts.json).
// Kept as TypeScript constants so the bundle needs no JSON import and every rule reads one source of truth.

/** Members of `properties` that paconn/pac set on upload; in the file they are ignored or overwritten (SPEC §2). */
export const SERVICE_MANAGED_MEMBERS = [
  'openApiDefinition', 'backendService', 'environment', 'displayName', 'description', 'iconUri', 'scriptDefinitionUrl',
] as const;

export const PARAMETER_TYPES = ['string', 'securestring', 'int', 'bool', 'oauthSetting', 'gatewaySetting'] as const;

/** identityProvider values: the schema's enum, then ones shipped connectors use successfully (SPEC §4.2). */
export const IDENTITY_PROVIDERS_SCHEMA = ['oauth2', 'oauth2generic', 'aad', 'aadcertificate', 'facebook'] as const;
export const IDENTITY_PROVIDERS_OBSERVED = ['DocuSign', 'github', 'google', 'live', 'fitbit'] as const;

/** redirectMode values in their canonical case (SPEC §4.4). */
export const REDIRECT_MODES = ['Global', 'GlobalPerConnector', 'Direct', 'GlobalPerTenant'] as const;

export interface ProviderCustomParameters {
  /** Keys the provider reads, canonical casing. */
  known: readonly string[];
  /** Keys it cannot work without. */
  required: readonly string[];
  /** oauth2generic: any extra key may be a template variable. */
  open?: boolean;
}

/** customParameters per identityProvider (SPEC §4.3): schema keys plus the ones shipped connectors rely on. */
export const CUSTOM_PARAMETERS: Record<string, ProviderCustomParameters> = {
  oauth2: { known: ['authorizationUrl', 'tokenUrl', 'refreshUrl'], required: ['authorizationUrl', 'tokenUrl', 'refreshUrl'] },
  oauth2generic: {
    known: [
      'authorizationUrlTemplate', 'authorizationUrlQueryStringTemplate', 'tokenUrlTemplate', 'tokenUrlQueryStringTemplate',
      'tokenBodyTemplate', 'refreshUrlTemplate', 'refreshUrlQueryStringTemplate', 'refreshBodyTemplate', 'scopeListDelimiter',
    ],
    required: ['authorizationUrlTemplate', 'tokenUrlTemplate', 'refreshUrlTemplate'],
    open: true,
  },
  aad: { known: ['resourceUri', 'loginUri', 'tenantId', 'enableOnbehalfOfLogin', 'grantType', 'loginUriAAD'], required: ['resourceUri'] },
  aadcertificate: { known: ['resourceUri', 'loginUri', 'loginUriAAD', 'tenantId', 'enableOnbehalfOfLogin'], required: ['resourceUri'] },
  facebook: { known: [], required: [] },
};

/** oauth2generic template names that are filled by the platform (SPEC §4.5); matched case-insensitively. */
export const OAUTH2GENERIC_BUILTINS = ['clientId', 'clientSecret', 'redirectUrl', 'scopes', 'scope', 'state', 'code', 'refreshToken'] as const;

export const TENANT_ID_SOURCE_TYPE = 'AzureActiveDirectoryTenant';

export interface PolicyTemplate {
  /** Required template parameters (without the `x-ms-apimTemplateParameter.` prefix). */
  req: readonly string[];
  opt: readonly string[];
  /** Allowed `x-ms-apimTemplate-policySection` values; empty = the template takes none. */
  sections: readonly string[];
  enums?: Record<string, readonly string[]>;
  /** Observed but undocumented: parameters are not checked. */
  undocumented?: boolean;
}

/** Policy template catalogue (SPEC §7.3), keyed by the canonical lower-case templateId. */
export const POLICY_TEMPLATES: Record<string, PolicyTemplate> = {
  setheader: { req: ['name', 'value'], opt: ['existsAction'], sections: ['Request', 'Response', 'Failure'], enums: { existsAction: ['override', 'skip', 'append'] } },
  setqueryparameter: { req: ['name', 'value'], opt: ['existsAction'], sections: [], enums: { existsAction: ['override', 'skip', 'append'] } },
  dynamichosturl: { req: ['urlTemplate'], opt: [], sections: [] },
  routerequesttoendpoint: {
    req: ['newPath'], opt: ['httpMethod'], sections: [],
    enums: { httpMethod: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', '@Request.OriginalHTTPMethod'] },
  },
  setproperty: { req: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'], opt: [], sections: ['Request', 'Response'] },
  setvaluefromurl: {
    req: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'], opt: ['httpMethod'], sections: ['Request', 'Response'],
    enums: { httpMethod: ['GET', 'POST', 'PUT'] },
  },
  convertarraytoobject: {
    req: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'], opt: ['propertySubPath', 'retainKey'], sections: ['Request', 'Response'],
    enums: { retainKey: ['true', 'false'] },
  },
  convertobjecttoarray: { req: ['propertyParentPath', 'newPropertyPath'], opt: ['propertySubPath', 'keyName', 'valueName'], sections: ['Request', 'Response'] },
  stringtoarray: { req: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'], opt: ['propertySubPath'], sections: ['Request', 'Response'] },
  stringreplace: { req: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'], opt: ['propertySubPath'], sections: ['Request', 'Response'] },
  encodepropertyvalue: { req: ['propertyParentPath', 'newPropertyPath'], opt: ['propertySubPath'], sections: ['Request', 'Response'] },
  updatenextlink: { req: ['nextLinkPropertyName'], opt: ['nextLinkParentPropertyPath'], sections: [] },
  pollingtrigger: { req: ['triggerConfig', 'triggerDataPath'], opt: [], sections: [] },
  setconnectionstatustounauthenticated: { req: ['statusCode'], opt: [], sections: [] },
  dynamicsubdomain: { req: [], opt: ['urlTemplate'], sections: [], undocumented: true },
  moveproperties: { req: [], opt: ['srcParentPath', 'srcSubPath', 'dstParentPath', 'dstSubPath', 'copyOnlySubProperties'], sections: ['Request'], undocumented: true },
};

export const TEMPLATE_PARAMETER_PREFIX = 'x-ms-apimTemplateParameter.';
export const OPERATION_NAME_KEY = 'x-ms-apimTemplate-operationName';
export const POLICY_SECTION_KEY = 'x-ms-apimTemplate-policySection';

export const IP_BRAND_COLOR = '#da3b01';
export const CERTIFIED_FORBIDDEN_COLORS = ['#007ee5', '#ffffff'] as const;
