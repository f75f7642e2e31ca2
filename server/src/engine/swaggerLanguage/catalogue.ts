// What the editor says about each `x-ms-*` extension: where it goes, the shape of its value, its members and the
// documentation shown in completion and hover. The names and the enumerated values are the ones the swagger rules use
// (swaggerRules/extensions.ts); this file adds places and docs, in our own words, to the same facts. Sources:
// Learn "Create a custom connector with an OpenAPI extension" (S2 in docs/swagger-validator.md), the Fix Swagger
// Validator errors page (S1), and where an extension is seen in the corpus of merged connectors (S6). An extension
// none of them describes gets a short neutral doc and is never proposed by completion.
import { EXTENSION_VALUES, KNOWN_EXTENSIONS } from '../swaggerRules/extensions';

export const EXTENSIONS_PAGE = 'https://learn.microsoft.com/en-us/connectors/custom-connectors/openapi-extensions';

/** Objects where an extension key may be proposed (swagger keyword objects, by the role they play). */
export type ExtensionPlace = 'root' | 'info' | 'pathItem' | 'operation' | 'parameter' | 'schema' | 'response';

export const PLACE_NAMES: Record<ExtensionPlace, string> = {
  root: 'the swagger root', info: '`info`', pathItem: 'path items', operation: 'operations', parameter: 'parameters',
  schema: 'schemas (definitions, body and response schemas, their properties)', response: 'responses',
};

export type ValueShape = 'string' | 'boolean' | 'integer' | 'object' | 'array';

export interface ValueDoc {
  value: string | boolean;
  doc: string;
}

/** A member of an extension's object value (or the extension itself). */
export interface Keyword {
  name: string;
  /** Markdown, our own words. */
  doc: string;
  shape: ValueShape;
  /** The values an author may pick (enumerated extensions, booleans). */
  values?: readonly ValueDoc[];
  /** Members of an object value (or of each item of an array value). */
  members?: readonly Keyword[];
  /** The value names an operation of this swagger by its operationId. */
  operationId?: boolean;
  /** The members a new value starts with (the skeleton completion inserts). */
  skeleton?: readonly string[];
}

export interface ExtensionFact extends Keyword {
  /** Where completion proposes it; empty when no source says where it goes (hover only). */
  places: readonly ExtensionPlace[];
  /** Anchor of its section on the Learn extensions page, when that page describes it. */
  anchor?: string;
}

const member = (name: string, shape: ValueShape, doc: string, extra: Partial<Keyword> = {}): Keyword => ({ name, shape, doc, ...extra });

const OPERATION_ID = (what: string) => member('operationId', 'string', `The operationId of the operation of this swagger that ${what}.`, { operationId: true });
const CALL_PARAMETERS = member('parameters', 'object',
  'Arguments of the called operation, by its parameter names: a fixed value (`{ "value": ... }`) or another parameter of this operation (`{ "parameter": "name" }`).');
const LIST_PARAMETERS = member('parameters', 'object',
  'Arguments of the called operation, by its parameter names: a fixed value (`{ "value": ... }`) or a parameter of this operation by its path (`{ "parameterReference": "body/id" }`).');

/** Docs of the enumerated values; the values themselves come from EXTENSION_VALUES. */
const VALUE_DOCS: Record<string, Record<string, string>> = {
  'x-ms-visibility': {
    important: 'Always shown, first.',
    advanced: 'Shown only when the user expands the advanced options.',
    internal: 'Never shown to the user. A required internal parameter must have a `default`, since nobody can type it.',
  },
  'x-ms-url-encoding': {
    single: 'The value is URL-encoded once: what most APIs expect.',
    double: 'The value is URL-encoded twice; only for a backend that decodes path segments twice.',
  },
  // single first: 485 of the 541 triggers of the corpus.
  'x-ms-trigger': {
    single: 'The trigger returns one event per response: the response schema is an object.',
    batch: 'The trigger returns several events per response: the response schema is an array.',
  },
};

