// What the breaking-change comparison reports. The ids and the ValuePath spelling follow the change validator of the
// microsoft/PowerPlatformConnectors pull-request pipeline, so an author who pastes its output finds the same names.

export const BREAKING_RULES = {
  'breaking-operation-deleted': { validator: 'OperationDeleted', description: 'An operation of the published swagger is gone (its operationId no longer exists).' },
  'breaking-output-type-changed': { validator: 'OutputFieldTypeChanged', description: 'The type of a response field changed.' },
  'breaking-output-format-changed': { validator: 'OutputFieldTypeFormatChanged', description: 'The format of a response field changed or was removed.' },
  'breaking-output-field-deleted': { validator: 'OutputFieldDeleted', description: 'A response field is gone (names are compared case-sensitively).' },
  'breaking-required-input-added': { validator: 'RequiredInputFieldAdded', description: 'A body field is new and required, or became required.' },
  'breaking-required-parameter-added': { validator: 'RequiredParameterAdded', description: 'A parameter is new and required, or became required.' },
  'breaking-path-changed': { validator: 'PathTemplateChanged', description: 'The path template of an operation changed.' },
  'breaking-parameter-location-changed': { validator: 'ParameterLocationChanged', description: 'A parameter moved to another location (`in`).' },
  'breaking-enum-added': { validator: 'InputEnumAdded', description: 'An input field that took any value now has a list of enum values.' },
  'breaking-connection-parameters-changed': { validator: 'ConnectionParametersChanged', description: 'A connection parameter was removed or changed its type, or the identity provider changed: existing connections break.' },
} as const;

export type BreakingRuleId = keyof typeof BREAKING_RULES;

/** The information note on a file that the base version does not have (a new connector). */
export const BASE_MISSING_CODE = 'breaking-base-missing';

/** A JSON path in the NEW document: object keys and array indices. */
export type DocPath = (string | number)[];

export interface BreakingFinding {
  ruleId: BreakingRuleId;
  /** The operation concerned (swagger findings); absent for apiProperties findings. */
  operationId?: string;
  /** The change validator's ValuePath, e.g. `operation/ListOrders/responses/200/schema/value/items/createdAt/type`. */
  valuePath: string;
  message: string;
  /** Where the finding points in the new document: the node at this path, its key when `key` is set. */
  at: DocPath;
  key?: boolean;
}

/** Result of one comparison; `problem` says why nothing could be compared (a side is not valid JSON). */
export interface BreakingResult {
  findings: BreakingFinding[];
  problem?: string;
}

/** What a base reader found for one file: the text to compare with, or why there is none. */
export interface BaseText {
  /** The file's content in the base; absent when nothing is compared (`note` says why). */
  text?: string;
  /** The base, for display: `HEAD`, `origin/dev (merge base 1a2b3c4)`, a ref from the setting. */
  ref?: string;
  /** Why nothing is compared (no git, not a repository, a new connector, ...); never an error. */
  note?: string;
  /** Identity of this answer (commit and path, or the reason): equal keys give equal comparisons. */
  key: string;
}

/**
 * Reads the published version of a file for the editor's live comparison. `setting` is `breakingChanges.base`: empty
 * for automatic (the branch a pull request would target), or a git ref (`off` never reaches a reader). The git
 * implementation lives in server/src/node; the browser has none, and then nothing is compared.
 */
export interface BaseReader {
  read(fileUri: string, setting: string): Promise<BaseText>;
  /** Something that can move a base changed (a commit, a checkout, a fetch): the next read resolves again. */
  invalidate(): void;
  /** Glob patterns of the files whose change moves a base, for file watchers. */
  readonly watchGlobs: readonly string[];
}
