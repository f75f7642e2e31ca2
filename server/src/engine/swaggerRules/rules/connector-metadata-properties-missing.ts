// Certification: the swagger's x-ms-connector-metadata lists the connector's Website, Privacy policy and Categories
// (shown on the connector's documentation page and in the connector gallery).
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION, ownerAnchor } from '../certification';

export const METADATA_PROPERTIES: readonly string[] = ['Website', 'Privacy policy', 'Categories'];

export const rule: SwaggerRule = {
  id: 'connector-metadata-properties-missing',
  validatorName: 'ConnectorMetadataPropertiesMissing',
  severity: 'warning',
  category: 'swagger-validator',
  description: '`x-ms-connector-metadata` is missing, or lacks the `Website`, `Privacy policy` or `Categories` entry (certification).',
  profiles: CERTIFICATION,
  check(model, ctx) {
    const metadata = val(model.root, 'x-ms-connector-metadata');
    // Merged connectors lack Website (3), Privacy policy (52) or Categories (1), and 29 certified ones the whole
    // extension: the platform tolerated those, so they are warnings. No merged independent-publisher swagger lacks the
    // extension: an error there.
    if (!metadata) {
      ctx.report({
        ...ownerAnchor(model.root),
        severity: ctx.profile === 'independent-publisher' ? 'error' : undefined,
        message: `Certification needs "x-ms-connector-metadata" at the root of the swagger: an array of { "propertyName", "propertyValue" } entries for ${METADATA_PROPERTIES.map(p => `"${p}"`).join(', ')}.`,
      });
      return;
    }
    if (metadata.type !== 'array') return;
    const names = new Set((metadata.children ?? []).map(item => str(val(item, 'propertyName'))).filter((n): n is string => n !== undefined));
    const key = ownerAnchor(metadata);
    for (const name of METADATA_PROPERTIES) {
      if (names.has(name)) continue;
      const near = [...names].find(n => n.toLowerCase() === name.toLowerCase());
      ctx.report({
        ...key,
        message: `x-ms-connector-metadata has no "${name}" entry, which certification requires${near ? ` ("${near}" is written with other casing; the name is "${name}")` : ''}. Add { "propertyName": "${name}", "propertyValue": ${name === 'Categories' ? '"<category>;<category>"' : '"https://..."'} }.`,
        data: { property: name },
      });
    }
  },
};
