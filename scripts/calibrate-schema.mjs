#!/usr/bin/env node
// Dev script: validates every *.apiProperties.json of the connector corpus with vscode-json-languageservice
// exactly as the editor does (schemaValidation: 'error'), to calibrate schemas/apiProperties.schema.json.
//
// Usage:
//   node scripts/calibrate-schema.mjs [--schema <path>] [--official] [--files] [--json] [--completion]
//     --schema <path>  schema to use (default schemas/apiProperties.schema.json)
//     --official       use the official paconn schema from the spec folder (it is JSONC, parsed leniently)
//     --files          list every failing file with its messages
//     --json           machine-readable summary on stdout
//     --completion     run the completion/message self-checks instead of the corpus run
//     --forms          count the tolerated non-canonical forms in the corpus
//     --reviewed       (moved) the reviewed list is checked by the corpus gate test against the full engine
// Corpus: $PP_CONNECTOR_CORPUS or ../shared/corpus relative to the repository root.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonc from 'jsonc-parser';
import jsonLanguageService from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';

// CommonJS package: take the named members from the default export.
const { getLanguageService, DiagnosticSeverity } = jsonLanguageService;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const corpusDir = process.env.PP_CONNECTOR_CORPUS || path.resolve(repoRoot, '../shared/corpus');
const officialPath = path.resolve(repoRoot, '../shared/spec/schemas/paconn-apiProperties.schema.json');
const schemaPath = flag('--official') ? officialPath : path.resolve(repoRoot, option('--schema') || 'schemas/apiProperties.schema.json');
const SCHEMA_URI = 'pp-connector://schemas/apiProperties.schema.json';

function loadSchema(file) {
  const text = fs.readFileSync(file, 'utf8');
  const errors = [];
  // The official schema carries a // comment, so it is parsed as JSONC; ours must be strict JSON.
  const schema = file === officialPath ? jsonc.parse(text, errors, { allowTrailingComma: true }) : JSON.parse(text);
  if (errors.length) throw new Error(`${file}: cannot parse schema`);
  return schema;
}

function makeService(schema) {
  const ls = getLanguageService({
    clientCapabilities: { textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true } } } },
  });
  ls.configure({ validate: true, allowComments: false, schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema }] });
  return ls;
}

const VALIDATION_SETTINGS = { comments: 'error', trailingCommas: 'error', schemaValidation: 'error' };

async function validateText(ls, name, text) {
  const doc = TextDocument.create(`file:///corpus/${encodeURIComponent(name)}`, 'json', 1, text);
  const jsonDoc = ls.parseJSONDocument(doc);
  const diagnostics = await ls.doValidation(doc, jsonDoc, VALIDATION_SETTINGS);
  return diagnostics.map((d) => ({
    severity: d.severity,
    message: d.message,
    line: d.range.start.line + 1,
    // JSON syntax problems carry numeric codes below 0x100 (ErrorCode.*); schema problems come from the schema.
    kind: jsonDoc.syntaxErrors.some((s) => s.range.start.line === d.range.start.line && s.message === d.message) ? 'json-syntax' : 'schema',
  }));
}

