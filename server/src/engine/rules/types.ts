// The rule contract. A rule is one small module: metadata + a `check` that reads the shared model and reports
// findings. Adding a rule touches nothing but its own file and one line in registry.ts.
import type { ASTNode } from '../ast';
import type { ConnectorModel } from '../model';
import type { Profile, Severity } from '../settings';
import type { SwaggerContext } from '../swagger/types';

export type RuleCategory =
  | 'json' | 'multi-auth' | 'values' | 'casing' | 'oauth' | 'policies' | 'branding' | 'swagger';

export interface RuleMeta {
  /** Stable, self-explaining kebab-case id; used as the diagnostic `code` and the docs file name. */
  id: string;
  /** Default severity; users can override it (or turn the rule off) through settings. */
  severity: Severity;
  category: RuleCategory;
  /** One sentence: what the rule reports. Shown in docs, the README table and SARIF. */
  description: string;
  /** When set, the rule only runs for these profiles (certification rules). */
  profiles?: readonly Profile[];
  /** True when at least one finding has a quick fix. */
  fixable?: boolean;
}

/** A JSON path: object keys and array indices from the document root. */
export type JsonPath = (string | number)[];

/** An offset range in the validated text. */
export interface Span { offset: number; length: number }

/**
 * A machine-applicable repair, carried in the diagnostic's `data.fixes` (plain JSON: it goes to the client and comes
 * back in code-action requests); the code-action layer turns it into a minimal text edit, so the rest of the user's
 * formatting is untouched. `safe` fixes (casing, string/boolean forms, strict JSON) are applied by "Fix all" and on
 * save.
 *
 * An edit is located from the node the rule flagged, never by looking `path` up from the root: with a duplicated key
 * on the way (two `connectionParameters` after a merge) a lookup by path finds the shadowed first copy. `at` is that
 * node's offset and length in the validated text (for `renameKey`: the key; otherwise the value, which may be an
 * ancestor of `path`, e.g. the object a missing member goes into); `path` is where the fix ends up. The code-action
 * layer finds the node at exactly `at` in the text it edits and checks that its JSON path starts `path`, and offers
 * no fix otherwise (the text changed since validation). Below `at`, missing members are created; existing ones are
 * followed as the model reads them (the last of duplicated keys). Build fixes with the helpers in rules/fixes.ts.
 */
export type FixData = { title: string; safe?: boolean } & (
  /** Set the value at `path`: replace it, or insert what is missing of `path` below the node at `at`. */
  | { kind: 'set'; path: JsonPath; at: Span; value: unknown }
  /** Remove the property (`at`: its key) or array item (`at`: the item) at `path`. */
  | { kind: 'remove'; path: JsonPath; at: Span }
  /** Rename the key (`at`) of the property at `path`, keeping the value and position. */
  | { kind: 'renameKey'; path: JsonPath; at: Span; newKey: string }
  /**
   * Replace raw text (for things inside strings, such as an expression's parameter name); `oldText` is the text
   * there at validation, and no fix is offered where it is not (never a secret: names, not values).
   */
  | { kind: 'replaceText'; offset: number; length: number; oldText: string; newText: string }
  /**
   * Several of the above as one fix (e.g. move a path from `host` to `basePath`): each is located by its own anchor in
   * the same text; the fix is offered only when every part applies and no two parts touch the same text.
   */
  | { kind: 'all'; fixes: FixData[] }
);

export interface Finding {
  /** The key or value at fault; its whole range is reported. */
  node?: ASTNode;
  /** Or an exact offset range (e.g. a name inside an expression string). */
  offset?: number;
  length?: number;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. hint vs warning in one rule). */
  severity?: Severity;
  /** Extra data for quick fixes; carried on the diagnostic unchanged. Must be plain JSON. */
  data?: Record<string, unknown>;
  /** Repairs offered as quick fixes (in order of preference); carried as `data.fixes`. */
  fixes?: FixData[];
  /**
   * Other nodes where the schema reports the same problem (e.g. "Missing property" on the parent key); the schema
   * diagnostic at exactly those ranges, and at the finding's own range, is dropped in favour of this finding.
   */
  supersedes?: ASTNode[];
}

export interface RuleContext {
  /** Full document text. */
  text: string;
  uri: string;
  profile: Profile;
  /** The paired swagger, when cross-file checks are available. */
  swagger?: SwaggerContext;
  report(finding: Finding): void;
}

export interface Rule extends RuleMeta {
  check(model: ConnectorModel, context: RuleContext): void;
}
