// A small connector folder for the swagger navigation and rename tests: a swagger with two operations, an
// x-ms-dynamic-values call, shared definitions, parameters and responses; an apiProperties.json with a policy and
// scriptOperations; a script.csx with comparisons of this.Context.OperationId (a constant, a switch, ToLower()).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, TextEdit } from 'vscode-json-languageservice';
import type { ConnectorFiles, SourceFile } from '../../../server/src/engine/swaggerNavigation';
import { caret } from '../../support/caret';

export const SWAGGER_URI = 'file:///c/apiDefinition.swagger.json';
export const PROPS_URI = 'file:///c/apiProperties.json';
export const SCRIPT_URI = 'file:///c/script.csx';

export const SWAGGER = `{
  "swagger": "2.0",
  "info": { "title": "Widgets", "version": "1.0" },
  "paths": {
    "/widgets": {
      "get": {
        "operationId": "ListWidgets",
        "summary": "List widgets",
        "responses": { "200": { "description": "ok", "schema": { "$ref": "#/definitions/WidgetList" } } }
      },
      "post": {
        "operationId": "CreateWidget",
        "parameters": [
          { "name": "kind", "in": "query", "type": "string",
            "x-ms-dynamic-values": { "operationId": "ListWidgets", "value-path": "id" } },
          { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Widget" } }
        ],
        "responses": { "404": { "$ref": "#/responses/NotFound" } }
      }
    },
    "/widgets/{widgetId}": {
      "delete": {
        "responses": { "204": { "description": "gone" } },
        "parameters": [ { "$ref": "#/parameters/widgetId" } ]
      }
    }
  },
  "definitions": {
    "Widget": { "type": "object", "properties": { "id": { "type": "string" } } },
    "WidgetList": { "type": "array", "items": { "$ref": "#/definitions/Widget" } }
  },
  "parameters": {
    "widgetId": { "name": "widgetId", "in": "path", "required": true, "type": "string" }
  },
  "responses": {
    "NotFound": { "description": "No such widget" }
  }
}
`;

export const PROPS = `{
  "properties": {
    "policyTemplateInstances": [
      {
        "templateId": "setheader",
        "title": "Header",
        "parameters": {
          "x-ms-apimTemplateParameter.name": "X-Id",
          "x-ms-apimTemplateParameter.value": "1",
          "x-ms-apimTemplate-operationName": ["ListWidgets", "CreateWidget"]
        }
      }
    ],
    "scriptOperations": ["ListWidgets"]
  }
}
`;

export const SCRIPT = `public class Script : ScriptBase
{
    private const string List = "ListWidgets";
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        if (this.Context.OperationId == List) { }
        if (List.Equals(this.Context.OperationId)) { }
        switch (this.Context.OperationId) { case "CreateWidget": break; }
        if (this.Context.OperationId.ToLower() == "listwidgets") { }
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
`;

export const file = (uri: string, text: string): SourceFile => ({ uri, text });

export function folder(over: { swagger?: string; props?: string | null; script?: string | null } = {}): ConnectorFiles {
  return {
    swagger: file(SWAGGER_URI, over.swagger ?? SWAGGER),
    apiProperties: over.props === null ? undefined : file(PROPS_URI, over.props ?? PROPS),
    script: over.script === null ? undefined : file(SCRIPT_URI, over.script ?? SCRIPT),
  };
}

/** A document with a `|` caret: its text and the caret's offset. */
export function at(textWithCaret: string): { text: string; offset: number } {
  const { text, offset } = caret(textWithCaret);
  return { text, offset };
}

const short = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** Locations as `file line:col-line:col [covered text]` (1-based), the covered text read from `files`. */
export function describeLocations(locations: Location[], files: ConnectorFiles): string[] {
  return locations.map(l => {
    const f = [files.swagger, files.apiProperties, files.script].find(x => x?.uri === l.uri)!;
    const d = TextDocument.create(f.uri, 'json', 0, f.text);
    const r = l.range;
    return `${short(l.uri)} ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} [${d.getText(r)}]`;
  });
}

/** Each file's text after the edits (files without edits are left out). */
export function applyChanges(changes: Record<string, TextEdit[]>, files: ConnectorFiles): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(changes)) {
    const f = [files.swagger, files.apiProperties, files.script].find(x => x?.uri === uri)!;
    out[short(uri)] = TextDocument.applyEdits(TextDocument.create(uri, 'json', 0, f.text), edits);
  }
  return out;
}
