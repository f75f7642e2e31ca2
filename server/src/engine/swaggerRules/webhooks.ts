// Webhook facts the notification rules share, computed once per model (modelCache): where `x-ms-notification-url`
// marks a property, which operations' input bodies reach each one (and by which chain of properties), and which
// operations are webhooks. Source: Learn "Create a custom connector with an OpenAPI extension" (x-ms-notification-url
// marks the callback URL property of a webhook registration's body; x-ms-notification-content, on the path, describes
// the payload posted back) and the Webhooks table of "Fix Swagger Validator errors".
import type { Node } from 'jsonc-parser';
import { entries, modelCache, str, val } from './model';
import type { SwaggerModel, SwaggerOperationModel, SwaggerParameter } from './model';

/** One step from a body parameter down to a property: the schema that holds it and how it is reached. */
export interface ChainStep {
  /** The schema object at this step (after following `$ref`). */
  schema: Node;
  /** Where it is written: the `{ "$ref": ... }` object when it was reached by reference, else `schema`. */
  site: Node;
  /** `property` (a member of its parent's `properties`), `items`, `allOf`, or `root` (the body parameter's schema). */
  via: 'root' | 'property' | 'items' | 'allOf' | 'additionalProperties';
  /** For `property`: its name and key node in `properties`. */
  name?: string;
  nameKey?: Node;
  /** For `property`: the schema whose `properties` holds it (the one whose `required` should list it). */
  parent?: Node;
  /** For a parent reached as an `allOf` member: the schema holding that `allOf` (its `required` counts too). */
  allOfHolder?: Node;
}

/** A property marked `"x-ms-notification-url": true`. */
export interface NotificationUrlSite {
  /** The `x-ms-notification-url` key and value. */
  key: Node;
  value: Node;
  /** The object that holds it (a schema, or a parameter). */
  owner: Node;
  /** Operations whose input body reaches it, each with the first chain found (body parameter, then schema steps). */
  routes: { op: SwaggerOperationModel; parameter: SwaggerParameter; chain: ChainStep[] }[];
}

export interface WebhookFacts {
  sites: NotificationUrlSite[];
  /** Per operation, the notification URL sites its input body reaches. */
  urlsOf: Map<SwaggerOperationModel, NotificationUrlSite[]>;
}

const cache = modelCache<WebhookFacts>();

/** Schemas nested deeper than this are not followed (hostile input must not exhaust the stack). */
const MAX_DEPTH = 200;

/** True for `"x-ms-notification-url": true` (the marker; `false` marks nothing). */
function isMarked(value: Node | undefined): boolean {
  return value?.type === 'boolean' && value.value === true;
}

