// "Did you mean ...?": the one place that picks the known name closest to a misspelt one (rule ids in settings,
// template ids, identity providers, parameter names, swagger operation ids). Candidate lists run from a handful of
// names to the tens of thousands of operation ids of a large swagger, and a document may name hundreds of unknown
// ids, so the search is bounded:
//   - a case-only difference is a map lookup;
//   - every candidate within one edit is found through an index of single-character deletions (built once per list,
//     kept as two typed arrays of hashes, no strings), in time proportional to the name's length;
//   - farther candidates (2 edits and more) come from a scan that skips candidates by length and stops the edit
//     distance as soon as it exceeds the best so far, and that spends a budget the caller shares across a document,
//     so 200 unknown ids against 10,000 operations cost a bounded amount, whatever their spelling.
// When the budget is spent, one-edit typos are still found; only the farther suggestions are left out.

/** Edit-distance cells (plus one per candidate looked at) a scan may spend; shared by the calls of one document pass. */
export class SuggestionBudget {
  constructor(public remaining = SuggestionBudget.PER_DOCUMENT) {}
  /** Well under a millisecond: enough to scan a thousand or two names of typical length. */
  static readonly PER_DOCUMENT = 50_000;
  get exhausted(): boolean { return this.remaining <= 0; }
}

/** The default "close enough to be a typo": 2 edits, or a quarter of the name for long names. */
export function defaultMaxDistance(value: string): number {
  return Math.max(2, Math.floor(value.length / 4));
}

/** Lists longer than this get the deletion index; shorter ones are simply scanned (cheaper than building it). */
const INDEX_FROM = 64;
/** Names longer than this are left out of the deletion index (it grows with the square of the length); the scan still sees them. */
const INDEXED_LENGTH = 128;

/** A candidate list prepared for repeated look-ups. Build it once per list (see `indexFor`). */
export class NameIndex {
  readonly names: readonly string[];
  private readonly lower: string[];
  private readonly exact = new Map<string, number>();
  private deletions?: { offsets: Uint32Array; entries: Uint32Array; mask: number };

  constructor(names: Iterable<string>) {
    this.names = [...names];
    this.lower = this.names.map(n => n.toLowerCase());
    // The first of several names equal but for case wins, as in a scan in list order.
    this.lower.forEach((l, i) => { if (!this.exact.has(l)) this.exact.set(l, i); });
  }

  get size(): number { return this.names.length; }

  /** The candidate closest to `value` (case-insensitive), or undefined when none is within `maxDistance`. */
  nearest(value: string, options: SuggestOptions = {}): string | undefined {
    const lower = value.toLowerCase();
    const max = options.maxDistance ?? defaultMaxDistance(value);
    const same = this.exact.get(lower);
    if (same !== undefined) return this.names[same];
    let best = max + 1;
    let found = -1;
    if (this.names.length >= INDEX_FROM) {
      // Every name within one edit shares a deletion (or itself) with `lower`; matches may be two edits away or hash
      // collisions, so each is measured.
      for (const i of this.oneEditCandidates(lower)) {
        // Bounded by the best so far (not one less): a tie goes to the name listed first, as in the scan.
        const d = boundedDistance(lower, this.lower[i], Math.min(best, max));
        if (d <= max && (d < best || (d === best && i < found))) { best = d; found = i; }
      }
      if (best <= 1) return this.names[found];
    }
    const budget = options.budget ?? new SuggestionBudget();
    for (let i = 0; i < this.lower.length && best > 1 && !budget.exhausted; i++) {
      const c = this.lower[i];
      budget.remaining--;
      if (Math.abs(c.length - lower.length) >= best) continue;
      const d = boundedDistance(lower, c, best - 1);
      budget.remaining -= lastCells;
      if (d < best) { best = d; found = i; }
    }
    return found >= 0 && best <= max ? this.names[found] : undefined;
  }

  /** Indices of the names sharing a deletion hash with `lower` (a superset of those within one edit). */
  private oneEditCandidates(lower: string): number[] {
    const index = this.deletions ??= buildDeletionIndex(this.lower);
    const hashes = deletionHashes(lower, new Uint32Array(lower.length + 1));
    const out: number[] = [];
    for (let h = 0; h < hashes.length; h++) {
      const bucket = hashes[h] & index.mask;
      for (let k = index.offsets[bucket]; k < index.offsets[bucket + 1]; k++) {
        const i = index.entries[k];
        if (!out.includes(i)) out.push(i);
      }
    }
    return out;
  }
}

export interface SuggestOptions {
  /** Farthest edit distance still offered (default: `defaultMaxDistance`). */
  maxDistance?: number;
  /** Shared across a document's look-ups; a fresh one per call when absent. */
  budget?: SuggestionBudget;
}

