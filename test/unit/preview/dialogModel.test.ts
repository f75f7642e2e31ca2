// The dialog view model for the fixture connectors, in full: labels, fallbacks, controls, masks, hidden inputs,
// order, and where each element's definition is (line: first line of the covered source).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dialogFor, fixtureText, readable } from './support';
import { DEFAULT_AUTH_LABEL, providerName } from '../../../server/src/engine/preview/dialogModel';

function expectFixture(name: string, expected: unknown): void {
  const text = fixtureText(name);
  assert.deepEqual(readable(dialogFor(text), text), expected);
}

test('multi-auth: three sets (OAuth sign-in button, API key with region dropdown, basic with clear-text user name)', () => {
  expectFixture('multi-auth', {
    "kind": "multi",
    "authLabel": "Sign-in method",
    "authPlaceholder": "Choose how the connection signs in to Contoso Tickets",
    "sets": [
      {
        "index": 0,
        "name": "oauth",
        "label": "Contoso account (OAuth)",
        "labelIsRawName": false,
        "description": "Sign in with your Contoso work account",
        "fields": [
          {
            "name": "token",
            "label": "Sign in",
            "type": "oauthSetting",
            "control": "signIn",
            "required": true,
            "gatewayOnly": false,
            "span": "16: \"token\": { … }",
            "provider": "Microsoft Entra ID"
          }
        ],
        "omitted": [
          {
            "name": "token:TenantId",
            "reason": "hidden: \"true\"",
            "span": "35: \"token:TenantId\": { … }"
          }
        ],
        "span": "9: { … }"
      },
      {
        "index": 1,
        "name": "apiKey",
        "label": "API key",
        "labelIsRawName": false,
        "description": "Use a key from the Contoso admin page",
        "fields": [
          {
            "name": "region",
            "label": "Region",
            "description": "Where your Contoso tenant lives",
            "type": "string",
            "control": "select",
            "required": true,
            "gatewayOnly": false,
            "span": "51: \"region\": { … }",
            "options": [
              {
                "value": "eu",
                "label": "Europe"
              },
              {
                "value": "us",
                "label": "United States"
              },
              {
                "value": "apac",
                "label": "apac"
              }
            ]
          },
          {
            "name": "api_key",
            "label": "API key",
            "description": "The key from Settings > API",
            "tooltip": "Keys start with ck_",
            "type": "securestring",
            "control": "password",
            "required": true,
            "gatewayOnly": false,
            "span": "67: \"api_key\": { … }"
          }
        ],
        "omitted": [],
        "span": "44: { … }"
      },
      {
        "index": 2,
        "name": "basic",
        "label": "User name and password",
        "labelIsRawName": false,
        "description": "Basic authentication",
        "fields": [
          {
            "name": "username",
            "label": "User name",
            "description": "Your Contoso user name",
            "type": "securestring",
            "control": "text",
            "required": true,
            "gatewayOnly": false,
            "span": "85: \"username\": { … }"
          },
          {
            "name": "password",
            "label": "Password",
            "description": "Your Contoso password",
            "type": "securestring",
            "control": "password",
            "required": true,
            "gatewayOnly": false,
            "span": "93: \"password\": { … }"
          }
        ],
        "omitted": [],
        "span": "78: { … }"
      }
    ],
    "warnings": []
  });
});

test('single-auth: tabIndex order, tooltip as description, default value, int input, gateway-only selector', () => {
  expectFixture('single-auth', {
    "kind": "single",
    "authLabel": "Authentication type",
    "sets": [
      {
        "index": 0,
        "label": "",
        "labelIsRawName": false,
        "fields": [
          {
            "name": "api_key",
            "label": "API key",
            "description": "The API key for this connection",
            "type": "securestring",
            "control": "password",
            "required": true,
            "gatewayOnly": false,
            "span": "13: \"api_key\": { … }"
          },
          {
            "name": "hostName",
            "label": "Host name",
            "description": "The host of your Contoso Tickets instance",
            "type": "string",
            "control": "text",
            "required": true,
            "gatewayOnly": false,
            "span": "4: \"hostName\": { … }",
            "defaultValue": "tickets.contoso.example"
          },
          {
            "name": "pageSize",
            "label": "pageSize",
            "description": "Items per page (optional)",
            "type": "int",
            "control": "number",
            "required": false,
            "gatewayOnly": false,
            "span": "21: \"pageSize\": { … }"
          },
          {
            "name": "gateway",
            "label": "Gateway",
            "type": "gatewaySetting",
            "control": "gateway",
            "required": false,
            "gatewayOnly": true,
            "span": "28: \"gateway\": { … }"
          }
        ],
        "omitted": [],
        "span": "3: \"connectionParameters\": { … }"
      }
    ],
    "warnings": []
  });
});