export function webhookFacts(model: SwaggerModel): WebhookFacts {
  const cached = cache.get(model);
  if (cached) return cached;
  const sites: NotificationUrlSite[] = [];
  const byOwner = new Map<Node, NotificationUrlSite>();
  for (const e of model.extensionKeys) {
    if (e.name !== 'x-ms-notification-url') continue;
    const value = e.key.parent?.children?.[1];
    if (!value || !isMarked(value)) continue;
    const site: NotificationUrlSite = { key: e.key, value, owner: e.owner, routes: [] };
    sites.push(site);
    byOwner.set(e.owner, site);
  }
  const urlsOf = new Map<SwaggerOperationModel, NotificationUrlSite[]>();
  const facts: WebhookFacts = { sites, urlsOf };
  cache.set(model, facts);
  if (!sites.length) return facts;

  const definitions = val(model.root, 'definitions');
  const resolve = (node: Node): Node | undefined => {
    const ref = str(val(node, '$ref'));
    if (ref === undefined) return node;
    const m = /^#\/definitions\/([^/]+)$/.exec(ref);
    if (!m) return undefined;
    let name = m[1];
    try { name = decodeURIComponent(name); } catch { /* as written */ }
    const target = val(definitions, name.replace(/~1/g, '/').replace(/~0/g, '~'));
    return target?.type === 'object' ? target : undefined;
  };

  // Whether a schema reaches a marked property, memoised: refs make a DAG (or a loop) that must not be expanded per route.
  const reaches = new Map<Node, boolean>();
  const children = (schema: Node): { site: Node; via: ChainStep['via']; name?: string; nameKey?: Node }[] => {
    const out: { site: Node; via: ChainStep['via']; name?: string; nameKey?: Node }[] = [];
    for (const p of entries(val(schema, 'properties'))) if (p.value.type === 'object') out.push({ site: p.value, via: 'property', name: p.name, nameKey: p.key });
    const items = val(schema, 'items');
    if (items?.type === 'object') out.push({ site: items, via: 'items' });
    const additional = val(schema, 'additionalProperties');
    if (additional?.type === 'object') out.push({ site: additional, via: 'additionalProperties' });
    const allOf = val(schema, 'allOf');
    if (allOf?.type === 'array') for (const m of allOf.children ?? []) if (m.type === 'object') out.push({ site: m, via: 'allOf' });
    return out;
  };
  const reachesUrl = (schema: Node, depth = 0): boolean => {
    const known = reaches.get(schema);
    if (known !== undefined) return known;
    reaches.set(schema, false); // a loop back here adds nothing
    let found = byOwner.has(schema);
    if (!found && depth < MAX_DEPTH) {
      for (const c of children(schema)) {
        const target = resolve(c.site);
        if (target && reachesUrl(target, depth + 1)) { found = true; break; }
      }
    }
    reaches.set(schema, found);
    return found;
  };

  for (const op of model.operations) {
    const mine: NotificationUrlSite[] = [];
    for (const parameter of op.parameters) {
      const direct = byOwner.get(parameter.node);
      if (direct) {
        // Marked on the parameter object itself (not a body schema property): not an input-body position.
        continue;
      }
      if (parameter.in !== 'body') continue;
      const schemaSite = val(parameter.node, 'schema');
      const schema = schemaSite?.type === 'object' ? resolve(schemaSite) : undefined;
      if (!schema || !reachesUrl(schema)) continue;
      // Depth-first along the branches that reach a marked property; a schema already on the chain is not re-entered.
      const walk = (step: ChainStep, chain: ChainStep[], onChain: Set<Node>) => {
        const here = [...chain, step];
        const site = byOwner.get(step.schema);
        if (site && !mine.includes(site)) {
          mine.push(site);
          if (!site.routes.some(r => r.op === op)) site.routes.push({ op, parameter, chain: here });
        }
        if (here.length > MAX_DEPTH) return;
        onChain.add(step.schema);
        for (const c of children(step.schema)) {
          const target = resolve(c.site);
          if (!target || onChain.has(target) || !reachesUrl(target)) continue;
          walk({
            schema: target, site: c.site, via: c.via, name: c.name, nameKey: c.nameKey,
            parent: c.via === 'property' ? step.schema : undefined,
            allOfHolder: c.via === 'property' && step.via === 'allOf' ? chain[chain.length - 1]?.schema : undefined,
          }, here, onChain);
        }
        onChain.delete(step.schema);
      };
      walk({ schema, site: schemaSite!, via: 'root' }, [], new Set());
    }
    if (mine.length) urlsOf.set(op, mine);
  }
  return facts;
}

/** The path item's `x-ms-notification-content` (where Learn puts it), else the operation's own. */
export function notificationContent(op: SwaggerOperationModel): Node | undefined {
  return val(op.pathItem, 'x-ms-notification-content') ?? val(op.node, 'x-ms-notification-content');
}

/** A trigger: the operation has `x-ms-trigger`. */
export function isTrigger(op: SwaggerOperationModel): boolean {
  return val(op.node, 'x-ms-trigger') !== undefined;
}

/**
 * A webhook operation: its input body carries a notification URL, or it is a trigger whose path describes a
 * notification payload (x-ms-notification-content).
 */
export function isWebhook(model: SwaggerModel, op: SwaggerOperationModel): boolean {
  return webhookFacts(model).urlsOf.has(op) || (isTrigger(op) && notificationContent(op) !== undefined);
}

/** True when `x-ms-visibility` of the object is "internal" (any case: a merged connector writes "Internal"). */
export function isInternal(node: Node | undefined): boolean {
  return str(val(node, 'x-ms-visibility'))?.toLowerCase() === 'internal';
}
