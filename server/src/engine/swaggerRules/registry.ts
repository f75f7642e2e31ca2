// Every swagger rule, in the order findings are reported. One line per rule.
import type { SwaggerRule } from './types';
import { rule as additionalPropertyNotAllowedAdjacentToRef } from './rules/additional-property-not-allowed-adjacent-to-ref';
import { rule as allowEmptyValueOnlyValidForQueryFormData } from './rules/allow-empty-value-only-valid-for-query-form-data';
import { rule as apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations } from './rules/api-annotation-extension-replacement-info-for-non-deprecated-operations';
import { rule as apiAnnotationExtensionReplacementInfoMissingApiProperty } from './rules/api-annotation-extension-replacement-info-missing-api-property';
import { rule as apiAnnotationExtensionReplacementInfoMissingOperationIdProperty } from './rules/api-annotation-extension-replacement-info-missing-operation-id-property';
import { rule as arrayDuplicateValue } from './rules/array-duplicate-value';
import { rule as arrayHasNoItems } from './rules/array-has-no-items';
import { rule as basePathNotValid } from './rules/base-path-not-valid';
import { rule as bodyOrFormDataParameterInFetchOperationNotAllowed } from './rules/body-or-form-data-parameter-in-fetch-operation-not-allowed';
import { rule as bodyParameterSchemaRequired } from './rules/body-parameter-schema-required';
import { rule as connectionIdParameterNotAllowed } from './rules/connection-id-parameter-not-allowed';
import { rule as connectorMetadataPropertiesMissing } from './rules/connector-metadata-properties-missing';
import { rule as consumesMissing } from './rules/consumes-missing';
import { rule as contactEmailNotValid } from './rules/contact-email-not-valid';
import { rule as defaultResponseHasSchema } from './rules/default-response-has-schema';
import { rule as defaultValueMustMatchType } from './rules/default-value-must-match-type';
import { rule as duplicateEnumValuesInExtension } from './rules/duplicate-enum-values-in-extension';
import { rule as duplicateOperationPath } from './rules/duplicate-operation-path';
import { rule as enumMustContainAtLeastOneElement } from './rules/enum-must-contain-at-least-one-element';
import { rule as exclusiveMaximumRequiresMaximum } from './rules/exclusive-maximum-requires-maximum';
import { rule as exclusiveMinimumRequiresMinimum } from './rules/exclusive-minimum-requires-minimum';
import { rule as extensionNameMisspelled } from './rules/extension-name-misspelled';
import { rule as fieldLengthExceeded } from './rules/field-length-exceeded';
import { rule as fieldLengthNotInRange } from './rules/field-length-not-in-range';
import { rule as fileParameterMustBeInFormData } from './rules/file-parameter-must-be-in-form-data';
import { rule as hostNameNotValid } from './rules/host-name-not-valid';
import { rule as invalidEnumValue } from './rules/invalid-enum-value';
import { rule as invalidEnumValuesExtensionValue } from './rules/invalid-enum-values-extension-value';
import { rule as invalidFormDataParameterName } from './rules/invalid-form-data-parameter-name';
import { rule as invalidNextLinkNameValue } from './rules/invalid-next-link-name-value';
import { rule as invalidStringBinaryProperty } from './rules/invalid-string-binary-property';
import { rule as jsonValueNotInEnum } from './rules/json-value-not-in-enum';
import { rule as maxItemsMustBeGreaterThanOrEqualToZero } from './rules/max-items-must-be-greater-than-or-equal-to-zero';
import { rule as maxLengthMustBeGreaterThanOrEqualToZero } from './rules/max-length-must-be-greater-than-or-equal-to-zero';
import { rule as maxPropertiesMustBeGreaterThanOrEqualToZero } from './rules/max-properties-must-be-greater-than-or-equal-to-zero';
import { rule as mimeTypeNotCompatibleWithRequestContentSchemaType } from './rules/mime-type-not-compatible-with-request-content-schema-type';
import { rule as mimeTypeNotSupported } from './rules/mime-type-not-supported';
import { rule as mimeTypeNotValid } from './rules/mime-type-not-valid';
import { rule as minItemsMustBeGreaterThanOrEqualToZero } from './rules/min-items-must-be-greater-than-or-equal-to-zero';
import { rule as minItemsShouldBeLessThanOrEqualToMaxItems } from './rules/min-items-should-be-less-than-or-equal-to-max-items';
import { rule as minLengthMustBeGreaterThanOrEqualToZero } from './rules/min-length-must-be-greater-than-or-equal-to-zero';
import { rule as minLengthShouldBeLessThanOrEqualToMaxLength } from './rules/min-length-should-be-less-than-or-equal-to-max-length';
import { rule as minPropertiesMustBeGreaterThanOrEqualToZero } from './rules/min-properties-must-be-greater-than-or-equal-to-zero';
import { rule as minimumShouldBeLessThanOrEqualToMaximum } from './rules/minimum-should-be-less-than-or-equal-to-maximum';
import { rule as missingEnumValuesDisplayName } from './rules/missing-enum-values-display-name';
import { rule as multipleOfMustBeGreaterThanZero } from './rules/multiple-of-must-be-greater-than-zero';
import { rule as nonBodyParameterSchemaNotValid } from './rules/non-body-parameter-schema-not-valid';
import { rule as oauthSecurityRequirementValueMustBeScopeName } from './rules/oauth-security-requirement-value-must-be-scope-name';
import { rule as operationDescriptionMissing } from './rules/operation-description-missing';
import { rule as operationIdNotFound } from './rules/operation-id-not-found';
import { rule as operationIdNotUnique } from './rules/operation-id-not-unique';
import { rule as operationIdRequired } from './rules/operation-id-required';
import { rule as operationMissingPathParameter } from './rules/operation-missing-path-parameter';
import { rule as operationMustHaveResponse } from './rules/operation-must-have-response';
import { rule as operationParameterNameNotFound } from './rules/operation-parameter-name-not-found';
import { rule as operationParametersAreNotUnique } from './rules/operation-parameters-are-not-unique';
import { rule as operationParametersContainDuplicateParameter } from './rules/operation-parameters-contain-duplicate-parameter';
import { rule as operationParametersContainMultipleBodyParameters } from './rules/operation-parameters-contain-multiple-body-parameters';
import { rule as operationPathContainsUnsupportedCharacters } from './rules/operation-path-contains-unsupported-characters';
import { rule as operationPathMayNotContainQueryOrFragment } from './rules/operation-path-may-not-contain-query-or-fragment';
import { rule as operationPathMustStartWithSlash } from './rules/operation-path-must-start-with-slash';
import { rule as operationShouldHaveSuccessfulResponse } from './rules/operation-should-have-successful-response';
import { rule as operationSummaryTooLong } from './rules/operation-summary-too-long';
import { rule as parameterDescriptionMissing } from './rules/parameter-description-missing';
import { rule as parameterListContainsFormDataAndBody } from './rules/parameter-list-contains-form-data-and-body';
import { rule as parameterRefLoopNotAllowed } from './rules/parameter-ref-loop-not-allowed';
import { rule as parameterReferenceNotFound } from './rules/parameter-reference-not-found';
import { rule as parameterReferenceNotValid } from './rules/parameter-reference-not-valid';
import { rule as pathItemRefNotSuppored } from './rules/path-item-ref-not-suppored';
import { rule as pathParameterMissingEncoding } from './rules/path-parameter-missing-encoding';
import { rule as pathParameterMustBeRequired } from './rules/path-parameter-must-be-required';
import { rule as pathParameterNotDefinedInTemplate } from './rules/path-parameter-not-defined-in-template';
import { rule as pathParametersContainDuplicateParameter } from './rules/path-parameters-contain-duplicate-parameter';
import { rule as pathParametersContainMultipleBodyParameters } from './rules/path-parameters-contain-multiple-body-parameters';
import { rule as pathRedefined } from './rules/path-redefined';
import { rule as queryParameterEncodingNotSupported } from './rules/query-parameter-encoding-not-supported';
import { rule as requiredPropertyArrayEmpty } from './rules/required-property-array-empty';
import { rule as requiredPropertyDefinitionMissing } from './rules/required-property-definition-missing';
import { rule as requiredPropertyMissing } from './rules/required-property-missing';
import { rule as requiredPropertyNotOnObject } from './rules/required-property-not-on-object';
import { rule as requiredValueEmpty } from './rules/required-value-empty';
import { rule as responseMustBeDefaultOrHttpStatusCode } from './rules/response-must-be-default-or-http-status-code';
import { rule as responseRefLoopNotAllowed } from './rules/response-ref-loop-not-allowed';
import { rule as responseReferenceNotFound } from './rules/response-reference-not-found';
import { rule as responseReferenceNotValid } from './rules/response-reference-not-valid';
import { rule as restrictedCharactersInSummary } from './rules/restricted-characters-in-summary';
import { rule as schemaDefinitionSetIncorrectly } from './rules/schema-definition-set-incorrectly';
import { rule as schemaRefLoopNotAllowed } from './rules/schema-ref-loop-not-allowed';
import { rule as schemaReferenceNotFound } from './rules/schema-reference-not-found';
import { rule as schemaReferenceNotValid } from './rules/schema-reference-not-valid';
import { rule as schemaTypeFileNotValid } from './rules/schema-type-file-not-valid';
import { rule as schemeNotSupported } from './rules/scheme-not-supported';
import { rule as schemeNotValid } from './rules/scheme-not-valid';
import { rule as schemesArrayEmpty } from './rules/schemes-array-empty';
import { rule as securityRequirementMustBeDefined } from './rules/security-requirement-must-be-defined';
import { rule as securityRequirementMustHaveEmptyValue } from './rules/security-requirement-must-have-empty-value';
import { rule as securityRequirementMustHaveValue } from './rules/security-requirement-must-have-value';
import { rule as specificationVersionIncorrect } from './rules/specification-version-incorrect';
import { rule as stringBinaryNotSupportedForFormUrlEncoded } from './rules/string-binary-not-supported-for-form-url-encoded';
import { rule as tagRedefined } from './rules/tag-redefined';
import { rule as unrecognizedTypeFormat } from './rules/unrecognized-type-format';
import { rule as urlNotValid } from './rules/url-not-valid';
import { rule as valueContainsRestrictedWords } from './rules/value-contains-restricted-words';
import { rule as valueMustEndWithAlphanumeric } from './rules/value-must-end-with-alphanumeric';

