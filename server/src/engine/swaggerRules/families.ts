// Operation families, computed once per model (modelCache): x-ms-api-annotation's `family` groups the revisions of
// one operation, `revision` (an integer) orders them, `status` says whether a revision is Preview or Production.
// Source: Learn "Implement operation versioning" for custom connectors, and the validator's family rules.
import type { Node } from 'jsonc-parser';
import { modelCache, str, val } from './model';
import type { SwaggerModel, SwaggerOperationModel } from './model';

export interface FamilyMember {
  op: SwaggerOperationModel;
  annotation: Node;
  annotationKey: Node;
  family: string;
  familyNode: Node;
  /** The integer revision, when written as one. */
  revision?: number;
  revisionNode?: Node;
  /** False when `revision` is missing, null or "" (an empty revision). */
  hasRevision: boolean;
  status?: string;
  statusNode?: Node;
  deprecated: boolean;
}

const cache = modelCache<Map<string, FamilyMember[]>>();

/** The members of each family, in document order. */
export function operationFamilies(model: SwaggerModel): Map<string, FamilyMember[]> {
  const cached = cache.get(model);
  if (cached) return cached;
  const families = new Map<string, FamilyMember[]>();
  for (const op of model.operations) {
    const annotation = val(op.node, 'x-ms-api-annotation');
    const familyNode = val(annotation, 'family');
    const family = str(familyNode);
    const annotationKey = annotation?.parent?.children?.[0];
    if (!annotation || annotation.type !== 'object' || family === undefined || !familyNode || !annotationKey) continue;
    const revisionNode = val(annotation, 'revision');
    const revision = revisionNode?.type === 'number' && Number.isInteger(revisionNode.value) ? revisionNode.value as number : undefined;
    const statusNode = val(annotation, 'status');
    const deprecated = val(op.node, 'deprecated');
    const member: FamilyMember = {
      op, annotation, annotationKey, family, familyNode, revision, revisionNode,
      hasRevision: !!revisionNode && revisionNode.type !== 'null' && revisionNode.value !== '',
      status: str(statusNode), statusNode,
      deprecated: deprecated?.type === 'boolean' && deprecated.value === true,
    };
    const list = families.get(family);
    if (list) list.push(member); else families.set(family, [member]);
  }
  cache.set(model, families);
  return families;
}

/** Members by revision, highest first (no revision last): the newest are the ones to keep active. */
export function newestFirst(members: readonly FamilyMember[]): FamilyMember[] {
  return [...members].sort((a, b) => (b.revision ?? -Infinity) - (a.revision ?? -Infinity));
}
