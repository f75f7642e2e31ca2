// Where a `$ref` stands decides what it may point at: an item of a `parameters` list → `#/parameters/...`, a response
// of an operation → `#/responses/...`, a path item → (not supported), anything else is a schema → `#/definitions/...`.
// Shared by the *-reference-not-valid and *-ref-loop-not-allowed rules.
import type { Node } from 'jsonc-parser';
import { ownerKey } from './model';
import type { SwaggerModel } from './model';

export type RefPosition = 'parameter' | 'response' | 'pathItem' | 'schema';

export function refPosition(model: SwaggerModel, ref: Node): RefPosition {
  const object = ref.parent?.parent;
  const container = object?.parent;
  if (container?.type === 'array' && container.parent?.type === 'property' && ownerKey(container)?.value === 'parameters') return 'parameter';
  const key = object ? ownerKey(object) : undefined;
  const map = key?.parent?.parent;
  const mapName = map ? ownerKey(map)?.value : undefined;
  // An operation's response, or a shared one under the root `responses` (and likewise for shared parameters).
  if (mapName === 'responses') return 'response';
  if (mapName === 'parameters' && map?.parent?.parent === model.root) return 'parameter';
  if (mapName === 'paths' && map?.parent?.parent === model.root) return 'pathItem';
  return 'schema';
}

/** `#/<section>/<name>` with one segment after the section (the validator's "valid JSON Pointer" to a definition). */
export function pointsInto(ref: string, section: string): boolean {
  return new RegExp(`^#/${section}/[^/]+$`).test(ref);
}
