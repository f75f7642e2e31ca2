// The members of each Swagger 2.0 object and the JSON type of each (Swagger 2.0 specification: Swagger, Info,
// Contact, License, Paths, Path Item, Operation, Parameter, Items, Responses, Response, Header, Schema, XML, Tag,
// External Documentation, Security Scheme, Security Requirement objects), checked in one walk from the root for
// AdditionalPropertyNotAllowed, ExtensionNameNotValid and JsonTypeIncorrect. Our own table of the specification's
// facts, synchronous like every swagger rule (the language service's schema validation is asynchronous), with the
// project's conventions: every `x-` key is an extension and is not looked into (the x-ms-* rules check those);
// an object with `$ref` is the reference rules' business; example and default payloads are data.
import type { Node } from 'jsonc-parser';
import { modelCache } from './model';
import type { SwaggerModel } from './model';

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
type Kind = 'root' | 'info' | 'contact' | 'license' | 'paths' | 'pathItem' | 'operation' | 'parameter' | 'items'
  | 'responses' | 'response' | 'header' | 'schema' | 'xml' | 'tag' | 'externalDocs' | 'securityScheme';

/** What a value must be: its JSON types, and what its members, items or map entries are. */
interface Spec { types: readonly JsonType[]; kind?: Kind; items?: Spec; values?: Spec }

const t = (...types: JsonType[]): Spec => ({ types });
const STRING = t('string');
const BOOLEAN = t('boolean');
const NUMBER = t('number');
const INTEGER = t('integer');
const ANY: Spec = { types: [] };
const obj = (kind: Kind): Spec => ({ types: ['object'], kind });
const arrayOf = (items: Spec): Spec => ({ types: ['array'], items });
const mapOf = (values: Spec): Spec => ({ types: ['object'], values });
const STRINGS = arrayOf(STRING);

// Validation keywords shared by parameters, items, headers and schemas.
const VALIDATIONS: Record<string, Spec> = {
  format: STRING, default: ANY, maximum: NUMBER, exclusiveMaximum: BOOLEAN, minimum: NUMBER, exclusiveMinimum: BOOLEAN,
  maxLength: INTEGER, minLength: INTEGER, pattern: STRING, maxItems: INTEGER, minItems: INTEGER, uniqueItems: BOOLEAN,
  enum: t('array'), multipleOf: NUMBER,
};
const SIMPLE = { type: STRING, items: obj('items'), collectionFormat: STRING, ...VALIDATIONS };
const SCHEMA = obj('schema');

const MEMBERS: Record<Kind, Record<string, Spec>> = {
  root: {
    swagger: STRING, info: obj('info'), host: STRING, basePath: STRING, schemes: STRINGS, consumes: STRINGS, produces: STRINGS,
    paths: obj('paths'), definitions: mapOf(SCHEMA), parameters: mapOf(obj('parameter')), responses: mapOf(obj('response')),
    securityDefinitions: mapOf(obj('securityScheme')), security: arrayOf(mapOf(STRINGS)), tags: arrayOf(obj('tag')),
    externalDocs: obj('externalDocs'),
  },
  info: { title: STRING, description: STRING, termsOfService: STRING, contact: obj('contact'), license: obj('license'), version: STRING },
  contact: { name: STRING, url: STRING, email: STRING },
  license: { name: STRING, url: STRING },
  paths: {},
  pathItem: {
    get: obj('operation'), put: obj('operation'), post: obj('operation'), delete: obj('operation'), options: obj('operation'),
    head: obj('operation'), patch: obj('operation'), parameters: arrayOf(obj('parameter')),
  },
  operation: {
    tags: STRINGS, summary: STRING, description: STRING, externalDocs: obj('externalDocs'), operationId: STRING, consumes: STRINGS,
    produces: STRINGS, parameters: arrayOf(obj('parameter')), responses: obj('responses'), schemes: STRINGS, deprecated: BOOLEAN,
    security: arrayOf(mapOf(STRINGS)),
  },
  parameter: { name: STRING, in: STRING, description: STRING, required: BOOLEAN, schema: SCHEMA, allowEmptyValue: BOOLEAN, ...SIMPLE },
  items: SIMPLE,
  responses: {},
  response: { description: STRING, schema: SCHEMA, headers: mapOf(obj('header')), examples: t('object') },
  header: { description: STRING, ...SIMPLE },
  schema: {
    ...VALIDATIONS, title: STRING, description: STRING, maxProperties: INTEGER, minProperties: INTEGER, required: STRINGS,
    type: t('string', 'array'), items: { types: ['object', 'array'], kind: 'schema', items: SCHEMA }, allOf: arrayOf(SCHEMA),
    properties: mapOf(SCHEMA), additionalProperties: { types: ['object', 'boolean'], kind: 'schema' }, discriminator: STRING,
    readOnly: BOOLEAN, xml: obj('xml'), externalDocs: obj('externalDocs'), example: ANY,
  },
  xml: { name: STRING, namespace: STRING, prefix: STRING, attribute: BOOLEAN, wrapped: BOOLEAN },
  tag: { name: STRING, description: STRING, externalDocs: obj('externalDocs') },
  externalDocs: { description: STRING, url: STRING },
  securityScheme: { type: STRING, description: STRING, name: STRING, in: STRING, flow: STRING, authorizationUrl: STRING, tokenUrl: STRING, scopes: mapOf(STRING) },
};