/** `nearest` over a one-off list (a small list is scanned; a large one is better served by a cached `indexFor`). */
export function nearestName(value: string, candidates: Iterable<string>, options?: SuggestOptions): string | undefined {
  return new NameIndex(candidates).nearest(value, options);
}

const indexes = new WeakMap<object, NameIndex>();

/** The index of `names` (a swagger's operation map, a constant list), built on first use and kept while `owner` lives. */
export function indexFor(owner: object, names: () => Iterable<string>, size: number): NameIndex {
  let index = indexes.get(owner);
  if (!index || index.size !== size) indexes.set(owner, index = new NameIndex(names()));
  return index;
}

/** Cells computed by the last `boundedDistance` call (the scan charges them to the budget). */
let lastCells = 0;
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance of `a` and `b` when it is at most `max`, otherwise `max + 1`. Only the diagonal band of width
 * 2 * max + 1 is computed, and the computation stops at the first row whose every cell exceeds `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  lastCells = 0;
  const over = max + 1;
  if (max < 0) return 0;
  if (a === b) return 0;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > max) return over;
  if (rowA.length < lb + 2) { rowA = new Int32Array(lb + 2); rowB = new Int32Array(lb + 2); }
  let prev = rowA, cur = rowB;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - max), hi = Math.min(lb, i + max);
    cur[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    let rowMin = cur[lo - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1), over);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    lastCells += hi - lo + 1;
    if (hi < lb) cur[hi + 1] = over;
    if (rowMin > max) return over;
    const t = prev; prev = cur; cur = t;
  }
  return Math.min(prev[lb], over);
}

/** Full Levenshtein distance (unbounded); for tests and small inputs. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

/** `editDistance(a, b) <= 1` in one pass without allocating, for checks that run on every key of a document. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    // One edit can only be a deletion from the longer string, or a substitution when the lengths are equal.
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

// Deletion index. Two names within one edit share a string among {the name, the name minus one character}: a
// substitution at k leaves both equal once k is deleted, an insertion leaves the longer equal to the shorter once the
// extra character is deleted. Those strings are represented by 32-bit polynomial hashes (computed from prefix and
// suffix hashes, without building the strings) in a bucketed table.
const BASE = 0x01000193;

/** Fills `out` (length n + 1) with the hashes of `s` itself and of `s` minus each of its characters. */
function deletionHashes(s: string, out: Uint32Array): Uint32Array {
  const n = s.length;
  // prefix[i]: hash of s[0, i); suffix[i]: hash of s[i, n) as the tail of a string (s[k] weighted by BASE^(n-1-k)).
  const prefix = scratch(n + 2, 0);
  for (let i = 0; i < n; i++) prefix[i + 1] = Math.imul(prefix[i], BASE) + s.charCodeAt(i) | 0;
  const suffix = scratch(n + 2, 1);
  suffix[n] = 0;
  let power = 1;
  for (let i = n - 1; i >= 0; i--) { suffix[i] = suffix[i + 1] + Math.imul(s.charCodeAt(i), power) | 0; power = Math.imul(power, BASE); }
  out[0] = finish(prefix[n], n);
  // Deleting s[i]: the prefix moves up by the n - 1 - i characters after it.
  let shift = 1;
  for (let i = n - 1; i >= 0; i--) {
    out[i + 1] = finish(Math.imul(prefix[i], shift) + suffix[i + 1] | 0, n - 1);
    shift = Math.imul(shift, BASE);
  }
  return out;
}

const scratches = [new Int32Array(64), new Int32Array(64)];
function scratch(size: number, which: 0 | 1): Int32Array {
  if (scratches[which].length < size) scratches[which] = new Int32Array(size * 2);
  return scratches[which];
}

function finish(hash: number, length: number): number {
  let h = (hash ^ Math.imul(length, 0x9e3779b1)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

function buildDeletionIndex(lower: readonly string[]): { offsets: Uint32Array; entries: Uint32Array; mask: number } {
  let count = 0;
  for (const s of lower) if (s.length <= INDEXED_LENGTH) count += s.length + 1;
  const hashes = new Uint32Array(count);
  const owners = new Uint32Array(count);
  let at = 0;
  lower.forEach((s, i) => {
    if (s.length > INDEXED_LENGTH) return;
    deletionHashes(s, hashes.subarray(at, at + s.length + 1));
    owners.fill(i, at, at + s.length + 1);
    at += s.length + 1;
  });
  let buckets = 1;
  while (buckets < count) buckets <<= 1;
  const mask = buckets - 1;
  const offsets = new Uint32Array(buckets + 1);
  for (let k = 0; k < count; k++) offsets[(hashes[k] & mask) + 1]++;
  for (let b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
  const fill = offsets.slice(0, buckets);
  const entries = new Uint32Array(count);
  for (let k = 0; k < count; k++) entries[fill[hashes[k] & mask]++] = owners[k];
  return { offsets, entries, mask };
}
