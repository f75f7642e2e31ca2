// Editor support for the swagger (apiDefinition.swagger.json), beside the editor's JSON support: completion and hover
// for the `x-ms-*` extensions, quick fixes and fix-all from the swagger rules. Diagnostics come from
// swaggerRules/validate.ts; JSON syntax errors and formatting stay with the editor's JSON support.
export { swaggerCompletion } from './completion';
export { swaggerHover } from './hover';
export { swaggerCodeActions, SWAGGER_FIX_ALL_TITLE } from './codeActions';
export { EXTENSION_FACTS, EXTENSIONS_PAGE } from './catalogue';
export type { ExtensionFact, ExtensionPlace } from './catalogue';
