// What rules and features may know about the paired apiDefinition.swagger.json.
// (Filled in by the cross-file module; kept tiny so the rule contract does not depend on how swaggers are read.)
export interface SwaggerOperation {
  operationId: string;
  method: string;
  path: string;
  summary?: string;
  /** Names of the operation's parameters (path, query, header, body), for `{param}` checks. */
  parameters: string[];
  /** Offset of the operationId value in the swagger text, for go-to-definition. */
  offset?: number;
  length?: number;
}

export interface SwaggerContext {
  uri: string;
  operations: Map<string, SwaggerOperation>;
  securityDefinitions: Record<string, unknown>;
  /** The parsed document, for checks that need more than the above. */
  document: unknown;
}
