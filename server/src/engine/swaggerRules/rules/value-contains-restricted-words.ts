// Certification: the connector title can't contain "API", "Connector" or a Power Platform product name, and the
// description can't contain a product name. The validator's own word list is not published; these are the words the
// guidelines name.
import type { Node } from 'jsonc-parser';
import { offsetInString, str, val } from '../model';
import type { SwaggerRule } from '../types';
import { CERTIFICATION, PRODUCT_NAMES, restrictedWords, TITLE_RESTRICTED_WORDS } from '../certification';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'value-contains-restricted-words',
  validatorName: 'ValueContainsRestrictedWords',
  severity: 'warning',
  category: 'swagger-validator',
  description: '`info.title` contains "API", "Connector" or a Power Platform product name, or `info.description` a product name (certification).',
  profiles: CERTIFICATION,
  check(model, ctx) {
    const info = val(model.root, 'info');
    const check = (node: Node | undefined, field: string, words: readonly string[], advice: string) => {
      const value = str(node);
      if (!node || value === undefined) return;
      for (const w of restrictedWords(value, words)) {
        const offset = offsetInString(model.text, node, w.index);
        ctx.report({
          ...(offset !== undefined ? { offset, length: w.length } : { node }),
          message: `The connector ${field} contains ${shortValue(value.slice(w.index, w.index + w.length))}, a word certification does not allow there. ${advice}`,
          data: { field, word: w.word },
        });
      }
    };
    check(val(info, 'title'), 'title', [...TITLE_RESTRICTED_WORDS, ...PRODUCT_NAMES], 'Use the name of the product or organisation alone (for example "Contoso", not "Contoso API Connector").');
    check(val(info, 'description'), 'description', PRODUCT_NAMES, 'Describe the service itself, without naming Power Platform products.');
  },
};
