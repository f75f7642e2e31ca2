// Swagger navigation and the operationId rename, for the language server's document kinds (swagger, apiProperties,
// script.csx): pure functions of the connector's files given as uri + text, returning LSP-shaped results.
export type { ConnectorFiles, NavigationFileKind, SourceFile } from './files';
export type { Occurrence, OccurrenceRole } from './operationIds';
export { occurrencesIn, operationIdAt, operationIdOccurrences } from './operationIds';
export type { RenameResult } from './rename';
export { isOperationIdName, prepareOperationIdRename, renameOperationId, renameOperationIdAt } from './rename';
export { operationReferences, swaggerDefinition, swaggerReferences } from './swaggerTargets';
export { swaggerOutline } from './outline';
export type { ConnectorFileUris } from './folder';
export { locateConnectorFiles } from './folder';
