// The single source of truth for the authentication kinds the product can insert: the code actions, the
// "Add Authentication Type…" command and the generated snippets all read these templates, so a shape is fixed in
// one place. Pure data plus tiny helpers: no imports, so the client bundle can use the list too.

/** A value the author must edit (client id, URLs, labels). `group` ties several occurrences to one tab stop. */
export class Placeholder {
  constructor(readonly text: string, readonly group?: string) {}
}

export type Template =
  | string | number | boolean | null | Placeholder | Template[] | { [key: string]: Template };

const ph = (text: string, group?: string) => new Placeholder(text, group);

export type AuthKindId = 'basic' | 'apiKey' | 'aad' | 'aadServicePrincipal' | 'oauth2' | 'oauth2generic';

export interface AuthKind {
  id: AuthKindId;
  /** Quick-pick label and the tail of the code action title. */
  label: string;
  detail: string;
  /** Default set `name` (made unique on insertion) and the set's `uiDefinition`. */
  setName: string;
  displayName: string;
  description: string;
  /** Parameters for a multi-auth set: every parameter carries `uiDefinition.constraints.required`. */
  setParameters(): Record<string, Template>;
  /** Members of single-auth `connectionParameters`. */
  connectionParameters(): Record<string, Template>;
}

/** Where the author registers the app; obviously not real, valid as JSON and as a URL. */
const CLIENT_ID = () => ph('[YOUR_CLIENT_ID]', 'clientId');
const RESOURCE = () => ph('https://resource.example.com', 'resource');
const AUTHORIZE_URL = () => ph('https://example.com/oauth2/authorize', 'authorizeUrl');
const TOKEN_URL = () => ph('https://example.com/oauth2/token', 'tokenUrl');
const ENTRA_LOGIN = 'https://login.microsoftonline.com';

function basicParameters(): Record<string, Template> {
  return {
    username: {
      type: 'securestring',
      uiDefinition: {
        displayName: ph('User name'),
        description: ph('The user name for the service'),
        tooltip: ph('Provide your user name'),
        constraints: { tabIndex: 2, clearText: true, required: 'true' },
      },
    },
    password: {
      type: 'securestring',
      uiDefinition: {
        displayName: ph('Password'),
        description: ph('The password for the service'),
        tooltip: ph('Provide your password'),
        constraints: { tabIndex: 3, clearText: false, required: 'true' },
      },
    },
  };
}

function apiKeyParameters(): Record<string, Template> {
  return {
    api_key: {
      type: 'securestring',
      uiDefinition: {
        displayName: ph('API key'),
        description: ph('The API key for the service'),
        tooltip: ph('Provide your API key'),
        constraints: { tabIndex: 2, clearText: false, required: 'true' },
      },
    },
  };
}

/** A sign-in parameter is not rendered as an input; inside a set it still needs `required` (docs: mandatory). */
function signInUi(displayName: string): Template {
  return { displayName: ph(displayName), description: ph(displayName), constraints: { required: 'true' } };
}

function hiddenTenant(): Template {
  return {
    type: 'string',
    metadata: { sourceType: 'AzureActiveDirectoryTenant' },
    uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
  };
}

function aadToken(inSet: boolean): Template {
  const token: Record<string, Template> = {
    type: 'oauthSetting',
    oAuthSettings: {
      identityProvider: 'aad',
      clientId: CLIENT_ID(),
      scopes: [],
      redirectMode: 'GlobalPerConnector',
      properties: { IsFirstParty: 'False', AzureActiveDirectoryResourceId: RESOURCE() },
      customParameters: {
        loginUri: { value: ENTRA_LOGIN },
        tenantId: { value: 'common' },
        resourceUri: { value: RESOURCE() },
        enableOnbehalfOfLogin: { value: 'false' },
      },
    },
  };
  if (inSet) token.uiDefinition = signInUi('Sign in with Microsoft Entra ID');
  return token;
}

function aadParameters(inSet: boolean): Record<string, Template> {
  return { token: aadToken(inSet), 'token:TenantId': hiddenTenant() };
}

/**
 * A visible, required string input of a set. Inside a set the dialog reads a string's description from
 * `uiDefinition.schema.description` (multi-auth docs), so the text goes to both places.
 */
