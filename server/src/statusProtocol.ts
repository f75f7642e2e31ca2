// The `ppConnector/status` notification: what the server tells the client about each apiProperties document, for
// the language status item. Plain names and shapes only (no LSP library), so the client imports the same
// definition without pulling in server code.
import type { SwaggerStatus } from './engine/swagger/types';

export const STATUS_NOTIFICATION = 'ppConnector/status';

export interface ConnectorStatus {
  uri: string;
  swagger: SwaggerStatus;
  swaggerUri?: string;
  /** The swagger's file name ("apiDefinition.swagger.json"), for display. */
  swaggerName?: string;
  problem?: string;
  /** Names of the connection parameter sets (multi-auth), when any. */
  sets?: string[];
  /** The authentication in a few words: "Multi-auth: 3 sets", "API key", "No authentication", ... */
  authentication?: string;
  profile?: string;
}
