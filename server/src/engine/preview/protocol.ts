// The custom request through which the client's preview panel asks the language server for the dialog view model.
// Plain names and shapes only (no LSP library), so the client can import it without pulling in server code.
import type { DialogViewModel } from './dialogModel';

export const DIALOG_MODEL_REQUEST = 'ppConnector/dialogModel';

export interface DialogModelParams {
  uri: string;
}

/** `null` when the server does not hold the document (closed, or not an apiProperties.json). */
export type DialogModelResult = { uri: string; version: number; view: DialogViewModel } | null;
