// script.csx checks: each requirement with a hit, a miss and the exact range it reports.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkScript, ScriptContext } from '../../../server/src/engine/csharp/scriptChecks';

const GOOD = `using System.Net.Http;
public class Script : ScriptBase
{
    private const string Create = "CreateOrder";
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        var id = this.Context.OperationId;
        if (id == Create) { }
        switch (this.Context.OperationId) { case "ListOrders": break; }
        if ("getorder".Equals(Context.OperationId, StringComparison.OrdinalIgnoreCase)) { }
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
`;
const OPS = new Set(['CreateOrder', 'ListOrders', 'GetOrder']);

function findings(text: string, context: ScriptContext = {}): string[] {
  const doc = TextDocument.create('file:///c/script.csx', 'csharp', 1, text);
  return checkScript(doc, context).map(d => `${d.code} ${['', 'error', 'warning', 'information'][d.severity ?? 1]} "${doc.getText(d.range)}"`);
}

describe('script.csx checks', () => {
  it('a well-formed script that handles known, listed operations gives nothing', () => {
    assert.deepEqual(findings(GOOD, { operationIds: OPS, scriptOperations: ['CreateOrder', 'ListOrders', 'GetOrder'] }), []);
  });

  it('syntax: an unclosed brace and an unterminated string', () => {
    assert.deepEqual(findings(GOOD.replace(/}\n$/, '')), ['script-syntax error "{"']);
    assert.deepEqual(findings(GOOD.replace('"ListOrders"', '"ListOrders')).slice(0, 1), ['script-syntax error """']);
  });

  it('class: none derived from ScriptBase is an error; another name is a warning', () => {
    assert.deepEqual(findings(GOOD.replace(' : ScriptBase', '')), ['script-class error "Script"']);
    assert.deepEqual(findings(GOOD.replace('class Script', 'class script')), ['script-class warning "script"']);
  });

  it('ExecuteAsync: missing, not override, wrong return type', () => {
    assert.deepEqual(findings(GOOD.replace('ExecuteAsync()', 'RunAsync()')), ['script-execute-async error "Script"']);
    assert.deepEqual(findings(GOOD.replace('override ', '')), ['script-execute-async error "ExecuteAsync"']);
    assert.deepEqual(findings(GOOD.replace('Task<HttpResponseMessage> ExecuteAsync', 'Task<string> ExecuteAsync')), ['script-execute-async error "Task<string> "']);
    // Spaces inside the generic, as shipped scripts write it, are fine.
    assert.deepEqual(findings(GOOD.replace('Task<HttpResponseMessage>', 'Task < HttpResponseMessage >')), []);
  });

  it('new HttpClient() is a warning at the type name', () => {
    assert.deepEqual(findings(GOOD.replace('var id =', 'var c = new HttpClient();\n        var id =')), ['script-http-client warning "HttpClient"']);
  });

  it('an unknown operation id, through ==, a constant, a switch case and Equals, with did-you-mean', () => {
    const doc = TextDocument.create('file:///c/script.csx', 'csharp', 1, GOOD.replace('"ListOrders"', '"ListOrder"'));
    const [d] = checkScript(doc, { operationIds: OPS });
    assert.equal(d.code, 'script-code-operation-unknown');
    assert.equal(doc.getText(d.range), '"ListOrder"');
    assert.match(String(d.message), /Did you mean "ListOrders"\?/);
    assert.deepEqual(findings(GOOD.replace('"CreateOrder"', '"MakeOrder"'), { operationIds: OPS }), ['script-code-operation-unknown warning "Create"']);
    // Compared ignoring case: "getorder" matches GetOrder.
    assert.deepEqual(findings(GOOD, { operationIds: OPS }), []);
  });

  it('an operation the code handles but scriptOperations does not list never reaches the code', () => {
    assert.deepEqual(findings(GOOD, { operationIds: OPS, scriptOperations: ['CreateOrder', 'GetOrder'] }), ['script-code-operation-not-listed warning ""ListOrders""']);
  });

  it('namespaces: a using outside the documented list is a warning on its name; static and alias usings by their namespace', () => {
    const text = `using System.Data.SqlClient;
using static System.Math;
using Json = Newtonsoft.Json.JsonConvert;
using static System.Runtime.Remoting.Contexts.Context;
using System . Net . Http;
using (var x = new System.IO.MemoryStream()) { }
` + GOOD;
    assert.deepEqual(findings(text), [
      'script-namespace-unsupported warning "System.Data.SqlClient"',
      'script-namespace-unsupported warning "System.Runtime.Remoting.Contexts.Context"',
    ]);
    // Case matters in C#: "system.net.http" is not System.Net.Http.
    assert.deepEqual(findings('using system.Net.Http;\n' + GOOD), ['script-namespace-unsupported warning "system.Net.Http"']);
  });

  it('a listed operation the code never compares with is information, on the class name, all in one finding', () => {
    const doc = TextDocument.create('file:///c/script.csx', 'csharp', 1, GOOD);
    const ds = checkScript(doc, { operationIds: new Set([...OPS, 'DeleteOrder', 'PatchOrder']), scriptOperations: ['CreateOrder', 'ListOrders', 'GetOrder', 'DeleteOrder', 'PatchOrder'] });
    assert.deepEqual(ds.map(d => `${d.code} ${d.severity} "${doc.getText(d.range)}"`), ['script-operation-not-handled 3 "Script"']);
    assert.match(String(ds[0].message), /routes "DeleteOrder", "PatchOrder" to this code/);
    assert.deepEqual(ds[0].data, { ruleId: 'script-operation-not-handled', operationIds: ['DeleteOrder', 'PatchOrder'] });
  });

  it('not reported when the code uses the operation id in a way it cannot follow, or compares with none', () => {
    const opaque = GOOD.replace('var id =', 'Log(this.Context.OperationId);\n        var id =');
    assert.deepEqual(findings(opaque, { operationIds: OPS, scriptOperations: [...OPS, 'DeleteOrder'] }), []);
    const none = GOOD.replace(/if \(id[^\n]*\n/, '').replace(/switch[^\n]*\n/, '').replace(/if \("getorder"[^\n]*\n/, '');
    assert.deepEqual(findings(none, { operationIds: OPS, scriptOperations: ['DeleteOrder'] }), []);
  });

  it('size: 1 MB or more is an error', () => {
    assert.deepEqual(findings(GOOD + '// ' + 'x'.repeat(1024 * 1024)), ['script-size error ""']);
  });
});

describe('script.csx rule ids', () => {
  it('are known setting codes, each with a doc page stating its default severity', async () => {
    const { allCodes } = await import('../../../server/src/engine/rules/registry');
    const { SCRIPT_RULES, SCRIPT_MISSING_CODE } = await import('../../../server/src/engine/csharp/scriptChecks');
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const ids: [string, string][] = [...Object.entries(SCRIPT_RULES).map(([id, r]) => [id, r.severity] as [string, string]), [SCRIPT_MISSING_CODE, 'warning']];
    for (const [id, severity] of ids) {
      assert.ok(allCodes().has(id), id);
      const page = readFileSync(path.resolve(__dirname, '..', '..', '..', 'docs', 'rules', `${id}.md`), 'utf8');
      assert.ok(page.startsWith(`# \`${id}\``), id);
      assert.ok(page.includes(`**Default severity:** ${severity}`), id);
    }
  });
});
