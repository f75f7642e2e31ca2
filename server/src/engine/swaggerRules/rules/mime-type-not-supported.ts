// The request content types the platform builds are the four Learn names; a `consumes` entry outside them is not one
// the connector will send (the request goes out as one of the four, or the action cannot be used).
import type { SwaggerRule } from '../types';
import { LISTED_MIME_TYPES, essence, isMediaType, mimeLists } from '../mediaTypes';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'mime-type-not-supported',
  validatorName: 'MimeTypeNotSupported',
  severity: 'information',
  category: 'swagger-validator',
  description: 'A `consumes` value is not one of the MIME types the platform supports for requests (application/json, text/plain, multipart/form-data, application/x-www-form-urlencoded).',
  check(model, ctx) {
    for (const { list, name } of mimeLists(model)) {
      if (name !== 'consumes') continue;
      for (const item of list.children ?? []) {
        // Not a media type at all is mime-type-not-valid's.
        if (item.type !== 'string' || !isMediaType(item.value as string) || LISTED_MIME_TYPES.includes(essence(item.value as string))) continue;
        ctx.report({
          node: item,
          message: `${shortValue(item.value as string)} is not a supported request MIME type; the supported ones are ${LISTED_MIME_TYPES.map(t => `"${t}"`).join(', ')}. Keep one of them in "consumes".`,
        });
      }
    }
  },
};
