// The members of a Swagger 2.0 security scheme by its type (and, for oauth2, its flow): which are required and which
// are allowed (Swagger 2.0 specification, "Security Scheme Object"; `x-` extensions are allowed everywhere).
import type { Node } from 'jsonc-parser';
import { entries, str, val } from './model';
import type { SwaggerModel } from './model';

interface Shape { kind: string; required: readonly string[]; allowed: ReadonlySet<string> }

const COMMON = ['type', 'description'];
const shape = (kind: string, required: string[], optional: string[] = []): Shape =>
  ({ kind, required, allowed: new Set([...COMMON, ...required, ...optional]) });

const SHAPES: Record<string, Shape> = {
  basic: shape('basic', []),
  apiKey: shape('apiKey', ['name', 'in']),
  'oauth2/implicit': shape('oauth2', ['flow', 'authorizationUrl', 'scopes']),
  'oauth2/password': shape('oauth2', ['flow', 'tokenUrl', 'scopes']),
  'oauth2/application': shape('oauth2', ['flow', 'tokenUrl', 'scopes']),
  'oauth2/accessCode': shape('oauth2', ['flow', 'authorizationUrl', 'tokenUrl', 'scopes']),
};

export interface SecurityScheme { key: Node; name: string; node: Node; type: string; flow?: string; shape: Shape }

/**
 * Each entry of `securityDefinitions` whose type is known. An oauth2 scheme with no flow, or one we do not know, gets
 * only `flow` required and no member judged (which members apply depends on the flow).
 */
export function securitySchemes(model: SwaggerModel): SecurityScheme[] {
  const out: SecurityScheme[] = [];
  for (const { key, name, value } of entries(val(model.root, 'securityDefinitions'))) {
    const type = str(val(value, 'type'));
    if (value.type !== 'object' || type === undefined) continue;
    if (type === 'oauth2') {
      const flow = str(val(value, 'flow'));
      const known = flow !== undefined ? SHAPES[`oauth2/${flow}`] : undefined;
      out.push({ key, name, node: value, type, flow, shape: known ?? { kind: 'oauth2', required: flow === undefined ? ['flow'] : [], allowed: new Set() } });
    } else if (SHAPES[type]) {
      out.push({ key, name, node: value, type, shape: SHAPES[type] });
    }
  }
  return out;
}

/** `oauth2` with its flow, or the type alone: how messages name the kind of definition. */
export function schemeKind(s: SecurityScheme): string {
  return s.flow !== undefined ? `${s.type}" with flow "${s.flow}` : s.type;
}
