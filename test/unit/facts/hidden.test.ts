// "Is this input hidden" is one fact (ParameterModel.hidden, SPEC §3.5/§6: `hidden` or `hideInUI` exactly the string
// "true"); every reader — the outline, the preview, the conversion, the required-missing rule — must agree with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../../server/src/engine';
import { buildDialogModel } from '../../../server/src/engine/preview/dialogModel';
import { convertedText } from '../../../server/src/engine/codeActions/convert';

const service = new ConnectorService();
const doc = (value: object) => TextDocument.create('file:///x/apiProperties.json', 'apiproperties', 1, JSON.stringify(value, null, 2));

/** One string input per shape, named after it. */
const CASES: { name: string; constraints: Record<string, unknown>; hidden: boolean }[] = [
  { name: 'hiddenString', constraints: { hidden: 'true' }, hidden: true },
  { name: 'hideInUIString', constraints: { hideInUI: 'true' }, hidden: true },
  { name: 'hiddenBoolean', constraints: { hidden: true }, hidden: false },
  { name: 'hideInUIBoolean', constraints: { hideInUI: true }, hidden: false },
  { name: 'hiddenFalse', constraints: { hidden: 'false' }, hidden: false },
  { name: 'hiddenUpper', constraints: { hidden: 'True' }, hidden: false },
  { name: 'missing', constraints: {}, hidden: false },
];
const parameters = () => Object.fromEntries(CASES.map(c => [c.name, { type: 'string', uiDefinition: { displayName: c.name, constraints: { ...c.constraints } } }]));
const single = doc({ properties: { connectionParameters: parameters() } });
const multi = doc({ properties: { connectionParameterSets: { values: [{ name: 's', uiDefinition: { displayName: 'S' }, parameters: parameters() }] } } });
const expectedHidden = CASES.filter(c => c.hidden).map(c => c.name);

test('the model: hidden iff hidden/hideInUI is the string "true"; hiddenBy names the key', () => {
  const model = service.analyze(single).model;
  assert.deepEqual(model.allParameters.filter(p => p.hidden).map(p => p.name), expectedHidden);
  assert.deepEqual(model.allParameters.map(p => p.hiddenBy), ['hidden', 'hideInUI', undefined, undefined, undefined, undefined, undefined]);
});

test('the preview omits exactly the hidden inputs and shows the others', () => {
  for (const d of [single, multi]) {
    const set = buildDialogModel(service.analyze(d).model).sets[0];
    assert.deepEqual(set.omitted.map(o => [o.name, o.reason]), [['hiddenString', 'hidden: "true"'], ['hideInUIString', 'hideInUI: "true"']]);
    assert.deepEqual(set.fields.map(f => f.name), CASES.filter(c => !c.hidden).map(c => c.name));
  }
});

test('the outline flags exactly the hidden inputs', () => {
  const flagged: string[] = [];
  const visit = (symbols: { name: string; detail?: string; children?: unknown[] }[]) => {
    for (const s of symbols) {
      if (s.detail?.split(' · ').includes('hidden')) flagged.push(s.name);
      visit((s.children ?? []) as typeof symbols);
    }
  };
  visit(service.documentSymbols(single));
  assert.deepEqual(flagged, expectedHidden);
});

test('the conversion writes required "false" for exactly the hidden inputs, "true" for the others', () => {
  const text = convertedText(service.analyze(single), { keep: false });
  assert.ok(text);
  const converted = JSON.parse(text).properties.connectionParameterSets.values[0].parameters;
  for (const c of CASES) {
    assert.equal(converted[c.name].uiDefinition.constraints.required, c.hidden ? 'false' : 'true', c.name);
  }
});

test('set-parameter-required-missing proposes "false" for exactly the hidden inputs of a set', async () => {
  const diagnostics = (await service.validate(multi)).filter(d => d.code === 'set-parameter-required-missing');
  assert.equal(diagnostics.length, CASES.length);
  const proposed = diagnostics.map(d => /Add "required": "(true|false)"/.exec(text(d.message))?.[1]);
  assert.deepEqual(proposed, CASES.map(c => (c.hidden ? 'false' : 'true')));
});

/** A diagnostic's message as text (the LSP type also allows markup). */
function text(message: string | { value: string }): string {
  return typeof message === 'string' ? message : message.value;
}
