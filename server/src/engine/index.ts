// Public surface of the engine, for the server, the CLI and tests.
export * from './service';
export * from './settings';
export * from './model';
export * from './ast';
export { SOURCE, DEFAULT_DOCS_BASE, validateAnalysis } from './validation';
export type { Analysis } from './document';
export { RULES, BUILTIN_CODES, allCodes } from './rules/registry';
export type { Rule, RuleMeta, Finding, RuleContext } from './rules/types';
export type { SwaggerContext, SwaggerOperation } from './swagger/types';
