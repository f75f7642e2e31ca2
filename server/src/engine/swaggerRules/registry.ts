// Every swagger rule, in the order findings are reported. One line per rule.
import type { SwaggerRule } from './types';
import { rule as additionalPropertyNotAllowed } from './rules/additional-property-not-allowed';
import { rule as additionalPropertyNotAllowedAdjacentToRef } from './rules/additional-property-not-allowed-adjacent-to-ref';
import { rule as allowEmptyValueOnlyValidForQueryFormData } from './rules/allow-empty-value-only-valid-for-query-form-data';
import { rule as apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations } from './rules/api-annotation-extension-replacement-info-for-non-deprecated-operations';
import { rule as apiAnnotationExtensionReplacementInfoMissingApiProperty } from './rules/api-annotation-extension-replacement-info-missing-api-property';
import { rule as apiAnnotationExtensionReplacementInfoMissingOperationIdProperty } from './rules/api-annotation-extension-replacement-info-missing-operation-id-property';
import { rule as arrayDuplicateValue } from './rules/array-duplicate-value';
import { rule as arrayHasNoItems } from './rules/array-has-no-items';
import { rule as basePathNotValid } from './rules/base-path-not-valid';
import { rule as bodyOrFormDataParameterInFetchOperationNotAllowed } from './rules/body-or-form-data-parameter-in-fetch-operation-not-allowed';
import { rule as bodyParameterPropertyNotValid } from './rules/body-parameter-property-not-valid';
import { rule as bodyParameterSchemaRequired } from './rules/body-parameter-schema-required';
import { rule as connectionIdParameterNotAllowed } from './rules/connection-id-parameter-not-allowed';
import { rule as connectorMetadataPropertiesMissing } from './rules/connector-metadata-properties-missing';
import { rule as consumesMissing } from './rules/consumes-missing';
import { rule as contactEmailNotValid } from './rules/contact-email-not-valid';
import { rule as defaultResponseHasSchema } from './rules/default-response-has-schema';
import { rule as defaultValueMustMatchType } from './rules/default-value-must-match-type';
import { rule as discriminatorMustBeARequiredStringProperty } from './rules/discriminator-must-be-a-required-string-property';
import { rule as duplicateEnumValuesInExtension } from './rules/duplicate-enum-values-in-extension';
import { rule as duplicateOperationPath } from './rules/duplicate-operation-path';
import { rule as dynamicExtensionDefinitionNotAllowedInParameter } from './rules/dynamic-extension-definition-not-allowed-in-parameter';
import { rule as dynamicListExtensionRequiredForAmbiguousReferences } from './rules/dynamic-list-extension-required-for-ambiguous-references';
import { rule as dynamicListExtensionRequiredForNonParameterReferences } from './rules/dynamic-list-extension-required-for-non-parameter-references';
import { rule as dynamicPropertiesExtensionRequiredForAmbiguousReferences } from './rules/dynamic-properties-extension-required-for-ambiguous-references';
import { rule as dynamicPropertiesExtensionRequiredForNonParameterReferences } from './rules/dynamic-properties-extension-required-for-non-parameter-references';
import { rule as dynamicPropertiesExtensionRequiredForPropertiesValuePath } from './rules/dynamic-properties-extension-required-for-properties-value-path';
import { rule as dynamicPropertiesItemValuePathMismatch } from './rules/dynamic-properties-item-value-path-mismatch';
import { rule as enumMustContainAtLeastOneElement } from './rules/enum-must-contain-at-least-one-element';
import { rule as exclusiveMaximumRequiresMaximum } from './rules/exclusive-maximum-requires-maximum';
import { rule as exclusiveMinimumRequiresMinimum } from './rules/exclusive-minimum-requires-minimum';
import { rule as extensionNameMisspelled } from './rules/extension-name-misspelled';
import { rule as extensionNameNotValid } from './rules/extension-name-not-valid';
import { rule as fieldLengthExceeded } from './rules/field-length-exceeded';
import { rule as fieldLengthNotInRange } from './rules/field-length-not-in-range';
import { rule as fileParameterMustBeInFormData } from './rules/file-parameter-must-be-in-form-data';
import { rule as filterFunctionsPropertyEmpty } from './rules/filter-functions-property-empty';
import { rule as filterFunctionsPropertyHasDuplicates } from './rules/filter-functions-property-has-duplicates';
import { rule as filterFunctionsPropertyInInputSchema } from './rules/filter-functions-property-in-input-schema';
import { rule as hostNameNotValid } from './rules/host-name-not-valid';
import { rule as internalPropertyWithDefaultOptional } from './rules/internal-property-with-default-optional';
import { rule as invalidCustomEditorExtensionDictionaryValue } from './rules/invalid-custom-editor-extension-dictionary-value';
import { rule as invalidEnumValue } from './rules/invalid-enum-value';
import { rule as invalidEnumValuesExtensionValue } from './rules/invalid-enum-values-extension-value';
import { rule as invalidFormDataParameterName } from './rules/invalid-form-data-parameter-name';
import { rule as invalidNextLinkNameValue } from './rules/invalid-next-link-name-value';
import { rule as invalidStringBinaryProperty } from './rules/invalid-string-binary-property';
import { rule as invokedOperationShouldProduceArray } from './rules/invoked-operation-should-produce-array';
import { rule as invokedOperationShouldProduceProperty } from './rules/invoked-operation-should-produce-property';
import { rule as jsonPointerNotValid } from './rules/json-pointer-not-valid';
import { rule as jsonTypeIncorrect } from './rules/json-type-incorrect';
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
import { rule as notificationExtensionNotSupportedInWebhookOperation } from './rules/notification-extension-not-supported-in-webhook-operation';
import { rule as notificationExtensionSupportedForTriggerOnly } from './rules/notification-extension-supported-for-trigger-only';
import { rule as notificationOperationMustBeWebhook } from './rules/notification-operation-must-be-webhook';
import { rule as notificationUrlNotAllowedInThisPosition } from './rules/notification-url-not-allowed-in-this-position';
import { rule as notificationUrlNotInternal } from './rules/notification-url-not-internal';
import { rule as notificationUrlNotRequired } from './rules/notification-url-not-required';
import { rule as notificationUrlNotString } from './rules/notification-url-not-string';
import { rule as oauthSecurityRequirementValueMustBeScopeName } from './rules/oauth-security-requirement-value-must-be-scope-name';
import { rule as operationDescriptionMissing } from './rules/operation-description-missing';
import { rule as operationFamilyHasDuplicateRevisions } from './rules/operation-family-has-duplicate-revisions';
import { rule as operationFamilyHasManyActiveOperations } from './rules/operation-family-has-many-active-operations';
import { rule as operationFamilyHasManyActiveProductionOperations } from './rules/operation-family-has-many-active-production-operations';
import { rule as operationFamilyHasManyEmptyRevisions } from './rules/operation-family-has-many-empty-revisions';
import { rule as operationHasManyResponsesWithSchema } from './rules/operation-has-many-responses-with-schema';
import { rule as operationIdNotFound } from './rules/operation-id-not-found';
import { rule as operationIdNotUnique } from './rules/operation-id-not-unique';
import { rule as operationIdRequired } from './rules/operation-id-required';
import { rule as operationIdShouldEndWithRevision } from './rules/operation-id-should-end-with-revision';
import { rule as operationMissingPathParameter } from './rules/operation-missing-path-parameter';
import { rule as operationMissingRequiredProperty } from './rules/operation-missing-required-property';
import { rule as operationMustHaveNotificationContentExtension } from './rules/operation-must-have-notification-content-extension';
import { rule as operationMustHaveResponse } from './rules/operation-must-have-response';
import { rule as operationParameterNameIsAmbiguous } from './rules/operation-parameter-name-is-ambiguous';
import { rule as operationParameterNameNotFound } from './rules/operation-parameter-name-not-found';
import { rule as operationParameterRequiredMismatch } from './rules/operation-parameter-required-mismatch';
import { rule as operationParametersAreNotUnique } from './rules/operation-parameters-are-not-unique';
import { rule as operationParameterStaticTypeMismatch } from './rules/operation-parameter-static-type-mismatch';
import { rule as operationParameterTypeMismatch } from './rules/operation-parameter-type-mismatch';
import { rule as operationParametersContainDuplicateParameter } from './rules/operation-parameters-contain-duplicate-parameter';
import { rule as operationParametersContainMultipleBodyParameters } from './rules/operation-parameters-contain-multiple-body-parameters';
import { rule as operationPathContainsUnsupportedCharacters } from './rules/operation-path-contains-unsupported-characters';
import { rule as operationPathMayNotContainQueryOrFragment } from './rules/operation-path-may-not-contain-query-or-fragment';
import { rule as operationPathMustStartWithSlash } from './rules/operation-path-must-start-with-slash';
import { rule as operationPathTemplateNotValid } from './rules/operation-path-template-not-valid';
import { rule as operationPathVariablesContainDefaults } from './rules/operation-path-variables-contain-defaults';
import { rule as operationRevisionEmpty } from './rules/operation-revision-empty';
import { rule as operationShouldHaveSuccessfulResponse } from './rules/operation-should-have-successful-response';
import { rule as operationSummaryTooLong } from './rules/operation-summary-too-long';
import { rule as parameterDescriptionMissing } from './rules/parameter-description-missing';
import { rule as parameterListContainsFormDataAndBody } from './rules/parameter-list-contains-form-data-and-body';
import { rule as parameterRefLoopNotAllowed } from './rules/parameter-ref-loop-not-allowed';
import { rule as parameterReferenceNotFound } from './rules/parameter-reference-not-found';
import { rule as parameterReferenceNotValid } from './rules/parameter-reference-not-valid';
import { rule as partialDuplicateOperationPath } from './rules/partial-duplicate-operation-path';
import { rule as pathItemRefNotSuppored } from './rules/path-item-ref-not-suppored';
import { rule as pathParameterMissingEncoding } from './rules/path-parameter-missing-encoding';
import { rule as pathParameterMustBeRequired } from './rules/path-parameter-must-be-required';
import { rule as pathParameterNotDefinedInTemplate } from './rules/path-parameter-not-defined-in-template';
import { rule as pathParametersContainDuplicateParameter } from './rules/path-parameters-contain-duplicate-parameter';
import { rule as pathParametersContainMultipleBodyParameters } from './rules/path-parameters-contain-multiple-body-parameters';
import { rule as pathRedefined } from './rules/path-redefined';
import { rule as propertyMustBeRequired } from './rules/property-must-be-required';
import { rule as queryParameterEncodingNotSupported } from './rules/query-parameter-encoding-not-supported';
import { rule as requiredLoopInSchemaNotAllowed } from './rules/required-loop-in-schema-not-allowed';
import { rule as requiredPropertyArrayEmpty } from './rules/required-property-array-empty';
import { rule as requiredPropertyDefinitionMissing } from './rules/required-property-definition-missing';
import { rule as requiredPropertyMissing } from './rules/required-property-missing';
import { rule as requiredPropertyNotOnObject } from './rules/required-property-not-on-object';
import { rule as requiredReadOnlyPropertyNotAllowedAsInput } from './rules/required-read-only-property-not-allowed-as-input';
import { rule as requiredValueEmpty } from './rules/required-value-empty';
import { rule as responseExampleMustBeProducedByOperation } from './rules/response-example-must-be-produced-by-operation';
import { rule as responseHeadersAreNotUnique } from './rules/response-headers-are-not-unique';
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
import { rule as securitySchemePropertyNotValid } from './rules/security-scheme-property-not-valid';
import { rule as securitySchemePropertyRequired } from './rules/security-scheme-property-required';
import { rule as selectedItemValuePathNotAllowedInThisPosition } from './rules/selected-item-value-path-not-allowed-in-this-position';
import { rule as sourcePropertyInternal } from './rules/source-property-internal';
import { rule as specificationVersionIncorrect } from './rules/specification-version-incorrect';
import { rule as stringBinaryNotSupportedForFormUrlEncoded } from './rules/string-binary-not-supported-for-form-url-encoded';
import { rule as tagRedefined } from './rules/tag-redefined';
import { rule as unrecognizedTypeFormat } from './rules/unrecognized-type-format';
import { rule as urlNotValid } from './rules/url-not-valid';
import { rule as valueContainsRestrictedWords } from './rules/value-contains-restricted-words';
import { rule as valueMustEndWithAlphanumeric } from './rules/value-must-end-with-alphanumeric';
import { rule as webhookOperationsMissingNotificationUrlProperty } from './rules/webhook-operations-missing-notification-url-property';