function visibleStringUi(displayName: string, description: string): Template {
  return {
    displayName,
    description,
    schema: { type: 'string', description },
    constraints: { required: 'true', hidden: 'false' },
  };
}

/**
 * Client credentials: the sign-in parameter is hidden (nothing to click), and the tenant, client id and secret are
 * typed by whoever creates the connection.
 */
function servicePrincipalParameters(): Record<string, Template> {
  return {
    token: {
      type: 'oauthSetting',
      oAuthSettings: {
        identityProvider: 'aad',
        clientId: CLIENT_ID(),
        scopes: [],
        redirectMode: 'GlobalPerConnector',
        properties: { IsFirstParty: 'False' },
        customParameters: {
          loginUri: { value: ENTRA_LOGIN },
          tenantId: { value: 'common' },
          resourceUri: { value: RESOURCE() },
          grantType: { value: 'client_credentials' },
        },
      },
      uiDefinition: {
        displayName: 'Service principal',
        description: 'Sign in with a Microsoft Entra application (client credentials)',
        constraints: { required: 'false', hidden: 'true' },
      },
    },
    'token:TenantId': {
      type: 'string',
      metadata: { sourceType: 'AzureActiveDirectoryTenant' },
      uiDefinition: visibleStringUi('Tenant ID', 'The directory (tenant) ID of your Microsoft Entra application'),
    },
    'token:clientId': {
      type: 'string',
      uiDefinition: visibleStringUi('Client ID', 'The application (client) ID of your Microsoft Entra application'),
    },
    'token:clientSecret': {
      type: 'securestring',
      uiDefinition: {
        displayName: 'Client secret',
        description: 'A client secret of your Microsoft Entra application',
        constraints: { required: 'true', hidden: 'false', clearText: false },
      },
    },
  };
}

function oauth2Parameters(inSet: boolean): Record<string, Template> {
  const token: Record<string, Template> = {
    type: 'oauthSetting',
    oAuthSettings: {
      identityProvider: 'oauth2',
      clientId: CLIENT_ID(),
      scopes: [],
      redirectMode: 'GlobalPerConnector',
      properties: { IsFirstParty: 'False' },
      customParameters: {
        authorizationUrl: { value: AUTHORIZE_URL() },
        tokenUrl: { value: TOKEN_URL() },
        refreshUrl: { value: TOKEN_URL() },
      },
    },
  };
  if (inSet) token.uiDefinition = signInUi('Sign in with OAuth 2.0');
  return { token };
}

/** Only built-in template placeholders, so the template resolves without any extra `token:<name>` parameter. */
function oauth2genericParameters(inSet: boolean): Record<string, Template> {
  const token: Record<string, Template> = {
    type: 'oauthSetting',
    oAuthSettings: {
      identityProvider: 'oauth2generic',
      clientId: CLIENT_ID(),
      scopes: [],
      redirectMode: 'GlobalPerConnector',
      properties: { IsFirstParty: 'False' },
      customParameters: {
        authorizationUrlTemplate: { value: AUTHORIZE_URL() },
        authorizationUrlQueryStringTemplate: {
          value: '?client_id={ClientId}&response_type=code&redirect_uri={RedirectUrl}&scope={Scopes}&state={State}',
        },
        tokenUrlTemplate: { value: TOKEN_URL() },
        tokenBodyTemplate: {
          value: 'code={Code}&grant_type=authorization_code&redirect_uri={RedirectUrl}&client_id={ClientId}&client_secret={ClientSecret}',
        },
        refreshUrlTemplate: { value: TOKEN_URL() },
        refreshBodyTemplate: {
          value: 'grant_type=refresh_token&refresh_token={RefreshToken}&client_id={ClientId}&client_secret={ClientSecret}',
        },
        scopeListDelimiter: { value: ' ' },
      },
    },
  };
  if (inSet) token.uiDefinition = signInUi('Sign in with OAuth 2.0');
  return { token };
}

