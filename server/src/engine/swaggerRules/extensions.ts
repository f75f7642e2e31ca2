// Facts about the x-ms-* extensions, computed once: the names the platform reads, and the values of the enumerated
// ones. Sources: Learn "Create a custom connector with an OpenAPI extension" (summary, x-ms-summary, x-ms-visibility,
// x-ms-api-annotation, x-ms-operation-context, x-ms-capabilities, x-ms-trigger, x-ms-trigger-hint,
// x-ms-notification-content, x-ms-notification-url, x-ms-url-encoding, x-ms-dynamic-*), the Fix Swagger Validator
// errors page (x-ms-enum-values, x-ms-editor, x-ms-dynamic-tree, x-ms-pageable's nextLinkName), and names found in
// several merged connectors of microsoft/PowerPlatformConnectors (see docs/swagger-validator.md).
export const KNOWN_EXTENSIONS: readonly string[] = [
  'x-ms-summary', 'x-ms-visibility', 'x-ms-url-encoding', 'x-ms-trigger', 'x-ms-trigger-hint', 'x-ms-trigger-metadata',
  'x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'x-ms-dynamic-tree',
  'x-ms-notification-content', 'x-ms-notification-url', 'x-ms-notification', 'x-ms-api-annotation', 'x-ms-operation-context',
  'x-ms-capabilities', 'x-ms-connector-metadata', 'x-ms-enum-values', 'x-ms-enum', 'x-ms-editor', 'x-ms-editor-options',
  'x-ms-pageable', 'x-ms-test-value', 'x-ms-no-generic-test', 'x-ms-require-user-confirmation', 'x-ms-openai-data',
  'x-ms-openai-manifest', 'x-ms-openai-published-to-copilots', 'x-ms-apihub-cached-response', 'x-ms-apihub-obo',
  'x-ms-navigationProperty', 'x-ms-deployment-version', 'x-ms-keywords', 'x-ms-docs-operation-type',
  'x-ms-parameter-location', 'x-ms-parameterized-host', 'x-ms-identifiers', 'x-ms-examples', 'x-ms-client-name',
  'x-ms-media-kind', 'x-ms-property-name-alias', 'x-ms-safe-operation', 'x-ms-tooltip', 'x-ms-cookie-header',
  'x-ms-primary-error-message', 'x-ms-lcsstamp', 'x-ms-request-id',
];

export const KNOWN_EXTENSION_SET: ReadonlySet<string> = new Set(KNOWN_EXTENSIONS);

/** Allowed values of the enumerated extensions (Learn, OpenAPI extensions page). */
export const EXTENSION_VALUES: Readonly<Record<string, readonly string[]>> = {
  'x-ms-visibility': ['important', 'advanced', 'internal'],
  'x-ms-url-encoding': ['single', 'double'],
  'x-ms-trigger': ['batch', 'single'],
};
