// paconn reads `values[i].parameters.token` unconditionally, so a set without `parameters` crashes the upload.
import type { Rule } from './types';
import { setLabel } from './util';

export const rule: Rule = {
  id: 'set-parameters-missing',
  severity: 'error',
  category: 'multi-auth',
  description: 'A parameter set has no `parameters` object.',
  check(model, ctx) {
    for (const set of model.parameterSets?.sets ?? []) {
      if (!set.object || set.parametersProperty) continue;
      ctx.report({
        offset: set.object.offset, length: 1,
        message: `Parameter set ${setLabel(set.index, set.name)} has no "parameters": paconn fails on upload and the option would ask for nothing. Add "parameters": {} with the set's connection parameters (use {} only for an option without authentication).`,
      });
    }
  },
};
