import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SRC, TSX_FILES } from './tsx-sources.ts';

// Source checks over what a form says of a value it will not take.
// A number: antd's `InputNumber` given `min`, `max` or `precision` pulls a number typed out of range into it and
// rounds its decimals when the field loses focus, without a word, and the form saves that other number (经度 500 was
// saved as 136, 每批可接待 −3 as 1). Numbers are typed into `NumberInput` (components/NumberInput.tsx), which keeps
// the text as typed, says under the field what is wrong with it and stops the save.
// A required rule: without a `message` antd says 请输入 and the item's label, or, for an item with no label (a line
// of a list), its name path: 请输入0,name. Every required rule says its message (`requiredRule(t, field)` in
// components/form-rules.ts), and a `TextItem` that must be filled has a label or a placeholder to name it by.
// A mobile number: a box of 11 characters cut `139 1234 5678`, as the contacts copy it, to `139 1234 56` and then
// refused it as not 11 digits (新增会员). Its box takes PHONE_INPUT_MAX and its item reads it with `phoneDigits`.

const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);

const attr = (el: ts.JsxOpeningLikeElement, name: string) =>
  el.attributes.properties.find(
    (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name,
  );

/** Each node of the file that `pick` names, as `file:line (what)`. */
function findIn(file: string, pick: (node: ts.Node) => string | undefined): string[] {
  const source = parse(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const what = pick(node);
    if (what) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(SRC, file)}:${line + 1} (${what})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const isOpening = (node: ts.Node): node is ts.JsxOpeningLikeElement =>
  ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node);

/** An antd `InputNumber` that clamps or rounds what is typed. */
function clampingNumber(node: ts.Node): string | undefined {
  if (!isOpening(node) || node.tagName.getText() !== 'InputNumber') return undefined;
  const bounds = ['min', 'max', 'precision'].filter((a) => attr(node, a));
  return bounds.length ? `InputNumber with ${bounds.join(', ')}: use NumberInput` : undefined;
}

/** A rule `{ required: true, … }` that says no message of its own. */
function silentRequired(node: ts.Node): string | undefined {
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const required = node.properties.some(
    (p) =>
      ts.isPropertyAssignment(p) && p.name.getText() === 'required' && p.initializer.getText() === 'true',
  );
  // a spread brings the message (requiredRule, TextItem's `said`)
  const said = node.properties.some(
    (p) => ts.isSpreadAssignment(p) || (ts.isPropertyAssignment(p) && p.name.getText() === 'message'),
  );
  return required && !said ? `${node.getText().replace(/\s+/g, ' ')} says no message` : undefined;
}

/** A `TextItem` that must be filled with nothing to name it by in its message. */
function unnamedTextItem(node: ts.Node): string | undefined {
  if (!isOpening(node) || node.tagName.getText() !== 'TextItem') return undefined;
  const required = attr(node, 'required');
  if (!required || (required.initializer && ts.isStringLiteral(required.initializer))) return undefined;
  return attr(node, 'label') || attr(node, 'placeholder')
    ? undefined
    : 'required TextItem with no label or placeholder';
}

/** A box of 11 characters, which cuts a mobile number typed or pasted as `139 1234 5678` to `139 1234 56`. */
function elevenCharacterBox(node: ts.Node): string | undefined {
  if (!isOpening(node) || node.tagName.getText() !== 'Input') return undefined;
  return attr(node, 'maxLength')?.initializer?.getText() === '{11}'
    ? 'Input with maxLength 11: a mobile number takes PHONE_INPUT_MAX and normalize={phoneDigits}'
    : undefined;
}

describe('form rules', () => {
  it('type numbers into NumberInput, never into an InputNumber that clamps or rounds them', () => {
    expect(TSX_FILES.flatMap((f) => findIn(f, clampingNumber))).toEqual([]);
  });

  it('say a message of their own for a required field', () => {
    expect(TSX_FILES.flatMap((f) => findIn(f, silentRequired))).toEqual([]);
    expect(TSX_FILES.flatMap((f) => findIn(f, unnamedTextItem))).toEqual([]);
  });

  it('take a mobile number with its spaces, dashes or +86, never cut at 11 characters', () => {
    expect(TSX_FILES.flatMap((f) => findIn(f, elevenCharacterBox))).toEqual([]);
  });
});
