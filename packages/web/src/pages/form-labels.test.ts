import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Source checks: a form item's label points at its field. antd writes the label's `for` from the item's `name`;
// a field given an `id` of its own (a test or autofill handle) then sits under a label that points at nothing:
// clicking the label focuses nothing and a screen reader reads the field unnamed. Such an item says `htmlFor`.
const src = resolve(fileURLToPath(new URL('..', import.meta.url)));
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.tsx'))
  .map((f) => join(src, f));

const attr = (el: ts.JsxOpeningLikeElement, name: string) =>
  el.attributes.properties.find(
    (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name,
  );

/** The string an attribute is set to (`id="x"` or `id={'x'}`), else undefined. */
function literal(a: ts.JsxAttribute | undefined): string | undefined {
  const init = a?.initializer;
  if (!init) return undefined;
  if (ts.isStringLiteral(init)) return init.text;
  if (ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression))
    return init.expression.text;
  return undefined;
}

/** Each `<Form.Item name=…>` whose field has an id of its own that the item's `htmlFor` does not name. */
function unlabelled(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxElement(node) && node.openingElement.tagName.getText() === 'Form.Item') {
      const item = node.openingElement;
      const field = node.children.find((c) => ts.isJsxElement(c) || ts.isJsxSelfClosingElement(c));
      const opening =
        field && (ts.isJsxElement(field) ? field.openingElement : (field as ts.JsxSelfClosingElement));
      const id = opening && literal(attr(opening, 'id'));
      if (attr(item, 'name') && attr(item, 'label') && id && literal(attr(item, 'htmlFor')) !== id) {
        const { line } = source.getLineAndCharacterOfPosition(item.getStart());
        found.push(`${relative(src, file)}:${line + 1} (${id})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('form labels', () => {
  it('point at their field when the field has an id of its own', () => {
    expect(files.flatMap(unlabelled)).toEqual([]);
  });
});
