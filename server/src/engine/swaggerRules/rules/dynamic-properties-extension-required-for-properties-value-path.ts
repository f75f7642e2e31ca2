// An x-ms-dynamic-schema whose `value-path` ends at a `properties` map returns the properties, not a schema: the
// platform needs x-ms-dynamic-properties, whose `itemValuePath` points at the schema object itself.
import type { SwaggerRule } from '../types';
import { dynamicCalls } from '../dynamic';
import { str, val } from '../model';
import { addFix, shortValue } from '../helpers';

/** The path of the schema object a `.../properties` value-path lies in (`""` for the response itself). */
export function schemaObjectPath(valuePath: string): string | undefined {
  const segments = valuePath.split('/');
  if (segments[segments.length - 1] !== 'properties') return undefined;
  return segments.slice(0, -1).join('/');
}

export const rule: SwaggerRule = {
  id: 'dynamic-properties-extension-required-for-properties-value-path',
  validatorName: 'DynamicPropertiesExtensionRequiredForPropertiesValuePath',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-schema` whose `value-path` ends with `properties` has no `x-ms-dynamic-properties` beside it.',
  fixable: true,
  check(model, ctx) {
    for (const call of dynamicCalls(model)) {
      if (call.extension !== 'x-ms-dynamic-schema' || val(call.owner, 'x-ms-dynamic-properties')) continue;
      const node = val(call.node, 'value-path');
      const valuePath = str(node);
      const objectPath = valuePath !== undefined ? schemaObjectPath(valuePath) : undefined;
      if (!node || valuePath === undefined || objectPath === undefined) continue;
      const successor: Record<string, unknown> = { operationId: call.operationId ?? '', itemValuePath: objectPath };
      ctx.report({
        node,
        message: `x-ms-dynamic-schema's value-path ${shortValue(valuePath)} points at the schema's properties; add an "x-ms-dynamic-properties" beside it whose "itemValuePath" (${shortValue(objectPath)}) points at the schema object.`,
        // Without `parameters` the successor is exactly determined; with them, their paths are the author's to write.
        fixes: call.operationId !== undefined && !call.parameters ? [addFix(call.owner, 'x-ms-dynamic-properties', successor, 'Add "x-ms-dynamic-properties"')] : undefined,
      });
    }
  },
};
