// Public surface of the engine, for the server, the CLI and tests.
export * from './service';
export * from './settings';
export * from './model';
export * from './ast';
export { SOURCE, DEFAULT_DOCS_BASE, validateAnalysis } from './validation';
export type { Analysis } from './document';
export { RULES, BUILTIN_CODES, allCodes } from './rules/registry';
export type { Rule, RuleMeta, Finding, RuleContext, FixData, JsonPath } from './rules/types';
export type { SwaggerContext, SwaggerOperation } from './swagger/types';
export type { SwaggerStatus, PairingKind } from './swagger/types';
export { isPaired } from './swagger/types';
export type { FileSystem, FileStat, FileKind } from './swagger/fileSystem';
export { MemoryFileSystem } from './swagger/fileSystem';
export { SwaggerStore, OverlayFileSystem } from './swagger/store';
export { findSwagger } from './swagger/pairing';
export { parseSwagger, operationLocation } from './swagger/swaggerModel';
