// Mutations that turn a valid connector document into what an editor really sends while someone types, pastes or
// opens the wrong file: truncations, character noise, values of the wrong type, deep nesting, duplicated keys,
// broken surrogates, NUL bytes and very long strings and lines.
import { Node, parseTree } from 'jsonc-parser';
import { Random } from './random';

export interface Mutant {
  text: string;
  /** Names of the mutations applied, in order: tells a finding's kind at a glance. */
  steps: string[];
}

type Mutation = (text: string, rng: Random, seeds: readonly string[]) => string;

const NOISE = ['{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\r\n', '\t', '\\', '/', '*', '//', '/*', '0', '-', '1e999',
  'true', 'null', 'a', 'é', '😀', '\uD800', '\uDC00', '\u0000', '\u2028', '\uFEFF', '\\u', '\\uD800', '@', "'", '#'];

function randomValue(rng: Random, depth = 0): string {
  switch (rng.int(0, depth > 2 ? 5 : 8)) {
    case 0: return JSON.stringify(rng.pick(['', 'true', 'false', 'oauthSetting', '#zzzzzz', '@connectionParameters(\'x\')', 'aad', 'Global']));
    case 1: return rng.pick(['0', '-1', '1.5e300', '1e999', '-0', '123456789012345678901234567890', '2']);
    case 2: return rng.pick(['true', 'false']);
    case 3: return 'null';
    case 4: return '{}';
    case 5: return '[]';
    case 6: return '[' + Array.from({ length: rng.int(1, 4) }, () => randomValue(rng, depth + 1)).join(', ') + ']';
    case 7: return '{' + Array.from({ length: rng.int(1, 3) }, (_, i) => `"k${i}": ${randomValue(rng, depth + 1)}`).join(', ') + '}';
    default: return '"' + 'v'.repeat(rng.int(0, 64)) + '"';
  }
}

/** Objects that rules' fixes go through (a duplicate of one of them used to send the fix to the wrong copy). */
const FIX_PATH_KEYS = new Set(['properties', 'connectionParameters', 'connectionParameterSets', 'parameters', 'uiDefinition',
  'constraints', 'oAuthSettings', 'oauthSettings', 'customParameters', 'metadata', 'schema']);

function tree(text: string): Node | undefined {
  try {
    return parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    return undefined; // jsonc-parser recurses: a document already nested thousands deep overflows it
  }
}

function nodes(root: Node | undefined, filter: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const stack = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (filter(n)) out.push(n);
    if (n.children) stack.push(...n.children);
  }
  return out;
}

function splice(text: string, offset: number, deleteCount: number, insert = ''): string {
  return text.slice(0, offset) + insert + text.slice(offset + deleteCount);
}

