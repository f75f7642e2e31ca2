// A path variable is just a name: "{id=1}" is not a default value the platform understands, and the variable no
// longer matches the parameter "id". A default belongs on the parameter ("default").
import { offsetInString, templateVariables } from '../model';
import type { SwaggerRule } from '../types';
import { replaceFix, shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'operation-path-variables-contain-defaults',
  validatorName: 'OperationPathVariablesContainDefaults',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A variable of a `paths` key sets a default with `=` (`{name=value}`).',
  fixable: true,
  check(model, ctx) {
    for (const item of model.pathItems) {
      const withDefaults = templateVariables(item.path).filter(v => v.name.includes('='));
      if (!withDefaults.length) continue;
      const raw = model.text.slice(item.key.offset, item.key.offset + item.key.length);
      const cleaned = item.path.replace(/\{([^{}=]*)=[^{}]*\}/g, '{$1}');
      // Rewriting the key is offered only when its text has no escapes (what is shown is what is written).
      const fixes = raw.includes('\\') ? undefined : [replaceFix(model.text, item.key, JSON.stringify(cleaned), 'Remove the default values from the path')];
      for (const v of withDefaults) {
        const eq = v.name.indexOf('=');
        const offset = offsetInString(model.text, item.key, v.index + eq);
        ctx.report({
          ...(offset !== undefined ? { offset, length: v.name.length - eq } : { node: item.key }),
          message: `Path variable ${shortValue('{' + v.name + '}')} of ${shortValue(item.path)} sets a default with "=", which path templates do not support. Keep only the name ("{${v.name.slice(0, eq)}}") and put the default on the parameter ("default").`,
          fixes,
        });
      }
    }
  },
};