/** The values the rules accept, in the order of VALUE_DOCS (the most used first: completion preselects it). */
function enumerated(name: string): ValueDoc[] {
  const docs = VALUE_DOCS[name] ?? {};
  const order = Object.keys(docs);
  const rank = (v: string) => order.includes(v) ? order.indexOf(v) : order.length;
  return [...EXTENSION_VALUES[name] ?? []].sort((a, b) => rank(a) - rank(b)).map(value => ({ value, doc: docs[value] ?? '' }));
}

const TRUE: ValueDoc[] = [{ value: true, doc: '' }];
const BOOLEAN: ValueDoc[] = [{ value: true, doc: '' }, { value: false, doc: '' }];

const fact = (name: string, places: ExtensionPlace[], shape: ValueShape, doc: string, extra: Partial<ExtensionFact> = {}): ExtensionFact =>
  ({ name, places, shape, doc, ...extra });

const FACTS: ExtensionFact[] = [
  // ---- described by the Learn extensions page
  fact('x-ms-summary', ['parameter', 'schema'], 'string',
    'The title the designer shows for a parameter or a response field (operations use `summary` instead). Title case is recommended, e.g. "Calendar ID".',
    { anchor: 'x-ms-summary' }),
  fact('x-ms-visibility', ['operation', 'parameter', 'schema'], 'string',
    'How prominently the designer shows an operation, a parameter or a field.',
    { anchor: 'x-ms-visibility', values: enumerated('x-ms-visibility') }),
  fact('x-ms-api-annotation', ['operation'], 'object',
    'Versioning of an operation: the operations of one family are revisions of the same action, and a deprecated operation can name its replacement.',
    {
      anchor: 'x-ms-api-annotation', skeleton: ['family', 'revision'], members: [
        member('family', 'string', 'The name shared by every revision of this operation (usually the first revision\'s operationId).'),
        member('revision', 'integer', 'The revision number of this operation within its family, from 1.'),
        member('replacement', 'object', 'The operation that replaces this one.', {
          members: [member('api', 'string', 'The connector of the replacement.'), member('revision', 'integer', 'The revision of the replacement.'), OPERATION_ID('replaces this one')],
        }),
        member('status', 'string', 'The release status of this revision: `Preview` or `Production` in merged connectors.', { values: [{ value: 'Preview', doc: '' }, { value: 'Production', doc: '' }] }),
      ],
    }),
  fact('x-ms-operation-context', ['operation'], 'object',
    'Lets the designer simulate a trigger\'s firing (to test a flow without waiting for a real event) by calling another operation.',
    {
      anchor: 'x-ms-operation-context', skeleton: ['simulate'], members: [
        member('simulate', 'object', 'The operation called to simulate this trigger.', { members: [OPERATION_ID('is called instead'), CALL_PARAMETERS], skeleton: ['operationId'] }),
      ],
    }),
  fact('x-ms-capabilities', ['root', 'operation'], 'object',
    'Capabilities of the connector (at the root: `testConnection`) or of an operation (`chunkTransfer`).',
    {
      anchor: 'x-ms-capabilities', members: [
        member('testConnection', 'object', 'At the root: the operation called to check that a new connection works.', { members: [OPERATION_ID('tests a connection'), CALL_PARAMETERS], skeleton: ['operationId'] }),
        member('chunkTransfer', 'boolean', 'On an operation: the API accepts content in chunks, so files larger than the platform\'s message limit can be sent.', { values: TRUE }),
      ],
    }),
  fact('x-ms-trigger', ['operation'], 'string',
    'Makes the operation a trigger (polling or webhook); without it the operation is an action.',
    { anchor: 'x-ms-trigger', values: enumerated('x-ms-trigger') }),
  fact('x-ms-trigger-hint', ['operation'], 'string',
    'A sentence telling the user how to make the trigger fire while testing, e.g. "To see it work, add a task".',
    { anchor: 'x-ms-trigger-hint' }),
  fact('x-ms-notification-content', ['pathItem'], 'object',
    'On the path item of a webhook trigger: the payload the service posts to the notification URL, with its `schema` (the trigger\'s outputs).',
    {
      anchor: 'x-ms-notification-content', skeleton: ['description', 'schema'], members: [
        member('description', 'string', 'What the notification carries.'),
        member('schema', 'object', 'The schema of the posted payload.'),
      ],
    }),
  fact('x-ms-notification-url', ['parameter', 'schema'], 'boolean',
    'Marks the parameter (or body field) of a webhook registration that receives the callback URL; the platform fills it in. Usually also `"x-ms-visibility": "internal"`.',
    { anchor: 'x-ms-notification-url', values: TRUE }),
  fact('x-ms-url-encoding', ['parameter'], 'string',
    'How the value of a path parameter is URL-encoded when the request is built.',
    { anchor: 'x-ms-url-encoding', values: enumerated('x-ms-url-encoding') }),
  fact('x-ms-dynamic-values', ['parameter', 'schema'], 'object',
    'Fills a dropdown with values returned by another operation of this swagger.',
    {
      anchor: 'x-ms-dynamic-values', skeleton: ['operationId', 'value-collection', 'value-path', 'value-title'], members: [
        OPERATION_ID('returns the values'),
        CALL_PARAMETERS,
        member('value-collection', 'string', 'Path in the response to the array of items (omit when the response is the array).'),
        member('value-path', 'string', 'Path in each item to the value put in the parameter.'),
        member('value-title', 'string', 'Path in each item to the text shown in the dropdown.'),
      ],
    }),
  fact('x-ms-dynamic-list', ['parameter', 'schema'], 'object',
    'The newer form of `x-ms-dynamic-values`: arguments refer to parameters by their path, so body fields work too. Keep `x-ms-dynamic-values` beside it for older clients.',
    {
      anchor: 'x-ms-dynamic-list', skeleton: ['operationId', 'itemsPath', 'itemValuePath', 'itemTitlePath'], members: [
        OPERATION_ID('returns the values'),
        LIST_PARAMETERS,
        member('itemsPath', 'string', 'Path in the response to the array of items.'),
        member('itemValuePath', 'string', 'Path in each item to the value put in the parameter.'),
        member('itemTitlePath', 'string', 'Path in each item to the text shown in the dropdown.'),
      ],
    }),
  fact('x-ms-dynamic-schema', ['parameter', 'schema'], 'object',
    'The schema of a body or a response is returned by another operation of this swagger at design time (fields depend on earlier choices).',
    {
      anchor: 'x-ms-dynamic-schema', skeleton: ['operationId', 'value-path'], members: [
        OPERATION_ID('returns the schema'),
        CALL_PARAMETERS,
        member('value-path', 'string', 'Path in that operation\'s response to the schema.'),
      ],
    }),
  fact('x-ms-dynamic-properties', ['parameter', 'schema'], 'object',
    'The newer form of `x-ms-dynamic-schema`, with arguments referring to parameters by their path. Keep `x-ms-dynamic-schema` beside it for older clients.',
    {
      anchor: 'x-ms-dynamic-properties', skeleton: ['operationId', 'itemValuePath'], members: [
        OPERATION_ID('returns the schema'),
        LIST_PARAMETERS,
        member('itemValuePath', 'string', 'Path in that operation\'s response to the schema.'),
      ],
    }),

  // ---- named by the Swagger Validator's errors, or the certification guidelines
  fact('x-ms-connector-metadata', ['root'], 'array',
    'Facts about the connector shown on its documentation page: `Website`, `Privacy policy` and `Categories`. Certification requires it.',
    { members: [member('propertyName', 'string', 'One of `Website`, `Privacy policy`, `Categories`.'), member('propertyValue', 'string', 'A URL, or for `Categories` a list separated by `;`.')] }),
  fact('x-ms-enum-values', ['parameter', 'schema'], 'array',
    'Display names for the values of an `enum`: each item gives a `value` and the `displayName` the dropdown shows.',
    { members: [member('value', 'string', 'A value of the `enum`.'), member('displayName', 'string', 'What the dropdown shows for it.')] }),
  fact('x-ms-pageable', ['operation'], 'object',
    'The operation returns results in pages: `nextLinkName` names the response field with the URL of the next page (the validator accepts `nextLink` and `@odata.nextLink`).',
    { skeleton: ['nextLinkName'], members: [member('nextLinkName', 'string', 'The response field holding the next page\'s URL.', { values: [{ value: 'nextLink', doc: '' }, { value: '@odata.nextLink', doc: '' }] })] }),
  fact('x-ms-dynamic-tree', ['parameter', 'schema'], 'object',
    'A picker that browses a tree (folders, sites) by calling operations of this swagger: `settings`, `open` and `browse`.'),
  fact('x-ms-editor', ['schema'], 'string', 'The editor the designer uses for the value (seen in merged connectors: `dictionary`).'),
  fact('x-ms-editor-options', ['parameter', 'schema'], 'object', 'Options of the editor chosen with `x-ms-editor`.'),

  // ---- seen in merged connectors, not described by the Learn extensions page
  fact('x-ms-test-value', ['parameter', 'schema'], 'string', 'A value used when the operation is tested. Seen in merged connectors; not described by the Learn extensions page.'),
  fact('x-ms-no-generic-test', ['operation'], 'boolean', 'Excludes the operation from generic automated tests. Seen in merged connectors; not described by the Learn extensions page.', { values: BOOLEAN }),
  fact('x-ms-trigger-metadata', ['operation'], 'object', 'Extra facts about a trigger (`kind`, `mode`). Seen in merged connectors; not described by the Learn extensions page.'),
  fact('x-ms-openai-data', ['operation'], 'object', 'Settings of the operation for Copilot plugins (`openai-enabled`, `operations`). Seen in merged connectors; not described by the Learn extensions page.'),
  fact('x-ms-openai-manifest', ['root'], 'object', 'The Copilot plugin manifest of the connector (`humanName`, `modelDescription`, `contactEmail`, `legalUrl`). Seen in merged connectors; not described by the Learn extensions page.'),
  fact('x-ms-require-user-confirmation', [], 'boolean', 'Inside `x-ms-openai-data.operations`: whether Copilot asks the user before calling the operation.', { values: BOOLEAN }),
  fact('x-ms-navigationProperty', [], 'boolean', 'Marks a field as a navigation property of an entity. Seen in one merged connector; not described by the Learn extensions page.'),
  fact('x-ms-deployment-version', [], 'string', 'In `info` of some merged connectors: a version of the deployment. Not described by the Learn extensions page.'),
  fact('x-ms-keywords', [], 'array', 'In `info` of some merged connectors: search keywords. Not described by the Learn extensions page.'),
];