function valueNodes(text: string): Node[] {
  return nodes(tree(text), n => n.type !== 'property' && !(n.parent?.type === 'property' && n.parent.children?.[0] === n));
}

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (t, rng) => t.slice(0, rng.int(0, t.length)),
  deleteChars: (t, rng) => {
    for (let i = rng.int(1, 8); i > 0 && t.length; i--) t = splice(t, rng.int(0, t.length - 1), rng.int(1, 3));
    return t;
  },
  insertChars: (t, rng) => {
    for (let i = rng.int(1, 8); i > 0; i--) t = splice(t, rng.int(0, t.length), 0, rng.pick(NOISE));
    return t;
  },
  swapChars: (t, rng) => {
    for (let i = rng.int(1, 6); i > 0 && t.length > 1; i--) {
      const a = rng.int(0, t.length - 1);
      const b = rng.chance(0.5) ? Math.min(t.length - 1, a + 1) : rng.int(0, t.length - 1);
      const [x, y] = a < b ? [a, b] : [b, a];
      if (x === y) continue;
      t = t.slice(0, x) + t[y] + t.slice(x + 1, y) + t[x] + t.slice(y + 1);
    }
    return t;
  },
  replaceValue: (t, rng) => {
    const candidates = valueNodes(t);
    if (!candidates.length) return t;
    const n = rng.pick(candidates);
    return splice(t, n.offset, n.length, randomValue(rng));
  },
  replaceKey: (t, rng) => {
    const keys = nodes(tree(t), n => n.parent?.type === 'property' && n.parent.children?.[0] === n);
    if (!keys.length) return t;
    const k = rng.pick(keys);
    const name = String(k.value);
    const replacement = rng.pick([
      JSON.stringify(name.toUpperCase()), JSON.stringify(name.toLowerCase()), JSON.stringify(name + name), '""', '"\\u0000"',
      JSON.stringify(name.slice(1)), name, '123', 'null', '{}', '"' + name,
    ]);
    return splice(t, k.offset, k.length, replacement);
  },
  deepNesting: (t, rng) => {
    const depth = rng.pick([50, 400, 499, 500, 501, 1000, 2600, 5000, 10000]);
    const kind = rng.int(0, 2);
    const open = kind === 0 ? '[' : kind === 1 ? '{"a":' : '{"properties":';
    const close = kind === 0 ? ']' : '}';
    const nested = open.repeat(depth) + (rng.chance(0.5) ? '1' : '') + (rng.chance(0.8) ? close.repeat(depth) : close.repeat(rng.int(0, depth)));
    const targets = valueNodes(t);
    if (!targets.length || rng.chance(0.2)) return nested;
    const n = rng.pick(targets);
    return splice(t, n.offset, n.length, nested);
  },
  duplicateKey: (t, rng) => {
    const props = nodes(tree(t), n => n.type === 'property');
    if (!props.length) return t;
    const p = rng.pick(props);
    const copy = t.slice(p.offset, p.offset + p.length);
    return splice(t, p.offset + p.length, 0, ', ' + (rng.chance(0.2) ? copy.toUpperCase() : copy));
  },
  duplicateObject: (t, rng) => {
    // A merge leaves an object twice on the path of a fix: a shadowed copy (exact, emptied, or missing a member) goes
    // before the original, which stays the effective one (JSON loaders keep the last).
    const objects = nodes(tree(t), n => n.type === 'property' && n.children?.[1]?.type === 'object');
    if (!objects.length) return t;
    const onFixPaths = objects.filter(n => FIX_PATH_KEYS.has(String(n.children![0].value)));
    const p = rng.pick(onFixPaths.length && rng.chance(0.8) ? onFixPaths : objects);
    const [key, value] = p.children!;
    const members = value.children ?? [];
    let copy = t.slice(p.offset, p.offset + p.length);
    const variant = rng.int(0, 2);
    if (variant === 1) copy = t.slice(key.offset, key.offset + key.length) + ': {}';
    if (variant === 2 && members.length) {
      const m = rng.pick(members);
      const i = members.indexOf(m);
      const from = (i > 0 ? members[i - 1].offset + members[i - 1].length : m.offset) - p.offset;
      const to = (i > 0 ? m.offset + m.length : members[1]?.offset ?? m.offset + m.length) - p.offset;
      copy = copy.slice(0, from) + copy.slice(to);
    }
    return splice(t, p.offset, 0, copy + ', ');
  },
  surrogates: (t, rng) => {
    const strings = nodes(tree(t), n => n.type === 'string');
    for (let i = rng.int(1, 4); i > 0; i--) {
      const insert = rng.pick(['\uD800', '\uDFFF', '\uDBFF\uDBFF', '\\uD800', '\\uDC00x', '😀'.slice(0, 1), '😀'.slice(1)]);
      const offset = strings.length && rng.chance(0.7) ? (n => n.offset + rng.int(1, Math.max(1, n.length - 1)))(rng.pick(strings)) : rng.int(0, t.length);
      t = splice(t, Math.min(offset, t.length), 0, insert);
    }
    return t;
  },
  nulBytes: (t, rng) => {
    for (let i = rng.int(1, 5); i > 0; i--) t = splice(t, rng.int(0, t.length), 0, '\u0000'.repeat(rng.int(1, 3)));
    return t;
  },
  longString: (t, rng) => {
    const strings = nodes(tree(t), n => n.type === 'string');
    const size = rng.chance(0.05) ? rng.int(200_000, 1_100_000) : rng.int(1_000, 60_000);
    // Uniform runs, and repetitions of what the rules' patterns look for (backtracking bait for a careless regex).
    const unit = rng.pick(['x', 'é', '\\"', ' ', '😀', '{', "@connectionParameters('", '@connectionParameters(', '#0', '{Code}', 'https://a.', '%20']);
    const filler = unit.repeat(Math.ceil(size / 2 / unit.length)) + (rng.chance(0.5) ? '!' : '');
    if (!strings.length) return t + '"' + filler + '"';
    const n = rng.pick(strings);
    return splice(t, n.offset + 1, Math.max(0, n.length - 2), filler);
  },
  longLine: (t, rng) => {
    // The whole document on one line (as minifiers write it), sometimes padded to a very long line.
    const flat = t.replace(/\r?\n\s*/g, rng.chance(0.5) ? '' : ' ');
    return rng.chance(0.3) ? flat.replace('{', '{' + ' '.repeat(rng.int(10_000, 200_000))) : flat;
  },
  manyLines: (t, rng) => splice(t, rng.int(0, t.length), 0, '\n'.repeat(rng.int(1_000, 50_000))),
  lineEndings: (t, rng) => t.replace(/\n/g, rng.pick(['\r\n', '\r', '\u2028', '\n\n'])),
  crossOver: (t, rng, seeds) => {
    const other = rng.pick(seeds);
    const from = rng.int(0, other.length);
    return splice(t, rng.int(0, t.length), rng.int(0, 40), other.slice(from, from + rng.int(1, 400)));
  },
  bom: t => '\uFEFF' + t,
  binary: (t, rng) => {
    const bytes = Array.from({ length: rng.int(1, 4000) }, () => String.fromCharCode(rng.int(0, 255))).join('');
    return rng.chance(0.5) ? bytes : splice(t, rng.int(0, t.length), 0, bytes);
  },
};

const WEIGHTS: [string, number][] = [
  ['truncate', 14], ['deleteChars', 12], ['insertChars', 12], ['swapChars', 8], ['replaceValue', 14], ['replaceKey', 8],
  ['deepNesting', 4], ['duplicateKey', 6], ['duplicateObject', 6], ['surrogates', 5], ['nulBytes', 3], ['longString', 2], ['longLine', 3],
  ['manyLines', 1], ['lineEndings', 2], ['crossOver', 4], ['bom', 1], ['binary', 1],
];
const TOTAL = WEIGHTS.reduce((s, [, w]) => s + w, 0);

function pickMutation(rng: Random): string {
  let r = rng.next() * TOTAL;
  for (const [name, w] of WEIGHTS) if ((r -= w) < 0) return name;
  return WEIGHTS[0][0];
}

/** One to three mutations of `text`, applied in order. */
export function mutate(text: string, rng: Random, seeds: readonly string[]): Mutant {
  const steps = Array.from({ length: rng.chance(0.6) ? 1 : rng.int(2, 3) }, () => pickMutation(rng));
  let out = text;
  for (const step of steps) out = MUTATIONS[step](out, rng, seeds);
  return { text: out, steps };
}
