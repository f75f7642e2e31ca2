// A `consumes` / `produces` entry that is not a media type at all (`json`, `application json`, a number) names no
// content type the platform can send or read.
import type { SwaggerRule } from '../types';
import { isMediaType, mimeLists } from '../mediaTypes';
import { replaceFix, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'mime-type-not-valid',
  validatorName: 'MimeTypeNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `consumes` or `produces` value is not a media type (`type/subtype`, optionally with `; name=value` parameters).',
  fixable: true,
  check(model, ctx) {
    for (const { list, name } of mimeLists(model)) {
      for (const item of list.children ?? []) {
        if (item.type === 'string' && isMediaType(item.value as string)) continue;
        const text = item.type === 'string' ? item.value as string : undefined;
        // Only surrounding spaces are fixed blindly: any other repair would be a guess at the meant type.
        const trimmed = text?.trim();
        const fix = trimmed !== undefined && trimmed !== text && isMediaType(trimmed)
          ? [replaceFix(ctx.text, item, JSON.stringify(trimmed), `Change to "${trimmed}"`, true)] : undefined;
        ctx.report({
          node: item,
          message: `${text !== undefined ? shortValue(text) : `A ${item.type}`} in "${name}" is not a MIME type: write it as type/subtype, for example "application/json".`,
          fixes: fix,
        });
      }
    }
  },
};