const AUTOREST = 'An extension of AutoRest (the generator of the Azure SDKs); the Learn extensions page for connectors does not describe it.';
for (const name of ['x-ms-enum', 'x-ms-client-name', 'x-ms-parameter-location', 'x-ms-parameterized-host', 'x-ms-identifiers', 'x-ms-examples']) {
  FACTS.push(fact(name, [], 'object', AUTOREST));
}

const GENERIC = 'Seen in merged connectors; neither the Learn extensions page nor the Swagger Validator page describes it.';

/** Every known extension (KNOWN_EXTENSIONS) with its facts, computed once. */
export const EXTENSION_FACTS: ReadonlyMap<string, ExtensionFact> = (() => {
  // Catalogue order first (completion lists the documented extensions in it), then the rest of the known names.
  const known = new Set(KNOWN_EXTENSIONS);
  const out = new Map<string, ExtensionFact>(FACTS.filter(f => known.has(f.name)).map(f => [f.name, f]));
  for (const name of KNOWN_EXTENSIONS) if (!out.has(name)) out.set(name, fact(name, [], 'object', GENERIC));
  return out;
})();

/** The extensions completion proposes in an object of `place`, in catalogue order. */
export function extensionsFor(place: ExtensionPlace): ExtensionFact[] {
  return [...EXTENSION_FACTS.values()].filter(f => f.places.includes(place));
}

export function docLink(f: ExtensionFact): string | undefined {
  return f.anchor ? `${EXTENSIONS_PAGE}#${f.anchor}` : undefined;
}

/** Names with a doc of their own (the rest of KNOWN_EXTENSIONS get the neutral one); the tests check they are known. */
export const DOCUMENTED_EXTENSIONS: readonly string[] = FACTS.map(f => f.name);