export const SWAGGER_RULES: readonly SwaggerRule[] = [
  additionalPropertyNotAllowedAdjacentToRef,
  allowEmptyValueOnlyValidForQueryFormData,
  apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations,
  apiAnnotationExtensionReplacementInfoMissingApiProperty,
  apiAnnotationExtensionReplacementInfoMissingOperationIdProperty,
  arrayDuplicateValue,
  arrayHasNoItems,
  basePathNotValid,
  bodyOrFormDataParameterInFetchOperationNotAllowed,
  bodyParameterSchemaRequired,
  connectionIdParameterNotAllowed,
  connectorMetadataPropertiesMissing,
  consumesMissing,
  contactEmailNotValid,
  defaultResponseHasSchema,
  defaultValueMustMatchType,
  duplicateEnumValuesInExtension,
  duplicateOperationPath,
  enumMustContainAtLeastOneElement,
  exclusiveMaximumRequiresMaximum,
  exclusiveMinimumRequiresMinimum,
  extensionNameMisspelled,
  fieldLengthExceeded,
  fieldLengthNotInRange,
  fileParameterMustBeInFormData,
  hostNameNotValid,
  invalidEnumValue,
  invalidEnumValuesExtensionValue,
  invalidFormDataParameterName,
  invalidNextLinkNameValue,
  invalidStringBinaryProperty,
  jsonValueNotInEnum,
  maxItemsMustBeGreaterThanOrEqualToZero,
  maxLengthMustBeGreaterThanOrEqualToZero,
  maxPropertiesMustBeGreaterThanOrEqualToZero,
  mimeTypeNotCompatibleWithRequestContentSchemaType,
  mimeTypeNotSupported,
  mimeTypeNotValid,
  minItemsMustBeGreaterThanOrEqualToZero,
  minItemsShouldBeLessThanOrEqualToMaxItems,
  minLengthMustBeGreaterThanOrEqualToZero,
  minLengthShouldBeLessThanOrEqualToMaxLength,
  minPropertiesMustBeGreaterThanOrEqualToZero,
  minimumShouldBeLessThanOrEqualToMaximum,
  missingEnumValuesDisplayName,
  multipleOfMustBeGreaterThanZero,
  nonBodyParameterSchemaNotValid,
  oauthSecurityRequirementValueMustBeScopeName,
  operationDescriptionMissing,
  operationIdNotFound,
  operationIdNotUnique,
  operationIdRequired,
  operationMissingPathParameter,
  operationMustHaveResponse,
  operationParameterNameNotFound,
  operationParametersAreNotUnique,
  operationParametersContainDuplicateParameter,
  operationParametersContainMultipleBodyParameters,
  operationPathContainsUnsupportedCharacters,
  operationPathMayNotContainQueryOrFragment,
  operationPathMustStartWithSlash,
  operationShouldHaveSuccessfulResponse,
  operationSummaryTooLong,
  parameterDescriptionMissing,
  parameterListContainsFormDataAndBody,
  parameterRefLoopNotAllowed,
  parameterReferenceNotFound,
  parameterReferenceNotValid,
  pathItemRefNotSuppored,
  pathParameterMissingEncoding,
  pathParameterMustBeRequired,
  pathParameterNotDefinedInTemplate,
  pathParametersContainDuplicateParameter,
  pathParametersContainMultipleBodyParameters,
  pathRedefined,
  queryParameterEncodingNotSupported,
  requiredPropertyArrayEmpty,
  requiredPropertyDefinitionMissing,
  requiredPropertyMissing,
  requiredPropertyNotOnObject,
  requiredValueEmpty,
  responseMustBeDefaultOrHttpStatusCode,
  responseRefLoopNotAllowed,
  responseReferenceNotFound,
  responseReferenceNotValid,
  restrictedCharactersInSummary,
  schemaDefinitionSetIncorrectly,
  schemaRefLoopNotAllowed,
  schemaReferenceNotFound,
  schemaReferenceNotValid,
  schemaTypeFileNotValid,
  schemeNotSupported,
  schemeNotValid,
  schemesArrayEmpty,
  securityRequirementMustBeDefined,
  securityRequirementMustHaveEmptyValue,
  securityRequirementMustHaveValue,
  specificationVersionIncorrect,
  stringBinaryNotSupportedForFormUrlEncoded,
  tagRedefined,
  unrecognizedTypeFormat,
  urlNotValid,
  valueContainsRestrictedWords,
  valueMustEndWithAlphanumeric,
];
