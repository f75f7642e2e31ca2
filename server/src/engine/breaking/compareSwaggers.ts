// Compares a published swagger (the base) with the edited one and reports the changes that break existing flows,
// as the change validator of the connector pull-request pipeline does: deleted operations, changed paths and
// parameter locations, new required inputs, enum lists added to inputs, and response fields deleted or retyped.
// Both sides are read with JSON.parse (fast on megabyte swaggers); findings carry a path into the new document that
// the caller turns into a range. Additions that existing flows never see (new operations, optional inputs, new
// output fields) and text edits (summaries, descriptions) are not reported.
import type { BreakingFinding, BreakingRuleId, DocPath } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const MAX_REF_HOPS = 32;
/** Schema pairs compared per run at most: shared definitions are walked once per place they are used. */
const MAX_SCHEMA_VISITS = 200_000;

interface Operation {
  id: string;
  method: string;
  path: string;
  op: Json;
  item: Json;
}

/** Parses a swagger text for comparison; `undefined` with a reason when it is not a JSON object. */
export function readSwagger(text: string): { doc?: Json; problem?: string } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const doc = JSON.parse(source) as unknown;
    return isObject(doc) ? { doc } : { problem: 'not a JSON object' };
  } catch {
    return { problem: 'not valid JSON' };
  }
}

function operations(doc: Json): Map<string, Operation> {
  const out = new Map<string, Operation>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [key, op] of Object.entries(item)) {
      if (!METHODS.includes(key.toLowerCase()) || !isObject(op) || typeof op.operationId !== 'string') continue;
      if (!out.has(op.operationId)) out.set(op.operationId, { id: op.operationId, method: key, path, op, item });
    }
  }
  return out;
}

export function compareSwaggers(base: Json, next: Json): BreakingFinding[] {
  const c = new Comparison(base, next);
  const newOps = operations(next);
  const newPaths = isObject(next.paths) ? next.paths : {};
  for (const old of operations(base).values()) {
    const cur = newOps.get(old.id);
    if (!cur) {
      const stays = Object.prototype.hasOwnProperty.call(newPaths, old.path);
      c.report('breaking-operation-deleted', old.id, `operation/${old.id}`, stays ? ['paths', old.path] : ['paths'], true,
        `Operation "${old.id}" (${old.method.toUpperCase()} ${old.path}) is in the published version but not here: flows that use it break. ` +
        `Keep it, marked "deprecated": true with "x-ms-visibility": "internal", and add its replacement as a new operation.`);
      continue;
    }
    c.operation(old, cur);
  }
  return c.findings;
}

interface Walk {
  op: string;
  /** ValuePath so far, e.g. `operation/X/responses/200/schema`. */
  value: string;
  /** Field path for messages, e.g. `value[].createdAt`. */
  field: string;
  /** Where the new schema sits in the new document. */
  at: DocPath;
  /** The container the field is named in (`response 200`, `body parameter "body"`). */
  where: string;
}

class Comparison {
  readonly findings: BreakingFinding[] = [];
  private readonly seen = new Set<string>();
  private visits = 0;
  /** Findings reported (repeats included) and walks cut short (recursion, budget): what makes a comparison unclean. */
  private reports = 0;
  private cutoffs = 0;
  /**
   * Schema pairs (input or output, by their places in both documents) whose whole comparison found nothing and was
   * not cut short: a shared definition used by many operations is then compared once, not once per use. Findings
   * depend only on the two schemas (the walk adds only names and paths to messages), so a clean pair stays clean.
   */
  private readonly clean = new Set<string>();

  /** Resolved `$ref`s of each side: a definition is referenced from many places (the paths are never mutated). */
  private readonly pointers = new Map<Json, Map<string, { node: unknown; at: DocPath } | undefined>>();

  constructor(private readonly base: Json, private readonly next: Json) {}

  private pointer(doc: Json, ref: string): { node: unknown; at: DocPath } | undefined {
    let cache = this.pointers.get(doc);
    if (!cache) this.pointers.set(doc, cache = new Map());
    if (cache.has(ref)) return cache.get(ref);
    const target = pointer(doc, ref);
    cache.set(ref, target);
    return target;
  }