test('pitfalls: displayname spelling, boolean hidden/required, string clearText, duplicate set names', () => {
  expectFixture('pitfalls', {
    "kind": "multi",
    "authLabel": "Authentication type",
    "authPlaceholder": "Pick one",
    "sets": [
      {
        "index": 0,
        "name": "key-auth",
        "label": "key-auth",
        "labelIsRawName": true,
        "fields": [
          {
            "name": "api_key",
            "label": "Key",
            "type": "securestring",
            "control": "password",
            "required": false,
            "gatewayOnly": false,
            "span": "15: \"api_key\": { … }"
          },
          {
            "name": "environment",
            "label": "Environment",
            "description": "Meant to be hidden",
            "type": "string",
            "control": "text",
            "required": false,
            "gatewayOnly": false,
            "span": "22: \"environment\": { … }"
          }
        ],
        "omitted": [],
        "span": "9: { … }"
      },
      {
        "index": 1,
        "name": "key-auth",
        "label": "API key (EU)",
        "labelIsRawName": false,
        "fields": [
          {
            "name": "api_key",
            "label": "Key",
            "type": "securestring",
            "control": "password",
            "required": true,
            "gatewayOnly": false,
            "span": "38: \"api_key\": { … }"
          }
        ],
        "omitted": [
          {
            "name": "region",
            "reason": "hidden: \"true\"",
            "span": "45: \"region\": { … }"
          }
        ],
        "span": "32: { … }"
      }
    ],
    "warnings": [
      {
        "code": "dropdown-label-fallback",
        "message": "The dropdown label reads \"Authentication type\": the platform reads \"displayName\", not \"displayname\".",
        "span": "5: \"displayname\": \"Authentication\""
      },
      {
        "code": "set-raw-name",
        "message": "The option shows the raw set name \"key-auth\": the set has no uiDefinition.displayName (the platform reads \"displayName\", not \"displayname\").",
        "set": 0,
        "span": "12: \"displayname\": \"API key\""
      },
      {
        "code": "boolean-required",
        "message": "\"api_key\": required is the boolean true; the platform compares with the strings \"true\"/\"false\", so clients disagree on whether it is required.",
        "set": 0,
        "span": "19: true"
      },
      {
        "code": "clear-text-string",
        "message": "\"api_key\": clearText is the string \"true\"; only the boolean true unmasks the input, so it stays masked.",
        "set": 0,
        "span": "19: \"true\""
      },
      {
        "code": "boolean-hidden",
        "message": "\"environment\" is shown: hidden is the boolean true, but the platform hides only for the string \"true\".",
        "set": 0,
        "span": "27: true"
      },
      {
        "code": "set-duplicate-name",
        "message": "Sets 1 and 2 are both named \"key-auth\": a connection records its set by name, so one of them can never be told apart.",
        "set": 1,
        "span": "33: \"key-auth\""
      }
    ]
  });
});

const wrap = (properties: object) => JSON.stringify({ properties }, null, 2);

test('no authentication: an empty connectionParameters and a file without properties give an input-less dialog', () => {
  for (const text of [wrap({ connectionParameters: {}, iconBrandColor: '#123456' }), '{}', '']) {
    const view = dialogFor(text);
    assert.equal(view.kind, 'none', text);
    assert.equal(view.sets.length, 1);
    assert.deepEqual(view.sets[0].fields, []);
    assert.deepEqual(view.warnings, []);
  }
});