export const SWAGGER_RULES: readonly SwaggerRule[] = [
  additionalPropertyNotAllowed,
  additionalPropertyNotAllowedAdjacentToRef,
  allowEmptyValueOnlyValidForQueryFormData,
  apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations,
  apiAnnotationExtensionReplacementInfoMissingApiProperty,
  apiAnnotationExtensionReplacementInfoMissingOperationIdProperty,
  arrayDuplicateValue,
  arrayHasNoItems,
  basePathNotValid,
  bodyOrFormDataParameterInFetchOperationNotAllowed,
  bodyParameterPropertyNotValid,
  bodyParameterSchemaRequired,
  connectionIdParameterNotAllowed,
  connectorMetadataPropertiesMissing,
  consumesMissing,
  contactEmailNotValid,
  defaultResponseHasSchema,
  defaultValueMustMatchType,
  discriminatorMustBeARequiredStringProperty,
  duplicateEnumValuesInExtension,
  duplicateOperationPath,
  dynamicExtensionDefinitionNotAllowedInParameter,
  dynamicListExtensionRequiredForAmbiguousReferences,
  dynamicListExtensionRequiredForNonParameterReferences,
  dynamicPropertiesExtensionRequiredForAmbiguousReferences,
  dynamicPropertiesExtensionRequiredForNonParameterReferences,
  dynamicPropertiesExtensionRequiredForPropertiesValuePath,
  dynamicPropertiesItemValuePathMismatch,
  enumMustContainAtLeastOneElement,
  exclusiveMaximumRequiresMaximum,
  exclusiveMinimumRequiresMinimum,
  extensionNameMisspelled,
  extensionNameNotValid,
  fieldLengthExceeded,
  fieldLengthNotInRange,
  fileParameterMustBeInFormData,
  filterFunctionsPropertyEmpty,
  filterFunctionsPropertyHasDuplicates,
  filterFunctionsPropertyInInputSchema,
  hostNameNotValid,
  internalPropertyWithDefaultOptional,
  invalidCustomEditorExtensionDictionaryValue,
  invalidEnumValue,
  invalidEnumValuesExtensionValue,
  invalidFormDataParameterName,
  invalidNextLinkNameValue,
  invalidStringBinaryProperty,
  invokedOperationShouldProduceArray,
  invokedOperationShouldProduceProperty,
  jsonPointerNotValid,
  jsonTypeIncorrect,
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
  notificationExtensionNotSupportedInWebhookOperation,
  notificationExtensionSupportedForTriggerOnly,
  notificationOperationMustBeWebhook,
  notificationUrlNotAllowedInThisPosition,
  notificationUrlNotInternal,
  notificationUrlNotRequired,
  notificationUrlNotString,
  oauthSecurityRequirementValueMustBeScopeName,
  operationDescriptionMissing,
  operationFamilyHasDuplicateRevisions,
  operationFamilyHasManyActiveOperations,
  operationFamilyHasManyActiveProductionOperations,
  operationFamilyHasManyEmptyRevisions,
  operationHasManyResponsesWithSchema,
  operationIdNotFound,
  operationIdNotUnique,
  operationIdRequired,
  operationIdShouldEndWithRevision,
  operationMissingPathParameter,
  operationMissingRequiredProperty,
  operationMustHaveNotificationContentExtension,
  operationMustHaveResponse,
  operationParameterNameIsAmbiguous,
  operationParameterNameNotFound,
  operationParameterRequiredMismatch,
  operationParametersAreNotUnique,
  operationParameterStaticTypeMismatch,
  operationParameterTypeMismatch,
  operationParametersContainDuplicateParameter,
  operationParametersContainMultipleBodyParameters,
  operationPathContainsUnsupportedCharacters,
  operationPathMayNotContainQueryOrFragment,
  operationPathMustStartWithSlash,
  operationPathTemplateNotValid,
  operationPathVariablesContainDefaults,
  operationRevisionEmpty,
  operationShouldHaveSuccessfulResponse,
  operationSummaryTooLong,
  parameterDescriptionMissing,
  parameterListContainsFormDataAndBody,
  parameterRefLoopNotAllowed,
  parameterReferenceNotFound,
  parameterReferenceNotValid,
  partialDuplicateOperationPath,
  pathItemRefNotSuppored,
  pathParameterMissingEncoding,
  pathParameterMustBeRequired,
  pathParameterNotDefinedInTemplate,
  pathParametersContainDuplicateParameter,
  pathParametersContainMultipleBodyParameters,
  pathRedefined,
  propertyMustBeRequired,
  queryParameterEncodingNotSupported,
  requiredLoopInSchemaNotAllowed,
  requiredPropertyArrayEmpty,
  requiredPropertyDefinitionMissing,
  requiredPropertyMissing,
  requiredPropertyNotOnObject,
  requiredReadOnlyPropertyNotAllowedAsInput,
  requiredValueEmpty,
  responseExampleMustBeProducedByOperation,
  responseHeadersAreNotUnique,
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
  securitySchemePropertyNotValid,
  securitySchemePropertyRequired,
  selectedItemValuePathNotAllowedInThisPosition,
  sourcePropertyInternal,
  specificationVersionIncorrect,
  stringBinaryNotSupportedForFormUrlEncoded,
  tagRedefined,
  unrecognizedTypeFormat,
  urlNotValid,
  valueContainsRestrictedWords,
  valueMustEndWithAlphanumeric,
  webhookOperationsMissingNotificationUrlProperty,
];