export const AUTH_KINDS: readonly AuthKind[] = [
  {
    id: 'basic', label: 'Basic authentication', detail: 'User name and password',
    setName: 'basic-auth', displayName: 'Basic authentication', description: 'Sign in with a user name and password',
    setParameters: basicParameters, connectionParameters: basicParameters,
  },
  {
    id: 'apiKey', label: 'API key', detail: 'One secure string named api_key',
    setName: 'api-key-auth', displayName: 'API key', description: 'Use an API key',
    setParameters: apiKeyParameters, connectionParameters: apiKeyParameters,
  },
  {
    id: 'aad', label: 'Microsoft Entra ID', detail: 'OAuth 2.0 with Entra ID (aad), delegated sign-in',
    setName: 'aad-auth', displayName: 'Microsoft Entra ID', description: 'Sign in with your Microsoft Entra ID account',
    setParameters: () => aadParameters(true), connectionParameters: () => aadParameters(false),
  },
  {
    id: 'aadServicePrincipal', label: 'Microsoft Entra ID service principal',
    detail: 'Client credentials: tenant, client id and client secret typed at connection time',
    setName: 'aad-service-principal', displayName: 'Microsoft Entra ID service principal',
    description: 'Use a Microsoft Entra application (client id and secret)',
    setParameters: servicePrincipalParameters, connectionParameters: servicePrincipalParameters,
  },
  {
    id: 'oauth2', label: 'OAuth 2.0', detail: 'Generic OAuth 2.0 (oauth2) with authorization, token and refresh URLs',
    setName: 'oauth2-auth', displayName: 'OAuth 2.0', description: 'Sign in with OAuth 2.0',
    setParameters: () => oauth2Parameters(true), connectionParameters: () => oauth2Parameters(false),
  },
  {
    id: 'oauth2generic', label: 'OAuth 2.0 with templates', detail: 'oauth2generic: URL, query string and body templates',
    setName: 'oauth2-generic-auth', displayName: 'OAuth 2.0', description: 'Sign in with OAuth 2.0',
    setParameters: () => oauth2genericParameters(true), connectionParameters: () => oauth2genericParameters(false),
  },
];

export function getAuthKind(id: string): AuthKind | undefined {
  return AUTH_KINDS.find(k => k.id === id);
}

/** A whole `connectionParameterSets.values` entry. */
export function setTemplate(kind: AuthKind, name: string = kind.setName): Template {
  return {
    name: ph(name),
    uiDefinition: { displayName: ph(kind.displayName), description: ph(kind.description) },
    parameters: kind.setParameters(),
  };
}

/** The value of `connectionParameterSets`. */
export function parameterSetsTemplate(kinds: readonly AuthKind[]): Template {
  const used = new Set<string>();
  return {
    uiDefinition: { displayName: ph('Authentication type'), description: ph('Choose how to sign in') },
    // Each set has its own app and URLs: a shared tab stop must not fill one set's client id into another's.
    values: kinds.map((kind, i) => scopeGroups(setTemplate(kind, uniqueName(kind.setName, used)), `set${i}.`)),
  };
}

function scopeGroups(t: Template, prefix: string): Template {
  if (t instanceof Placeholder) return t.group === undefined ? t : new Placeholder(t.text, prefix + t.group);
  if (Array.isArray(t)) return t.map(x => scopeGroups(x, prefix));
  if (t && typeof t === 'object') return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, scopeGroups(v, prefix)]));
  return t;
}

/** `base`, else `base-2`, `base-3`, … — never one of `taken` (compared case-insensitively); adds the result. */
export function uniqueName(base: string, taken: Set<string>): string {
  const lower = new Set([...taken].map(t => t.toLowerCase()));
  let name = base;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

/**
 * Turns a template into plain JSON; each placeholder becomes what `replace` returns (by default its text).
 * Placeholders are numbered in document order, one number per group.
 */
export function materialize(template: Template, replace: (p: Placeholder, index: number) => unknown = p => p.text): unknown {
  const groups = new Map<string, number>();
  let next = 1;
  const visit = (t: Template): unknown => {
    if (t instanceof Placeholder) {
      let index: number;
      if (t.group !== undefined && groups.has(t.group)) index = groups.get(t.group)!;
      else {
        index = next++;
        if (t.group !== undefined) groups.set(t.group, index);
      }
      return replace(t, index);
    }
    if (Array.isArray(t)) return t.map(visit);
    if (t && typeof t === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(t)) out[k] = visit(v);
      return out;
    }
    return t;
  };
  return visit(template);
}
