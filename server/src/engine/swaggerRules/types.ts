// The contract of a swagger rule: like the apiProperties rules (rules/types.ts), one small file per rule with its
// metadata and a `check` that reads the shared SwaggerModel, plus the name of the certification Swagger Validator error
// it reproduces (shown in the doc page and carried in the diagnostic's `data.validatorName`).
import type { Node } from 'jsonc-parser';
import type { Profile, Severity } from '../settings';
import type { FixData } from '../rules/types';
import type { SwaggerModel } from './model';

export type SwaggerRuleCategory = 'swagger-validator' | 'swagger-extensions';

export interface SwaggerRuleMeta {
  /** kebab-case of the validator's error name ("OAuth" as one word), or our own id for checks the validator lacks. */
  id: string;
  /** The Swagger Validator's error name, when the rule reproduces one. */
  validatorName?: string;
  severity: Severity;
  category: SwaggerRuleCategory;
  description: string;
  /** When set, the rule runs only for these profiles (certification-only checks). */
  profiles?: readonly Profile[];
  fixable?: boolean;
}

export interface SwaggerFinding {
  /** The key or value at fault. */
  node?: Node;
  /** Or an exact range (e.g. `{name}` inside a path key). */
  offset?: number;
  length?: number;
  message: string;
  severity?: Severity;
  fixes?: FixData[];
  data?: Record<string, unknown>;
}

export interface SwaggerRuleContext {
  text: string;
  uri: string;
  profile: Profile;
  report(finding: SwaggerFinding): void;
}

export interface SwaggerRule extends SwaggerRuleMeta {
  check(model: SwaggerModel, context: SwaggerRuleContext): void;
}
