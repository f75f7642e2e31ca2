// Hover documentation on keys and enum values, from the schema's markdownDescription / markdownEnumDescriptions.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { hoverText } from '../support/engine';

describe('hover', () => {
  it('documents `required` with the string-not-boolean quirk and a Learn link', async () => {
    const { markdown, hover } = await hoverText(
      '{"properties": {"connectionParameters": {"a": {"type": "string", "uiDefinition": {"constraints": {"requ|ired": "true"}}}}}}');
    assert.match(markdown, /\*\*string\*\* `"true"` or `"false"`/);
    assert.match(markdown, /JSON boolean `true` does NOT make the input required/);
    assert.match(markdown, /\]\(https:\/\/learn\.microsoft\.com\/en-us\/connectors\/custom-connectors\/[^)]+\)/);
    // The hover covers exactly the key, quotes included.
    assert.deepEqual(hover?.range, { start: { line: 0, character: 98 }, end: { line: 0, character: 108 } });
  });

  it('documents connectionParameterSets', async () => {
    const { markdown } = await hoverText('{"properties": {"connectionParameter|Sets": {}}}');
    assert.match(markdown, /multi-auth|Multi-auth|multiple authentication/i);
    assert.match(markdown, /https:\/\/learn\.microsoft\.com\/en-us\/connectors\/custom-connectors\/multi-auth/);
  });

  it('documents an enum value: redirectMode GlobalPerConnector', async () => {
    const { markdown } = await hoverText(
      '{"properties": {"connectionParameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "aad", "redirectMode": "GlobalPer|Connector"}}}}}');
    assert.match(markdown, /per-connector/i);
  });

  it('documents the identity provider chosen', async () => {
    const { markdown } = await hoverText(
      '{"properties": {"connectionParameters": {"token": {"type": "oauthSetting", "oAuthSettings": {"identityProvider": "a|ad"}}}}}');
    assert.match(markdown, /Entra ID/);
  });

  it('documents a policy template parameter', async () => {
    const { markdown } = await hoverText(
      '{"properties": {"policyTemplateInstances": [{"templateId": "setheader", "title": "t", "parameters": {"x-ms-apimTemplateParameter.exists|Action": "skip"}}]}}');
    assert.match(markdown, /^`x-ms-apimTemplateParameter\.existsAction` \(optional\) — What to do when the header already exists\./);
    // The chosen value is documented too.
    assert.match(markdown, /`skip`: Keep the existing value/);
  });

  it('documents the file itself between root members, over the whole root object', async () => {
    const { markdown, hover } = await hoverText('{"properties": {} |}');
    assert.match(markdown, /Strict JSON: no comments, no trailing commas/);
    assert.deepEqual(hover?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } });
  });
});