async function runCorpus() {
  if (!fs.existsSync(corpusDir)) {
    console.log(`corpus not found at ${corpusDir} (set PP_CONNECTOR_CORPUS); nothing to calibrate`);
    return;
  }
  const ls = makeService(loadSchema(schemaPath));
  const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.apiProperties.json')).sort();
  const messageCounts = new Map();
  const failing = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
    const errors = (await validateText(ls, file, text)).filter((d) => d.severity === DiagnosticSeverity.Error);
    if (!errors.length) continue;
    failing.push({ file, errors });
    for (const e of new Set(errors.map((x) => x.message))) messageCounts.set(e, (messageCounts.get(e) || 0) + 1);
  }
  const summary = {
    schema: path.relative(repoRoot, schemaPath),
    files: files.length,
    filesWithErrors: failing.length,
    messages: [...messageCounts.entries()].sort((a, b) => b[1] - a[1]).map(([message, files]) => ({ files, message })),
    failing: failing.map((f) => ({ file: f.file, kinds: [...new Set(f.errors.map((e) => e.kind))], errors: f.errors.map((e) => `${e.line}: ${e.message}`) })),
  };
  if (flag('--json')) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    console.log(`schema: ${summary.schema}\nfiles: ${summary.files}\nfiles with errors: ${summary.filesWithErrors}\n`);
    console.log('files  message');
    for (const m of summary.messages) console.log(`${String(m.files).padStart(5)}  ${m.message}`);
    if (flag('--files')) {
      console.log('');
      for (const f of summary.failing) console.log(`${f.file}\n  ${f.errors.join('\n  ')}`);
    }
  }
  if (flag('--reviewed')) {
    // The reviewed list is checked by the corpus gate (test/corpus/corpus-gate.test.ts) against the whole engine:
    // there a connector rule may stand in for the schema at the same key (e.g. `stackowner` is a warning of
    // stack-owner-casing, not a schema error), so a schema-only run cannot judge the list.
    console.log('\n--reviewed: run `npm test -- --only corpus-gate`; the reviewed list is judged against the full engine there.');
  }
}

// ---------------------------------------------------------------- completion / message self-checks

const CURSOR = '|';

async function complete(ls, textWithCursor) {
  const offset = textWithCursor.indexOf(CURSOR);
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const doc = TextDocument.create('file:///check/apiProperties.json', 'json', 1, text);
  const result = await ls.doComplete(doc, doc.positionAt(offset), ls.parseJSONDocument(doc));
  return (result?.items ?? []).map((i) => i.label);
}

async function errorsOf(ls, text) {
  return (await validateText(ls, 'check.json', text)).filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => d.message);
}

const wrap = (connectionParameters, extra = '') =>
  `{"properties": {"iconBrandColor": "#da3b01", "connectionParameters": ${connectionParameters}${extra}}}`;
const oauth = (provider, customParameters) =>
  wrap(`{"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "${provider}", "customParameters": ${customParameters}}}}`);
const policy = (instance) => `{"properties": {"iconBrandColor": "#da3b01", "policyTemplateInstances": [${instance}]}}`;

