// x-ms-dynamic-values passes source values by name only: a name that matches several parameters (or a parameter and
// a body property) of the operation cannot be resolved; x-ms-dynamic-list's paths must say which one is meant.
import type { SwaggerRule } from '../types';
import { legacyReferenceIssues } from '../dynamic';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'dynamic-list-extension-required-for-ambiguous-references',
  validatorName: 'DynamicListExtensionRequiredForAmbiguousReferences',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-values` reference (`"parameter": ...`) matches several parameters or body properties of its operation, and no `x-ms-dynamic-list` says which one is meant.',
  check(model, ctx) {
    for (const { argument, issue } of legacyReferenceIssues(model, 'x-ms-dynamic-values')) {
      if (issue !== 'ambiguous' || argument.referenceNode === undefined || argument.reference === undefined) continue;
      ctx.report({
        node: argument.referenceNode,
        message: `x-ms-dynamic-values refers to ${shortValue(argument.reference)}, which matches more than one parameter or body property of this operation. Add an "x-ms-dynamic-list" beside it whose "parameterReference" paths name the value exactly.`,
      });
    }
  },
};