// Maps whose entries are objects of one kind, keyed by the author (paths by path, responses by status code).
const ENTRIES: Partial<Record<Kind, Kind>> = { paths: 'pathItem', responses: 'response' };

export interface UnknownMember { key: Node; name: string; kind: Kind; owner: Node }
export interface WrongType { node: Node; key?: Node; name: string; expected: readonly JsonType[]; actual: string }
export interface ShapeFindings { unknown: UnknownMember[]; wrongTypes: WrongType[] }

export const KIND_NAMES: Record<Kind, string> = {
  root: 'the swagger root', info: '"info"', contact: '"contact"', license: '"license"', paths: '"paths"', pathItem: 'a path item',
  operation: 'an operation', parameter: 'a parameter', items: '"items" of a parameter or header', responses: '"responses"',
  response: 'a response', header: 'a response header', schema: 'a schema', xml: '"xml"', tag: 'a tag',
  externalDocs: '"externalDocs"', securityScheme: 'a security definition',
};

function typeOf(node: Node): string {
  if (node.type === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
  return node.type;
}

function fits(node: Node, types: readonly JsonType[]): boolean {
  if (!types.length) return true;
  const actual = node.type;
  // A plain loop: this runs for every value of the swagger.
  for (let i = 0; i < types.length; i++) {
    const x = types[i];
    if (x === actual || (x === 'integer' && actual === 'number' && Number.isInteger(node.value))) return true;
  }
  return false;
}

const cache = modelCache<ShapeFindings>();
const KIND_SPECS = new Map<Kind, Spec>();
const kindSpec = (kind: Kind): Spec => KIND_SPECS.get(kind) ?? KIND_SPECS.set(kind, obj(kind)).get(kind)!;
// The member tables as maps: a look-up per key of the whole swagger, cheaper than hasOwnProperty on an object.
const MEMBER_MAPS = new Map((Object.keys(MEMBERS) as Kind[]).map(kind => [kind, new Map(Object.entries(MEMBERS[kind]))]));

/** One iterative walk from the root (deep or looping input cannot overflow the stack); cached per model. */
export function shapeFindings(model: SwaggerModel): ShapeFindings {
  const cached = cache.get(model);
  if (cached) return cached;
  const out: ShapeFindings = { unknown: [], wrongTypes: [] };
  // Values still to look into (objects and arrays with something to check); leaves are checked where they are met.
  // (Three parallel stacks: no object per value looked into.)
  const nodes: Node[] = [];
  const specs: Spec[] = [];
  const names: string[] = [];
  const visit = (node: Node, spec: Spec, name: string, key?: Node) => {
    if (!fits(node, spec.types)) {
      // null is JSON's "nothing": reported like any other wrong type (the platform does not read it as absent).
      out.wrongTypes.push({ node, key, name, expected: spec.types, actual: typeOf(node) });
    } else if ((node.type === 'array' && spec.items) || (node.type === 'object' && (spec.kind || spec.values))) {
      nodes.push(node);
      specs.push(spec);
      names.push(name);
    }
  };
  visit(model.root, kindSpec('root'), '(root)');
  while (nodes.length) {
    const node = nodes.pop()!;
    const spec = specs.pop()!;
    const name = names.pop()!;
    const children = node.children ?? [];
    if (node.type === 'array') {
      const itemName = `${name}[]`;
      for (const c of children) visit(c, spec.items!, itemName);
      continue;
    }
    if (spec.values) {
      for (const p of children) { const k = p.children?.[0]; const v = p.children?.[1]; if (k && v) visit(v, spec.values, String(k.value), k); }
      continue;
    }
    const kind = spec.kind!;
    let body = false;
    let ref = false;
    for (const p of children) {
      const k = p.children?.[0]?.value;
      if (k === '$ref') ref = true;
      else if (k === 'in' && p.children?.[1]?.value === 'body') body = true;
    }
    // A reference stands for its target; keys beside it are additional-property-not-allowed-adjacent-to-ref's.
    if (ref) continue;
    const table = MEMBER_MAPS.get(kind)!;
    const entryKind = ENTRIES[kind];
    for (const p of children) {
      const k = p.children?.[0];
      const v = p.children?.[1];
      if (!k || !v) continue;
      const member = String(k.value);
      if (member.startsWith('x-')) continue;
      if (entryKind) visit(v, kindSpec(entryKind), member, k);
      else {
        const memberSpec = table.get(member);
        if (memberSpec) visit(v, memberSpec, member, k);
        // A body parameter's extra members are body-parameter-property-not-valid's (one report per key).
        else if (!body) out.unknown.push({ key: k, name: member, kind, owner: node });
      }
    }
  }
  out.unknown.sort((a, b) => a.key.offset - b.key.offset);
  out.wrongTypes.sort((a, b) => a.node.offset - b.node.offset);
  cache.set(model, out);
  return out;
}

/** The member of `kind` that `name` spells in another case (`basepath` → `basePath`), if any. */
export function memberInOtherCase(kind: Kind, name: string): string | undefined {
  const folded = name.toLowerCase();
  return Object.keys(MEMBERS[kind]).find(m => m.toLowerCase() === folded);
}