  report(ruleId: BreakingRuleId, operationId: string, valuePath: string, at: DocPath, key: boolean, message: string): void {
    this.reports++;
    const id = `${ruleId}\u0000${valuePath}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.findings.push({ ruleId, operationId, valuePath, at, key: key || undefined, message });
  }

  operation(old: Operation, cur: Operation): void {
    const opAt: DocPath = ['paths', cur.path, cur.method];
    if (old.path !== cur.path) {
      this.report('breaking-path-changed', cur.id, `operation/${cur.id}`, ['paths', cur.path], true,
        `Operation "${cur.id}" moved from path ${old.path} to ${cur.path}: flows that use it call the old path template. ` +
        `Keep the old path, and add the new one as a new operation (deprecate the old one with "deprecated": true).`);
    }
    this.parameters(old, cur, opAt);
    this.responses(old, cur, opAt);
    const oldNotification = old.item['x-ms-notification-content'];
    const newNotification = cur.item['x-ms-notification-content'];
    if (isObject(oldNotification) && isObject(newNotification) && oldNotification.schema !== undefined && newNotification.schema !== undefined) {
      this.output(oldNotification.schema, newNotification.schema, {
        op: cur.id, value: `operation/${cur.id}/x-ms-notification-content/schema`, field: '',
        at: ['paths', cur.path, 'x-ms-notification-content', 'schema'], where: 'the trigger output (x-ms-notification-content)',
      }, new Set());
    }
  }

  // ---- parameters ---------------------------------------------------------------------------------------------

  private parameterList(doc: Json, o: Operation, opAt: DocPath): Map<string, { p: Json; at: DocPath }> {
    const out = new Map<string, { p: Json; at: DocPath }>();
    const add = (list: unknown, listAt: DocPath) => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const r = this.resolve(doc, raw, [...listAt, i]);
        if (!isObject(r.node) || typeof r.node.name !== 'string') return;
        // Operation-level parameters override path-level ones of the same name and location.
        out.set(r.node.name, { p: r.node, at: r.at });
      });
    };
    add(o.item.parameters, [...opAt.slice(0, 2), 'parameters']);
    add(o.op.parameters, [...opAt, 'parameters']);
    return out;
  }

  private parameters(old: Operation, cur: Operation, opAt: DocPath): void {
    const before = this.parameterList(this.base, old, ['paths', old.path, old.method]);
    const after = this.parameterList(this.next, cur, opAt);
    for (const [name, { p, at }] of after) {
      const was = before.get(name)?.p;
      const value = `operation/${cur.id}/parameter/${name}`;
      if (p.required === true && p.default === undefined && (!was || was.required !== true)) {
        this.report('breaking-required-parameter-added', cur.id, value, [...at, 'name'], false,
          `Operation "${cur.id}": parameter "${name}" is ${was ? 'now required (it was optional)' : 'new and required'}; existing flows do not send it. ` +
          `Make it optional, or give it a "default" (with "x-ms-visibility": "internal" if users need not see it).`);
      }
      if (!was) continue;
      if (typeof was.in === 'string' && typeof p.in === 'string' && was.in !== p.in) {
        this.report('breaking-parameter-location-changed', cur.id, value, [...at, 'in'], false,
          `Operation "${cur.id}": parameter "${name}" moved from ${was.in} to ${p.in}; existing flows send it in the old place. ` +
          `Keep it in ${was.in}, or add a new operation for the new request shape.`);
      }
      if (p.in === 'body') {
        this.input(was.schema, p.schema, { op: cur.id, value: `${value}/schema`, field: '', at: [...at, 'schema'], where: `body parameter "${name}"` }, new Set());
      } else if (Array.isArray(p.enum) && !Array.isArray(was.enum)) {
        this.enumAdded(cur.id, value, [...at, 'enum'], `parameter "${name}"`);
      }
    }
  }

  private enumAdded(op: string, valuePath: string, at: DocPath, what: string): void {
    this.report('breaking-enum-added', op, valuePath, at, true,
      `Operation "${op}": ${what} now has a list of enum values; existing flows may send values outside it. ` +
      `Leave the input open (drop "enum", or suggest values with "x-ms-dynamic-values"), or add a new operation.`);
  }

  // ---- schemas --------------------------------------------------------------------------------------------------

  /** Follows local `$ref`s; `at` follows them too, so findings land where the schema is written. */
  private resolve(doc: Json, node: unknown, at: DocPath): { node: unknown; at: DocPath } {
    let cur = node, path = at;
    for (let hops = 0; hops < MAX_REF_HOPS && isObject(cur) && typeof cur.$ref === 'string'; hops++) {
      const target = this.pointer(doc, cur.$ref);
      if (!target) return { node: undefined, at: path };
      cur = target.node;
      path = target.at;
    }
    return { node: cur, at: path };
  }

  /**
   * Both schemas with their `$ref`s followed, or undefined when either is not a schema, when the pair is already being
   * compared further up (recursive definitions: a tree node whose children are tree nodes) or when the work budget
   * is spent (a hostile swagger cannot make the comparison run away).
   */
  private pair(oldRaw: unknown, newRaw: unknown, w: Walk, ancestors: Set<string>): { old: Json; cur: Json; at: DocPath; key?: string } | undefined {
    if (++this.visits > MAX_SCHEMA_VISITS) { this.cutoffs++; return undefined; }
    const o = this.resolve(this.base, oldRaw, []);
    const n = this.resolve(this.next, newRaw, w.at);
    if (!isObject(o.node) || !isObject(n.node)) return undefined;
    const key = `${o.at.join('/')}\u0000${n.at.join('/')}`;
    if (o.at.length && ancestors.has(key)) { this.cutoffs++; return undefined; }
    // A key names both schemas only when the old one was reached through a $ref (the new one always has its place).
    return { old: o.node, cur: n.node, at: n.at, key: o.at.length ? key : undefined };
  }

  /**
   * Runs `body` with the pair marked as an ancestor of everything compared inside it; skips it when the same pair was
   * compared clean before (`clean`), and records it when this comparison is.
   */
  private within(key: string | undefined, mode: 'input' | 'output', ancestors: Set<string>, body: () => void): void {
    if (key === undefined) { body(); return; }
    const memo = `${mode}\u0000${key}`;
    if (this.clean.has(memo)) return;
    const reports = this.reports, cutoffs = this.cutoffs;
    if (ancestors.has(key)) body();
    else {
      ancestors.add(key);
      try { body(); } finally { ancestors.delete(key); }
    }
    if (this.reports === reports && this.cutoffs === cutoffs) this.clean.add(memo);
  }

  private output(oldRaw: unknown, newRaw: unknown, w: Walk, ancestors: Set<string>): void {
    const p = this.pair(oldRaw, newRaw, w, ancestors);
    if (p) this.within(p.key, 'output', ancestors, () => this.outputPair(p.old, p.cur, p.at, w, ancestors));
  }

  private outputPair(old: Json, cur: Json, at: DocPath, w: Walk, ancestors: Set<string>): void {
    const shown = w.field ? `field ${w.field}` : 'body';
    const oldType = typeOf(old), newType = typeOf(cur);
    if (oldType && newType && oldType !== newType) {
      this.report('breaking-output-type-changed', w.op, `${w.value}/type`, cur.type !== undefined ? [...at, 'type'] : at, false,
        `Operation "${w.op}", ${w.where} ${shown}: type changed from ${oldType} to ${newType}; flows that read it break. ` +
        `Keep the type, or add a new revision of the operation ("x-ms-api-annotation") and deprecate this one.`);
      return;
    }
    if (typeof old.format === 'string' && old.format !== cur.format) {
      const now = typeof cur.format === 'string' ? `to ${cur.format}` : 'to none (removed)';
      this.report('breaking-output-format-changed', w.op, `${w.value}/format`, cur.format !== undefined ? [...at, 'format'] : at, cur.format === undefined,
        `Operation "${w.op}", ${w.where} ${shown}: format changed from ${old.format} ${now}; flows that read it may break. ` +
        `Keep "format": "${old.format}", or add a new revision of the operation and deprecate this one.`);
    }
    const type = newType ?? oldType;
    if (type === 'array') {
      this.output(old.items, cur.items, { ...w, value: `${w.value}/items`, field: `${w.field}[]`, at: [...at, 'items'] }, ancestors);
      return;
    }
    const oldProps = isObject(old.properties) ? old.properties : undefined;
    if (!oldProps) return;
    const newProps = isObject(cur.properties) ? cur.properties : {};
    for (const [name, sub] of Object.entries(oldProps)) {
      const field = w.field ? `${w.field}.${name}` : name;
      if (!Object.prototype.hasOwnProperty.call(newProps, name)) {
        // Reported once, at the field that went; its own children are not listed.
        this.report('breaking-output-field-deleted', w.op, `${w.value}/${name}`, cur.properties !== undefined ? [...at, 'properties'] : at, true,
          `Operation "${w.op}", ${w.where}: output field ${field} is gone (names are compared case-sensitively); flows that read it break. ` +
          `Keep the field (mark it "x-ms-visibility": "internal" to hide it from new flows).`);
        continue;
      }
      this.output(sub, newProps[name], { ...w, value: `${w.value}/${name}`, field, at: [...at, 'properties', name] }, ancestors);
    }
  }

  private input(oldRaw: unknown, newRaw: unknown, w: Walk, ancestors: Set<string>): void {
    const p = this.pair(oldRaw, newRaw, w, ancestors);
    if (p) this.within(p.key, 'input', ancestors, () => this.inputPair(p.old, p.cur, p.at, w, ancestors));
  }

  private inputPair(old: Json, cur: Json, at: DocPath, w: Walk, ancestors: Set<string>): void {
    if (Array.isArray(cur.enum) && !Array.isArray(old.enum)) {
      this.enumAdded(w.op, w.value, [...at, 'enum'], `${w.where} ${w.field ? `field ${w.field}` : 'body'}`);
    }
    if (typeOf(cur) === 'array') {
      this.input(old.items, cur.items, { ...w, value: `${w.value}/items`, field: `${w.field}[]`, at: [...at, 'items'] }, ancestors);
      return;
    }
    const oldProps = isObject(old.properties) ? old.properties : {};
    const newProps = isObject(cur.properties) ? cur.properties : {};
    const oldRequired = new Set(Array.isArray(old.required) ? old.required.filter(r => typeof r === 'string') : []);
    const newRequired = Array.isArray(cur.required) ? cur.required : [];
    newRequired.forEach((name, i) => {
      if (typeof name !== 'string' || oldRequired.has(name)) return;
      const sub = newProps[name];
      if (isObject(sub) && sub.default !== undefined) return; // the platform sends the default
      const field = w.field ? `${w.field}.${name}` : name;
      const existed = Object.prototype.hasOwnProperty.call(oldProps, name);
      const where: DocPath = Object.prototype.hasOwnProperty.call(newProps, name) ? [...at, 'properties', name] : [...at, 'required', i];
      this.report('breaking-required-input-added', w.op, `${w.value}/${name}`, where, where[where.length - 2] === 'properties',
        `Operation "${w.op}", ${w.where}: input field ${field} is ${existed ? 'now required (it was optional)' : 'new and required'}; existing flows do not send it. ` +
        `Make it optional (remove it from "required"), or give it a "default".`);
    });
    for (const [name, sub] of Object.entries(newProps)) {
      if (!Object.prototype.hasOwnProperty.call(oldProps, name)) continue; // a new optional field breaks nothing
      const field = w.field ? `${w.field}.${name}` : name;
      this.input(oldProps[name], sub, { ...w, value: `${w.value}/${name}`, field, at: [...at, 'properties', name] }, ancestors);
    }
  }

  // ---- responses ------------------------------------------------------------------------------------------------

  private responses(old: Operation, cur: Operation, opAt: DocPath): void {
    const before = isObject(old.op.responses) ? old.op.responses : {};
    const after = isObject(cur.op.responses) ? cur.op.responses : {};
    for (const [code, raw] of Object.entries(before)) {
      const was = this.resolve(this.base, raw, []).node;
      if (!isObject(was) || was.schema === undefined) continue;
      const r = this.resolve(this.next, after[code], [...opAt, 'responses', code]);
      const value = `operation/${cur.id}/responses/${code}/schema`;
      if (!isObject(r.node) || r.node.schema === undefined) {
        const at: DocPath = isObject(r.node) ? r.at : isObject(cur.op.responses) ? [...opAt, 'responses'] : opAt;
        this.report('breaking-output-field-deleted', cur.id, value, at, true,
          `Operation "${cur.id}": the response ${code} no longer has a schema; flows that read its output break. Keep the response schema.`);
        continue;
      }
      this.output(was.schema, r.node.schema, { op: cur.id, value, field: '', at: [...r.at, 'schema'], where: `response ${code}` }, new Set());
    }
  }
}

/** The schema's type, inferred from `properties` or `items` when not written. */
function typeOf(schema: Json): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (isObject(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

/** A local JSON pointer (`#/definitions/Order`) resolved in `doc`, with the document path it leads to. */
function pointer(doc: Json, ref: string): { node: unknown; at: DocPath } | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let cur: unknown = doc;
  const at: DocPath = [];
  for (const raw of ref.slice(2).split('/')) {
    let seg: string;
    try { seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~'); } catch { return undefined; }
    if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = cur[seg];
    at.push(seg);
  }
  return { node: cur, at };
}