test('hideInUI "true", managed identity and the service-principal hidden token are left out; dependentParameter is noted', () => {
  const text = wrap({
    connectionParameters: {
      token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad' }, uiDefinition: { constraints: { required: 'false', hidden: 'true' } } },
      mi: { type: 'managedIdentity' },
      secretRegion: { type: 'string', uiDefinition: { constraints: { hideInUI: 'true' } } },
      'token:clientId': { type: 'string', uiDefinition: { displayName: 'Client ID', constraints: { required: 'true', dependentParameter: { parameter: 'mode', value: 'sp' } } } },
      flag: { type: 'bool', uiDefinition: { displayName: 'Verbose', constraints: { required: 'false' } } },
    },
  });
  assert.deepEqual(readable(dialogFor(text), text), {
    kind: 'single',
    authLabel: DEFAULT_AUTH_LABEL,
    sets: [{
      index: 0, label: '', labelIsRawName: false,
      fields: [
        { name: 'token:clientId', label: 'Client ID', type: 'string', control: 'text', required: true, gatewayOnly: false, shownWhen: 'mode is "sp"', span: '27: "token:clientId": { … }' },
        { name: 'flag', label: 'Verbose', type: 'bool', control: 'checkbox', required: false, gatewayOnly: false, span: '40: "flag": { … }' },
      ],
      omitted: [
        { name: 'token', reason: 'hidden: "true"', span: '4: "token": { … }' },
        { name: 'mi', reason: 'managed identity: never an input', span: '16: "mi": { … }' },
        { name: 'secretRegion', reason: 'hideInUI: "true"', span: '19: "secretRegion": { … }' },
      ],
      span: '3: "connectionParameters": { … }',
    }],
    warnings: [],
  });
});

test('sets win over connectionParameters, which the dialog ignores (warning on the key)', () => {
  const text = wrap({
    connectionParameters: { api_key: { type: 'securestring' } },
    connectionParameterSets: { uiDefinition: { displayName: 'Mode' }, values: [{ name: 'a', uiDefinition: { displayName: 'A' }, parameters: {} }] },
  });
  const view = dialogFor(text);
  assert.equal(view.kind, 'multi');
  assert.equal(view.authLabel, 'Mode');
  assert.deepEqual(view.sets.map(s => [s.label, s.fields.length]), [['A', 0]]);
  assert.deepEqual(readable(view.warnings, text), [{
    code: 'legacy-parameters-ignored',
    message: 'connectionParameters is ignored by the dialog when connectionParameterSets exists: only the sets are shown.',
    span: '3: "connectionParameters"',
  }]);
});

test('a set with neither display name nor name is blank; a missing dropdown label falls back to "Authentication type"', () => {
  const text = wrap({ connectionParameterSets: { values: [{ parameters: {} }, { name: 'second', uiDefinition: { displayName: '  ' }, parameters: {} }] } });
  const view = dialogFor(text);
  assert.equal(view.authLabel, 'Authentication type');
  assert.deepEqual(view.sets.map(s => [s.label, s.labelIsRawName]), [['Set 1', true], ['second', true]]);
  assert.deepEqual(readable(view.warnings, text), [
    { code: 'dropdown-label-fallback', message: 'The dropdown label falls back to "Authentication type": connectionParameterSets.uiDefinition has no displayName.', span: '3: "connectionParameterSets": { … }' },
    { code: 'set-unnamed', message: 'Set 1 has neither a display name nor a name: the option is blank in the dialog.', set: 0, span: '5: { … }' },
    { code: 'set-raw-name', message: 'The option shows the raw set name "second": the set has no uiDefinition.displayName.', set: 1, span: '11: "displayName": "  "' },
  ]);
});

test('description comes from description, else tooltip, else schema.description; allowedValues without text use the value', () => {
  const text = wrap({
    connectionParameters: {
      a: { type: 'string', uiDefinition: { tooltip: 'tip', schema: { description: 'schema' } } },
      b: { type: 'string', uiDefinition: { schema: { type: 'string', description: 'from schema' } } },
      c: { type: 'string', uiDefinition: { description: 'desc', tooltip: 'tip', constraints: { allowedValues: [{ value: 'x' }, { text: 'Why', value: 'y' }, { text: 'no value' }] } } },
    },
  });
  const fields = dialogFor(text).sets[0].fields;
  assert.deepEqual(fields.map(f => [f.name, f.description, f.tooltip, f.control, f.options]), [
    ['a', 'tip', undefined, 'text', undefined],
    ['b', 'from schema', undefined, 'text', undefined],
    ['c', 'desc', 'tip', 'select', [{ value: 'x', label: 'x' }, { value: 'y', label: 'Why' }]],
  ]);
});

test('identity providers are named as users know them', () => {
  assert.deepEqual(['aad', 'aadcertificate', 'oauth2', 'oauth2generic', 'live', 'GitHub', 'Acme', undefined].map(providerName),
    ['Microsoft Entra ID', 'Microsoft Entra ID', 'OAuth 2.0', 'OAuth 2.0', 'Microsoft account', 'GitHub', 'Acme', 'OAuth 2.0']);
});
