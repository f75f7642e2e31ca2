// The rules' platform facts (rules/facts.ts) are transcribed from the research spec's facts.json; this keeps the two
// in step when the spec is present (../shared/spec/facts.json), and skips with a message otherwise.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  CUSTOM_PARAMETERS, IDENTITY_PROVIDERS_OBSERVED, IDENTITY_PROVIDERS_SCHEMA, OAUTH2GENERIC_BUILTINS, POLICY_TEMPLATES,
  REDIRECT_MODES, SERVICE_MANAGED_MEMBERS,
} from '../../../server/src/engine/rules/facts';

const FACTS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'spec', 'facts.json');
const skip = existsSync(FACTS) ? false : `spec facts not found at ${FACTS}`;

describe('rule facts match the spec', { skip }, () => {
  const facts = skip ? {} as never : JSON.parse(readFileSync(FACTS, 'utf8'));

  it('service-managed members, identity providers, redirect modes, oauth2generic built-ins', () => {
    assert.deepEqual([...SERVICE_MANAGED_MEMBERS], facts.serviceManagedMembers);
    assert.deepEqual([...IDENTITY_PROVIDERS_SCHEMA], facts.identityProviders.schema);
    assert.deepEqual([...IDENTITY_PROVIDERS_OBSERVED], [...facts.identityProviders.observedExtra, ...facts.identityProviders.historical]);
    assert.deepEqual([...REDIRECT_MODES], [...facts.redirectModes.schema.slice(0, 1), ...facts.redirectModes.observedExtra, ...facts.redirectModes.schema.slice(1), ...facts.redirectModes.historical]);
    assert.deepEqual([...OAUTH2GENERIC_BUILTINS].filter(b => b !== 'scope'), facts.oauth2genericPlaceholderBuiltins);
  });

  it('customParameters per provider', () => {
    const byProvider = facts.customParametersByProvider;
    assert.deepEqual(CUSTOM_PARAMETERS.oauth2.known, byProvider.oauth2);
    assert.deepEqual(CUSTOM_PARAMETERS.oauth2generic.known, byProvider.oauth2generic);
    for (const p of ['aad', 'aadcertificate'] as const) {
      assert.deepEqual(CUSTOM_PARAMETERS[p].known, [...byProvider[p].schema, ...byProvider[p].observedExtra], p);
      assert.deepEqual(CUSTOM_PARAMETERS[p].required, byProvider[p].schemaRequired, p);
    }
  });

  it('policy templates: required and optional parameters, sections, enums', () => {
    for (const [id, spec] of Object.entries<Record<string, unknown>>(facts.policyTemplates)) {
      const ours = POLICY_TEMPLATES[id];
      assert.ok(ours, `template ${id} missing from facts.ts`);
      if (spec.observed) { assert.deepEqual(ours.opt, spec.observed, id); continue; }
      assert.deepEqual(ours.req, spec.req, `${id} req`);
      assert.deepEqual(ours.opt, spec.opt, `${id} opt`);
      assert.deepEqual(ours.sections, spec.sections, `${id} sections`);
      assert.deepEqual(ours.enums ?? {}, spec.enums ?? {}, `${id} enums`);
    }
    assert.deepEqual(Object.keys(POLICY_TEMPLATES).sort(), Object.keys(facts.policyTemplates).sort());
  });
});
