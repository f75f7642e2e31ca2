// Every request handler runs through these guards: an exception in one feature is logged and answered with an
// empty result (or the LSP error for a cancelled request), so it can never take the server down.
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

export function formatError(message: string, err: unknown): string {
  if (err instanceof Error) return `${message}: ${err.message}\n${err.stack ?? ''}`;
  return `${message}: ${String(err)}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyResponseError = ResponseError<any>;

/** After pending I/O: setImmediate in node; a web worker has none, there the next macrotask. */
const nextTurn: (callback: () => void) => void = typeof setImmediate === 'function' ? callback => { setImmediate(callback); } : callback => { setTimeout(callback, 0); };

export function runSafeAsync<T>(
  logger: Logger, func: () => Thenable<T> | T, errorVal: T, errorMessage: string, token: CancellationToken | undefined,
): Thenable<T | AnyResponseError> {
  return new Promise<T | AnyResponseError>(resolve => {
    nextTurn(async () => {
      if (token?.isCancellationRequested) {
        resolve(cancelled());
        return;
      }
      try {
        const result = await func();
        resolve(token?.isCancellationRequested ? cancelled() : result);
      } catch (e) {
        // A refusal meant for the user (a rename withheld, with its reason) is the answer, not a failure to log.
        if (e instanceof ResponseError) { resolve(e); return; }
        logger.error(formatError(errorMessage, e));
        resolve(errorVal);
      }
    });
  });
}

export function runSafe<T>(logger: Logger, func: () => T, errorVal: T, errorMessage: string): T {
  try {
    return func();
  } catch (e) {
    logger.error(formatError(errorMessage, e));
    return errorVal;
  }
}

function cancelled(): AnyResponseError {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