async function runChecks() {
  const ls = makeService(loadSchema(schemaPath));
  let failures = 0;
  const check = (name, actual, expected) => {
    const ok = JSON.stringify(actual) === JSON.stringify(expected);
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}\n     got:      ${JSON.stringify(actual)}${ok ? '' : `\n     expected: ${JSON.stringify(expected)}`}`);
  };
  const sorted = (a) => [...a].sort();

  check('aad customParameters keys',
    sorted(await complete(ls, oauth('aad', '{ | }'))),
    sorted(['loginUri', 'tenantId', 'resourceUri', 'enableOnbehalfOfLogin', 'grantType', 'loginUriAAD']));
  check('oauth2 customParameters keys',
    sorted(await complete(ls, oauth('oauth2', '{ | }'))),
    sorted(['authorizationUrl', 'tokenUrl', 'refreshUrl']));
  check('unknown provider customParameters keys', await complete(ls, oauth('DocuSign', '{ | }')), []);
  check('setheader parameters keys',
    sorted(await complete(ls, policy('{"templateId": "setheader", "title": "t", "parameters": { | }}'))),
    sorted(['x-ms-apimTemplate-operationName', 'x-ms-apimTemplate-policySection', 'x-ms-apimTemplateParameter.name', 'x-ms-apimTemplateParameter.value', 'x-ms-apimTemplateParameter.existsAction']));
  check('SetHeader (case variant) parameters keys',
    sorted(await complete(ls, policy('{"templateId": "SetHeader", "title": "t", "parameters": { | }}'))),
    sorted(['x-ms-apimTemplate-operationName', 'x-ms-apimTemplate-policySection', 'x-ms-apimTemplateParameter.name', 'x-ms-apimTemplateParameter.value', 'x-ms-apimTemplateParameter.existsAction']));
  check('setheader policySection values',
    sorted(await complete(ls, policy('{"templateId": "setheader", "parameters": {"x-ms-apimTemplate-policySection": |}}'))),
    sorted(['"Request"', '"Response"', '"Failure"']));
  check('templateId values are canonical only',
    (await complete(ls, policy('{"templateId": |}'))).filter((l) => !l.startsWith('policy:')).sort(),
    sorted(['"setheader"', '"setqueryparameter"', '"dynamichosturl"', '"routerequesttoendpoint"', '"setproperty"', '"setvaluefromurl"', '"convertarraytoobject"', '"convertobjecttoarray"', '"stringtoarray"', '"stringreplace"', '"encodepropertyvalue"', '"updatenextlink"', '"pollingtrigger"', '"setconnectionstatustounauthenticated"']));
  check('redirectMode values',
    sorted(await complete(ls, wrap('{"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "aad", "redirectMode": |}}}'))),
    sorted(['"Global"', '"GlobalPerConnector"', '"Direct"']));
  check('parameter type values',
    (await complete(ls, wrap('{"p": {"type": |}}'))).sort(),
    sorted(['"string"', '"securestring"', '"int"', '"bool"', '"oauthSetting"', '"gatewaySetting"']));
  check('required values (no JSON booleans offered)',
    sorted(await complete(ls, wrap('{"p": {"type": "string", "uiDefinition": {"constraints": {"required": |}}}}'))),
    sorted(['"true"', '"false"']));
  check('identityProvider values',
    sorted(await complete(ls, wrap('{"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": |}}}'))),
    sorted(['"oauth2"', '"oauth2generic"', '"aad"', '"aadcertificate"', '"facebook"']));

  check('wrong parameter type: one message naming the values',
    await errorsOf(ls, wrap('{"p": {"type": "strin"}}')),
    ['Value is not accepted. Valid values: "string", "securestring", "int", "bool", "oauthSetting", "gatewaySetting".']);
  check('wrong templateId: one message',
    await errorsOf(ls, policy('{"templateId": "setheadr", "title": "t", "parameters": {}}')),
    ['Value is not accepted. Valid values: "setheader", "setqueryparameter", "dynamichosturl", "routerequesttoendpoint", "setproperty", "setvaluefromurl", "convertarraytoobject", "convertobjecttoarray", "stringtoarray", "stringreplace", "encodepropertyvalue", "updatenextlink", "pollingtrigger", "setconnectionstatustounauthenticated".']);
  check('wrong existsAction: one message',
    await errorsOf(ls, policy('{"templateId": "setHeader", "title": "t", "parameters": {"x-ms-apimTemplate-policySection": "Request", "x-ms-apimTemplateParameter.name": "a", "x-ms-apimTemplateParameter.value": "b", "x-ms-apimTemplateParameter.existsAction": "replace"}}')),
    ['Value is not accepted. Valid values: "override", "skip", "append".']);
  check('missing required template parameter',
    await errorsOf(ls, policy('{"templateId": "setheader", "title": "t", "parameters": {"x-ms-apimTemplateParameter.name": "a"}}')),
    ['Missing property "x-ms-apimTemplateParameter.value".']);
  check('wrong redirectMode: one message',
    await errorsOf(ls, wrap('{"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "aad", "redirectMode": "PerConnector"}}}')),
    ['Value is not accepted. Valid values: "Global", "GlobalPerConnector", "Direct".']);
  check('aad unknown customParameters key',
    await errorsOf(ls, oauth('aad', '{"authorizationUrl": {"value": "x"}}')),
    ['Property authorizationUrl is not allowed.']);
  check('tolerated forms are not errors',
    await errorsOf(ls, JSON.stringify({ properties: {
      iconBrandColor: '#DA3B01',
      connectionParameterSets: { uiDefinition: { displayname: 'Auth', description: 'd' }, values: [{ name: 'a', uiDefinition: { displayname: 'A', description: 'd' }, parameters: {
        'token:ClientId': { type: 'string', uiDefinition: { constraints: { required: true, hidden: false } } },
        'token:TenantId': { type: 'string', metadata: { sourceType: 'AzureActiveDirectoryTenant' }, uiDefinition: { displayName: 'Tenant', constraints: { required: 'true', hidden: 'false' } } },
        token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad', clientID: 'x', redirectMode: 'global', properties: { IsFirstParty: false }, customParameters: { LoginUri: { value: 'x' }, ResourceUri: { value: 'y' } } } },
      } }] },
      policyTemplateInstances: [{ templateId: 'dynamicHostUrl', title: 't', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': 'https://x' } }],
    } })),
    []);
  check('boolean required inside anyOf gives no cascade on a number',
    await errorsOf(ls, wrap('{"p": {"type": "string", "uiDefinition": {"constraints": {"required": 1}}}}')),
    ['Value is not accepted. Valid values: "true", "false".']);
  check('parameter name with a space',
    await errorsOf(ls, wrap('{"API Key": {"type": "securestring"}}')),
    ['Non-standard connection parameter name: names are normally letters, digits and "_", optionally followed by one ":" sub-name (e.g. "token:TenantId"). The platform tolerates other characters (shipped connectors use a hyphen or a space), but a standard name is safer in policies and templates.']);
  check('oAuthSetting casing is an error',
    await errorsOf(ls, wrap('{"token": {"type": "oAuthSetting", "oAuthSettings": {"identityProvider": "aad"}}}')),
    ['Value is not accepted. Valid values: "string", "securestring", "int", "bool", "oauthSetting", "gatewaySetting".']);

  check('oauth2generic customParameters keys (canonical only)',
    sorted(await complete(ls, oauth('oauth2generic', '{ | }'))),
    sorted(['authorizationUrlTemplate', 'authorizationUrlQueryStringTemplate', 'tokenUrlTemplate', 'tokenUrlQueryStringTemplate', 'tokenBodyTemplate', 'refreshUrlTemplate', 'refreshUrlQueryStringTemplate', 'refreshBodyTemplate', 'scopeListDelimiter']));
  check('oauth2generic accepts template variables',
    await errorsOf(ls, oauth('oauth2generic', '{"tokenUrlTemplate": {"value": "https://{region}.example.com"}, "region": {"value": "eu"}}')),
    []);
  check('parameter uiDefinition keys',
    sorted(await complete(ls, wrap('{"p": {"type": "string", "uiDefinition": { | }}}'))),
    sorted(['displayName', 'description', 'tooltip', 'tabIndex', 'schema', 'constraints']));
  check('constraints keys',
    sorted(await complete(ls, wrap('{"p": {"type": "string", "uiDefinition": {"constraints": { | }}}}'))),
    sorted(['required', 'hidden', 'clearText', 'tabIndex', 'allowedValues', 'capability', 'dependencies', 'hideInUI', 'dependentParameter']));
  check('set-level uiDefinition keys (no displayname)',
    sorted(await complete(ls, '{"properties": {"iconBrandColor": "#da3b01", "connectionParameterSets": {"uiDefinition": { | }, "values": []}}}')),
    sorted(['displayName', 'description']));
  check('oAuthSettings keys (canonical only)',
    sorted(await complete(ls, wrap('{"token": {"type": "oauthSetting", "oAuthSettings": { | }}}'))),
    sorted(['identityProvider', 'clientId', 'clientSecret', 'scopes', 'redirectMode', 'redirectUrl', 'properties', 'customParameters', 'additionalParameters']));
  check('clearText wrong type inside nullable uiDefinition: one message',
    await errorsOf(ls, wrap('{"p": {"type": "securestring", "uiDefinition": {"constraints": {"clearText": "no"}}}}')),
    ['Incorrect type. Expected "boolean".']);
  check('oauthSetting without oAuthSettings',
    await errorsOf(ls, wrap('{"token": {"type": "oauthSetting"}}')),
    ['Missing property "oAuthSettings".']);
  check('oAuthSettings on a string parameter',
    await errorsOf(ls, wrap('{"p": {"type": "string", "oAuthSettings": {"identityProvider": "aad"}}}')),
    ['oAuthSettings is only used with "type": "oauthSetting".']);
  check('statusCode must be an integer',
    await errorsOf(ls, policy('{"templateId": "setconnectionstatustounauthenticated", "title": "t", "parameters": {"x-ms-apimTemplateParameter.statusCode": "401"}}')),
    ['Incorrect type. Expected "integer".']);
  check('policySection not allowed for setproperty value',
    await errorsOf(ls, policy('{"templateId": "setproperty", "title": "t", "parameters": {"x-ms-apimTemplate-policySection": "Failure", "x-ms-apimTemplateParameter.newPropertyParentPathTemplate": "@body()", "x-ms-apimTemplateParameter.newPropertySubPathTemplate": "a", "x-ms-apimTemplateParameter.propertyValuePathTemplate": "b"}}')),
    ['Value is not accepted. Valid values: "Request", "Response".']);
  check('iconBrandColor pattern message',
    await errorsOf(ls, '{"properties": {"iconBrandColor": "#fff"}}'),
    ['Use an HTML colour with 6 hex digits, e.g. "#da3b01".']);
  const hoverAt = async (text, needle) => {
    const doc = TextDocument.create('file:///check/apiProperties.json', 'json', 1, text);
    const hover = await ls.doHover(doc, doc.positionAt(text.indexOf(needle) + 2), ls.parseJSONDocument(doc));
    const contents = hover?.contents ?? [];
    // Without a markdown hover capability the LS answers with MarkedString[].
    return Array.isArray(contents) ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n') : contents.value ?? String(contents);
  };
  const aadDoc = oauth('aad', '{"loginUri": {"value": "https://login.microsoftonline.com"}}').replace('"identityProvider"', '"redirectMode": "Global", "identityProvider"');
  const redirectHover = await hoverAt(aadDoc, 'redirectMode');
  check('hover on redirectMode mentions GlobalPerConnector and links Learn', /GlobalPerConnector/.test(redirectHover) && /learn\.microsoft\.com/.test(redirectHover), true);
  // A description beside a $ref survives only if the referenced definition has none (the LS copies the target over the site).
  check('hover on an aad customParameters key shows its own text', /^Sign-in authority/.test(await hoverAt(aadDoc, 'loginUri')), true);
  check('hover on a parameter type value shows the enum description',
    /\*\*securestring\*\* — Secret input/.test(await hoverAt(wrap('{"p": {"type": "securestring"}}'), '"securestring"')), true);
  check('policy snippets offered for a new policyTemplateInstances item',
    (await complete(ls, '{"properties": {"iconBrandColor": "#da3b01", "policyTemplateInstances": [ | ]}}')).filter((l) => l.startsWith('policy:')).length,
    14);
  check('unknown templateId: no cascade into parameters',
    await errorsOf(ls, policy('{"templateId": "movepropertiez", "title": "t", "parameters": {"x-ms-apimTemplateParameter.anything": "a"}}')),
    ['Value is not accepted. Valid values: "setheader", "setqueryparameter", "dynamichosturl", "routerequesttoendpoint", "setproperty", "setvaluefromurl", "convertarraytoobject", "convertobjecttoarray", "stringtoarray", "stringreplace", "encodepropertyvalue", "updatenextlink", "pollingtrigger", "setconnectionstatustounauthenticated".']);
  check('root and properties keys',
    [sorted(await complete(ls, '{ | }')), sorted(await complete(ls, '{"properties": { | }}'))],
    [sorted(['$schema', 'properties']), sorted(['iconBrandColor', 'capabilities', 'publisher', 'stackOwner', 'connectionParameters', 'connectionParameterSets', 'policyTemplateInstances', 'scriptOperations'])]);
  check('parameter snippets offered for a new parameter value',
    (await complete(ls, wrap('{"p": | }'))).filter((l) => /securestring|oauthSetting|gatewaySetting/.test(l)).length >= 5,
    true);
  const snippetProblems = await checkSnippets(ls);
  check('every defaultSnippet inserts valid JSON that passes the schema in its context', snippetProblems, []);

  console.log(failures ? `\n${failures} check(s) failed` : '\nall checks passed');
  if (failures) process.exitCode = 1;
}

// Expands snippet placeholders the way VS Code does with default choices: ${1:text} -> text, ${1|a,b|} -> a.
function expandSnippet(text) {
  let out = text;
  for (let i = 0; i < 5; i++) {
    out = out.replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}/g, '');
  }
  return out;
}

async function checkSnippets(ls) {
  const schema = loadSchema(schemaPath);
  const defs = schema.definitions;
  // Where each definition's snippets are inserted, as a document with a hole.
  const contexts = {
    connectionParameterMap: (v) => wrap(v),
    connectionParameter: (v) => wrap(`{"token": ${v}}`),
    tenantIdParameter: (v) => wrap(`{"token:TenantId": ${v}}`),
    oAuthSettings: (v) => wrap(`{"token": {"type": "oauthSetting", "oAuthSettings": ${v}}}`),
    connectionParameterSet: (v) => `{"properties": {"iconBrandColor": "#da3b01", "connectionParameterSets": {"values": [${v}]}}}`,
    policyTemplateInstance: (v) => policy(v),
    customParameterValue: (v) => oauth('oauth2', `{"tokenUrl": ${v}}`),
  };
  const problems = [];
  for (const [name, def] of Object.entries(defs)) {
    for (const snippet of def.defaultSnippets ?? []) {
      const inserted = JSON.stringify(snippet.body);
      // The LS inserts values JSON-encoded; a snippet escape (\\} or \\$) would arrive doubled and break the placeholder.
      if (/\\\\[}$]/.test(inserted)) problems.push(`${name} / ${snippet.label}: contains a snippet escape that cannot survive JSON encoding`);
      const expanded = expandSnippet(inserted);
      let value;
      try {
        value = JSON.parse(expanded);
      } catch (e) {
        problems.push(`${name} / ${snippet.label}: not JSON after expansion: ${e.message}`);
        continue;
      }
      const context = contexts[name];
      if (!context) continue;
      const errors = await errorsOf(ls, context(JSON.stringify(value)));
      if (errors.length) problems.push(`${name} / ${snippet.label}: ${errors.join('; ')}`);
    }
  }
  const sets = defs.apiProperties.properties.connectionParameterSets;
  for (const snippet of sets.defaultSnippets ?? []) {
    const errors = await errorsOf(ls, `{"properties": {"iconBrandColor": "#da3b01", "connectionParameterSets": ${expandSnippet(JSON.stringify(snippet.body))}}}`);
    if (errors.length) problems.push(`connectionParameterSets / ${snippet.label}: ${errors.join('; ')}`);
  }
  return problems;
}

// Counts the tolerated, non-canonical spellings that the schema accepts silently (the rules engine flags them).
function countForms() {
  const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.apiProperties.json')).sort();
  const counts = new Map();
  const bump = (form, file) => {
    if (!counts.has(form)) counts.set(form, { occurrences: 0, files: new Set() });
    const c = counts.get(form);
    c.occurrences++;
    c.files.add(file);
  };
  const canonicalTemplates = new Set(['setheader', 'setqueryparameter', 'dynamichosturl', 'routerequesttoendpoint', 'setproperty', 'setvaluefromurl', 'convertarraytoobject', 'convertobjecttoarray', 'stringtoarray', 'stringreplace', 'encodepropertyvalue', 'updatenextlink', 'pollingtrigger', 'setconnectionstatustounauthenticated']);
  const canonicalCustom = new Set(['loginUri', 'tenantId', 'resourceUri', 'enableOnbehalfOfLogin', 'grantType', 'loginUriAAD', 'authorizationUrl', 'tokenUrl', 'refreshUrl', 'authorizationUrlTemplate', 'authorizationUrlQueryStringTemplate', 'tokenUrlTemplate', 'tokenUrlQueryStringTemplate', 'tokenBodyTemplate', 'refreshUrlTemplate', 'refreshUrlQueryStringTemplate', 'refreshBodyTemplate', 'scopeListDelimiter']);
  const knownProviders = new Set(['oauth2', 'oauth2generic', 'aad', 'aadcertificate', 'facebook']);
  const visitParams = (params, file) => {
    for (const [name, p] of Object.entries(params ?? {})) {
      if (!p || typeof p !== 'object') continue;
      if (/^token:/.test(name) && !['token:clientId', 'token:clientSecret', 'token:TenantId', 'token:resourceUri', 'token:grantType'].includes(name) &&
          ['token:clientid', 'token:clientsecret', 'token:tenantid', 'token:resourceuri', 'token:granttype'].includes(name.toLowerCase())) bump(`parameter name ${name} (service-principal key casing)`, file);
      if (p.uiDefinition === null) bump('uiDefinition: null', file);
      const c = p.uiDefinition?.constraints ?? {};
      for (const k of ['required', 'hidden', 'hideInUI']) if (typeof c[k] === 'boolean') bump(`constraints.${k} as JSON boolean ${c[k]}`, file);
      const o = p.oAuthSettings;
      if (!o) continue;
      for (const k of ['clientID', 'ClientId', 'ClientID', 'ClientSecret']) if (k in o) bump(`oAuthSettings.${k}`, file);
      if (typeof o.properties?.IsFirstParty === 'boolean') bump('IsFirstParty as JSON boolean', file);
      if (typeof o.redirectMode === 'string' && !['Global', 'GlobalPerConnector', 'Direct'].includes(o.redirectMode)) bump(`redirectMode "${o.redirectMode}"`, file);
      if (!('redirectMode' in o)) bump('redirectMode absent', file);
      if (typeof o.identityProvider === 'string' && !knownProviders.has(o.identityProvider)) bump(`identityProvider "${o.identityProvider}"`, file);
      for (const [k, v] of Object.entries(o.customParameters ?? {})) {
        if (!canonicalCustom.has(k) && canonicalCustom.has(k[0].toLowerCase() + k.slice(1))) bump(`customParameters PascalCase key (${o.identityProvider})`, file);
        if (v && typeof v === 'object' && !('value' in v)) bump('customParameters value {} (no value)', file);
        if (v && typeof v === 'object' && v.value === null) bump('customParameters value null', file);
      }
    }
  };
  for (const file of files) {
    let json;
    try {
      json = JSON.parse(fs.readFileSync(path.join(corpusDir, file), 'utf8'));
    } catch {
      continue;
    }
    const props = json?.properties ?? {};
    visitParams(props.connectionParameters, file);
    const sets = props.connectionParameterSets;
    if (sets) {
      if (sets.uiDefinition && 'displayname' in sets.uiDefinition) bump('set-level displayname (dropdown)', file);
      for (const v of sets.values ?? []) {
        if (v.uiDefinition && 'displayname' in v.uiDefinition) bump('set-level displayname (option)', file);
        if (v.uiDefinition?.constraints) bump('constraints in a set-level uiDefinition', file);
        visitParams(v.parameters, file);
      }
    }
    for (const p of props.policyTemplateInstances ?? []) {
      if (typeof p.templateId === 'string' && !canonicalTemplates.has(p.templateId)) {
        bump(canonicalTemplates.has(p.templateId.toLowerCase()) ? `templateId case variant ${p.templateId}` : `templateId undocumented ${p.templateId}`, file);
      }
    }
    for (const c of props.capabilities ?? []) if (!['actions', 'triggers', 'gateway', 'cloud'].includes(c)) bump(`capabilities "${c}"`, file);
  }
  console.log('occurrences  files  form');
  for (const [form, c] of [...counts.entries()].sort((a, b) => b[1].occurrences - a[1].occurrences)) {
    console.log(`${String(c.occurrences).padStart(11)}  ${String(c.files.size).padStart(5)}  ${form}`);
  }
}

if (flag('--completion')) await runChecks();
else if (flag('--forms')) countForms();
else await runCorpus();
