// Every swagger rule, in the order findings are reported. One line per rule.
import type { SwaggerRule } from './types';
import { rule as basePathNotValid } from './rules/base-path-not-valid';
import { rule as bodyOrFormDataParameterInFetchOperationNotAllowed } from './rules/body-or-form-data-parameter-in-fetch-operation-not-allowed';
import { rule as connectionIdParameterNotAllowed } from './rules/connection-id-parameter-not-allowed';
import { rule as defaultResponseHasSchema } from './rules/default-response-has-schema';
import { rule as extensionNameMisspelled } from './rules/extension-name-misspelled';
import { rule as hostNameNotValid } from './rules/host-name-not-valid';
import { rule as jsonValueNotInEnum } from './rules/json-value-not-in-enum';
import { rule as operationIdNotFound } from './rules/operation-id-not-found';
import { rule as operationIdNotUnique } from './rules/operation-id-not-unique';
import { rule as operationIdRequired } from './rules/operation-id-required';
import { rule as operationMissingPathParameter } from './rules/operation-missing-path-parameter';
import { rule as operationMustHaveResponse } from './rules/operation-must-have-response';
import { rule as operationParameterNameNotFound } from './rules/operation-parameter-name-not-found';
import { rule as operationParametersContainDuplicateParameter } from './rules/operation-parameters-contain-duplicate-parameter';
import { rule as operationParametersContainMultipleBodyParameters } from './rules/operation-parameters-contain-multiple-body-parameters';
import { rule as operationPathContainsUnsupportedCharacters } from './rules/operation-path-contains-unsupported-characters';
import { rule as operationPathMayNotContainQueryOrFragment } from './rules/operation-path-may-not-contain-query-or-fragment';
import { rule as operationPathMustStartWithSlash } from './rules/operation-path-must-start-with-slash';
import { rule as operationSummaryTooLong } from './rules/operation-summary-too-long';
import { rule as parameterReferenceNotFound } from './rules/parameter-reference-not-found';
import { rule as pathItemRefNotSuppored } from './rules/path-item-ref-not-suppored';
import { rule as pathParameterMissingEncoding } from './rules/path-parameter-missing-encoding';
import { rule as pathParameterMustBeRequired } from './rules/path-parameter-must-be-required';
import { rule as pathParameterNotDefinedInTemplate } from './rules/path-parameter-not-defined-in-template';
import { rule as pathRedefined } from './rules/path-redefined';
import { rule as queryParameterEncodingNotSupported } from './rules/query-parameter-encoding-not-supported';
import { rule as responseReferenceNotFound } from './rules/response-reference-not-found';
import { rule as schemaReferenceNotFound } from './rules/schema-reference-not-found';
import { rule as securityRequirementMustBeDefined } from './rules/security-requirement-must-be-defined';
import { rule as specificationVersionIncorrect } from './rules/specification-version-incorrect';

export const SWAGGER_RULES: readonly SwaggerRule[] = [
  basePathNotValid,
  bodyOrFormDataParameterInFetchOperationNotAllowed,
  connectionIdParameterNotAllowed,
  defaultResponseHasSchema,
  extensionNameMisspelled,
  hostNameNotValid,
  jsonValueNotInEnum,
  operationIdNotFound,
  operationIdNotUnique,
  operationIdRequired,
  operationMissingPathParameter,
  operationMustHaveResponse,
  operationParameterNameNotFound,
  operationParametersContainDuplicateParameter,
  operationParametersContainMultipleBodyParameters,
  operationPathContainsUnsupportedCharacters,
  operationPathMayNotContainQueryOrFragment,
  operationPathMustStartWithSlash,
  operationSummaryTooLong,
  parameterReferenceNotFound,
  pathItemRefNotSuppored,
  pathParameterMissingEncoding,
  pathParameterMustBeRequired,
  pathParameterNotDefinedInTemplate,
  pathRedefined,
  queryParameterEncodingNotSupported,
  responseReferenceNotFound,
  schemaReferenceNotFound,
  securityRequirementMustBeDefined,
  specificationVersionIncorrect,
];
