// What rules and features may know about the paired apiDefinition.swagger.json.
// (Filled in by the cross-file module; kept tiny so the rule contract does not depend on how swaggers are read, and
// so that holding the contexts of hundreds of swaggers (the command line, the corpus tests) does not hold their whole
// parsed trees: a retained tree makes every garbage collection of the process slower.)
export interface SwaggerOperation {
  operationId: string;
  method: string;
  path: string;
  summary?: string;
  description?: string;
  /** Names of the operation's parameters (path, query, header, body), for `{param}` checks. */
  parameters: string[];
  /** Offset of the operationId value in the swagger text, for go-to-definition. */
  offset?: number;
  length?: number;
}

/**
 * `paired`: a swagger was found and parsed. `missing`: no swagger beside the file. `unreadable`: found but could not
 * be read (permissions, a directory, too large). `invalid`: read but not a JSON object.
 */
export type SwaggerStatus = 'paired' | 'missing' | 'unreadable' | 'invalid';

export interface SwaggerContext {
  uri: string;
  operations: Map<string, SwaggerOperation>;
  securityDefinitions: Record<string, unknown>;
  /** Absent means `paired` (contexts built by hand in tests and tools). */
  status?: SwaggerStatus;
  /** Why the swagger is not available, for the `swagger-unavailable` note and the status item. */
  problem?: string;
  /** How the swagger was found (`apiDefinition.swagger.json`, paconn settings.json, the only *.swagger.json, ...). */
  pairedBy?: PairingKind;
  host?: string;
  basePath?: string;
  /** The swagger text (for ranges in go-to-definition); kept by reference, never copied. */
  text?: string;
}

export type PairingKind = 'sibling' | 'corpus' | 'settings' | 'single';

/** True when the context carries a usable swagger (cross-file checks run only then). */
export function isPaired(swagger: SwaggerContext | undefined): swagger is SwaggerContext {
  return !!swagger && (swagger.status === undefined || swagger.status === 'paired');
}
