// `$ref` targets: which local references point at nothing. One helper for the three validator errors (schema,
// parameter, response), each its own rule.
import type { Node } from 'jsonc-parser';
import { decodePointer, SwaggerModel, val } from './model';

export interface DanglingRef { node: Node; ref: string; section: string; name: string }

/** `$ref` values of the form `#/<section>/<name>` whose target does not exist in the document. */
export function danglingRefs(model: SwaggerModel, section: 'definitions' | 'parameters' | 'responses'): DanglingRef[] {
  const prefix = `#/${section}/`;
  const container = val(model.root, section);
  const out: DanglingRef[] = [];
  for (const node of model.refs) {
    const ref = node.value as string;
    if (!ref.startsWith(prefix)) continue;
    const [first, ...rest] = ref.slice(prefix.length).split('/');
    let target = val(container, decodePointer(first));
    for (const seg of rest) target = target?.type === 'object' ? val(target, decodePointer(seg)) : undefined;
    if (!target) out.push({ node, ref, section, name: decodePointer(first) });
  }
  return out;
}
