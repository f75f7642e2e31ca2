// x-ms-dynamic-values can only pass whole parameters of the operation; a property inside one (a body property, a
// path) is reached with x-ms-dynamic-list's `parameterReference`.
import type { SwaggerRule } from '../types';
import { legacyReferenceIssues } from '../dynamic';
import { shortValue } from '../helpers';

export const rule: SwaggerRule = {
  id: 'dynamic-list-extension-required-for-non-parameter-references',
  validatorName: 'DynamicListExtensionRequiredForNonParameterReferences',
  severity: 'error',
  category: 'swagger-validator',
  description: 'An `x-ms-dynamic-values` reference (`"parameter": ...`) names a property inside a parameter (such as a body property), and no `x-ms-dynamic-list` gives its path.',
  check(model, ctx) {
    for (const { argument, issue } of legacyReferenceIssues(model, 'x-ms-dynamic-values')) {
      if (issue !== 'nonParameter' || argument.referenceNode === undefined || argument.reference === undefined) continue;
      ctx.report({
        node: argument.referenceNode,
        message: `x-ms-dynamic-values refers to ${shortValue(argument.reference)}, a property inside a parameter of this operation, not a parameter. Add an "x-ms-dynamic-list" beside it that passes it with "parameterReference" (e.g. "body/${argument.reference.split(/[/.]/).pop()}").`,
      });
    }
  },
};
