import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SRC, TSX_FILES } from './tsx-sources.ts';

// Source checks: a form item's label points at its field. antd writes the label's `for` from the item's `name`;
// a field given an `id` of its own (a test or autofill handle) then sits under a label that points at nothing:
// clicking the label focuses nothing and a screen reader reads the field unnamed. Such an item says `htmlFor`, and
// so does a labelled item with no name of its own around the named item that keeps its field (antd then writes no
// `for` at all). An id built from an expression (`${prefix}-name`) is compared by its source text. A labelled item
// with no name holding one field of the page's own state (a `TextLine`, a `Select` with `value` and `onChange`)
// gets no `for` either: it says `htmlFor` and gives its field that id (the 劳模 register form had ten such labels).
// A label over a group (radio buttons, rows of a list, several controls) names the group, not a field.
// A named item hands its one field the id its label points at: a control of our own takes that `id` and gives it to
// its input (FormDate, FormOrg dropped it: 新建评选's 推荐开始 and 主办工会 focused nothing). Two fields shown in turn
// (`{a ? <Input … /> : <Search … />}`) are one field for this: an item with no name over them says `htmlFor`.
// A `Field` (components/Field.tsx) states the id once and gives it to its label and its control: it holds exactly one
// control (not a group, not text beside it), which says no id of its own (the field's would replace it unseen).

const attr = (el: ts.JsxOpeningLikeElement, name: string) =>
  el.attributes.properties.find(
    (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name,
  );

/**
 * What an attribute is set to, to compare one with another: a string's text (`id="x"` and `id={'x'}` alike), else
 * the expression's source (`id={`${prefix}-name`}`); undefined when it is absent.
 */
function attrValue(a: ts.JsxAttribute | undefined): string | undefined {
  const init = a?.initializer;
  if (!init) return undefined;
  if (ts.isStringLiteral(init)) return init.text;
  if (ts.isJsxExpression(init) && init.expression)
    return ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)
      ? init.expression.text
      : init.expression.getText();
  return undefined;
}

/** The items of components/RequiredItem.tsx, each a `Form.Item` or a `Field` with its rule. */
const REQUIRED_ITEMS: Record<string, string> = { RequiredItem: 'Form.Item', RequiredField: 'Field' };

/** An element's tag, a `RequiredItem` read as the `Form.Item` it is and a `RequiredField` as the `Field`. */
const tagOf = (el: ts.JsxOpeningLikeElement) => {
  const tag = el.tagName.getText();
  return REQUIRED_ITEMS[tag] ?? tag;
};

const isFormItem = (node: ts.Node): node is ts.JsxElement =>
  ts.isJsxElement(node) && tagOf(node.openingElement) === 'Form.Item';

const isField = (node: ts.Node): node is ts.JsxElement =>
  ts.isJsxElement(node) && tagOf(node.openingElement) === 'Field';

/** The tags of the elements inside `node`, at any depth. */
function tagsIn(node: ts.Node): string[] {
  const tags: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isJsxElement(n) && attr(n.openingElement, 'name')) tags.push(`${tagOf(n.openingElement)}[name]`);
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n)) {
      const opening = ts.isJsxElement(n) ? n.openingElement : n;
      tags.push(tagOf(opening));
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return tags;
}

/** The ids given to the elements inside `node`, at any depth, as `attrValue` reads them. */
function idsIn(node: ts.Node): string[] {
  const ids: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isJsxOpeningElement(n) || ts.isJsxSelfClosingElement(n)) {
      const id = attrValue(attr(n, 'id'));
      if (id !== undefined) ids.push(id);
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return ids;
}

/**
 * Whether the item's label belongs to one field kept by a named item inside it: a password beside its 随机生成 button.
 * A label over a list of rows (`Form.List`, `FormRows`) names the list, not a field.
 */
function labelsInnerField(item: ts.JsxElement): boolean {
  const tags = tagsIn(item);
  return tags.includes('Form.Item[name]') && !tags.includes('Form.List') && !tags.includes('FormRows');
}

/**
 * Children of an item that are a group of fields, not one: its label names the group. Our own groups are rows of a
 * list (roles, goods, household members, review levels) and a checklist of clauses.
 */
const GROUPS = new Set([
  'Form.List',
  'FormRows',
  'Flex',
  'Space',
  'Row',
  'Col',
  'div',
  'span',
  'Radio.Group',
  'Checkbox.Group',
  'RoleRows',
  'ClauseChecklist',
  'VisitGoods',
  'HouseholdField',
  'ReviewChainEditor',
]);

/** The opening of an element, looking through parentheses; undefined for anything else. */
function openingOf(node: ts.Node): ts.JsxOpeningLikeElement | undefined {
  let n = node;
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  if (ts.isJsxElement(n)) return n.openingElement;
  return ts.isJsxSelfClosingElement(n) ? n : undefined;
}

/**
 * The item's one field, when it holds exactly one element and nothing else (no group, no text beside it), or one of
 * two fields shown in turn (`{donor ? <Input … /> : <DonorSearch … />}`: 登记捐赠's 爱心单位).
 */
function oneField(item: ts.JsxElement): ts.JsxOpeningLikeElement | undefined {
  const kids = item.children.filter(
    (c) => ts.isJsxElement(c) || ts.isJsxSelfClosingElement(c) || (ts.isJsxExpression(c) && c.expression),
  );
  const [only] = kids;
  if (kids.length !== 1) return undefined;
  const expr = ts.isJsxExpression(only) ? only.expression : undefined;
  const opening =
    expr && ts.isConditionalExpression(expr)
      ? openingOf(expr.whenTrue) && openingOf(expr.whenFalse)
        ? openingOf(expr.whenTrue)
        : undefined
      : openingOf(only);
  return opening && !GROUPS.has(opening.tagName.getText()) ? opening : undefined;
}

/**
 * Our own controls (functions named with a capital) and whether each takes an `id` for its input: `id` or `...rest`
 * among the props it destructures. A named `Form.Item` hands its one field the id its label's `for` names; a control
 * that drops it leaves the label pointing at nothing (FormDate, FormOrg: 新建评选's 推荐开始, 主办工会). A control
 * taking its props whole is not judged.
 */
const takesId = new Map<string, boolean>();
for (const file of TSX_FILES) {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const judge = (name: string, fn: ts.SignatureDeclarationBase) => {
    if (!/^[A-Z]/.test(name)) return;
    const [props] = fn.parameters;
    const takes =
      !props ||
      !ts.isObjectBindingPattern(props.name) ||
      props.name.elements.some((e) => e.dotDotDotToken || (e.propertyName ?? e.name).getText() === 'id');
    takesId.set(name, (takesId.get(name) ?? false) || Boolean(props && takes));
  };
  const visit = (n: ts.Node) => {
    if (ts.isFunctionDeclaration(n) && n.name) judge(n.name.text, n);
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.initializer &&
      ts.isArrowFunction(n.initializer)
    )
      judge(n.name.text, n.initializer);
    ts.forEachChild(n, visit);
  };
  visit(source);
}

/**
 * Each labelled `<Form.Item>` whose label points at nothing: a named item whose field has an id of its own that the
 * item's `htmlFor` does not name, and an item with no name of its own around a named one (a password beside its
 * 随机生成 button: antd writes no `for` for it) that does not say `htmlFor`.
 */
function unlabelled(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (isFormItem(node) && attr(node.openingElement, 'label')) {
      const item = node.openingElement;
      const field = node.children.find((c) => ts.isJsxElement(c) || ts.isJsxSelfClosingElement(c));
      const opening =
        field && (ts.isJsxElement(field) ? field.openingElement : (field as ts.JsxSelfClosingElement));
      const id = opening && attrValue(attr(opening, 'id'));
      const htmlFor = attrValue(attr(item, 'htmlFor'));
      const named = attr(item, 'name') !== undefined;
      const { line } = source.getLineAndCharacterOfPosition(item.getStart());
      if (named && id !== undefined && htmlFor !== id)
        found.push(`${relative(SRC, file)}:${line + 1} (${id})`);
      const control = named && id === undefined && htmlFor === undefined ? oneField(node) : undefined;
      if (control && takesId.get(control.tagName.getText()) === false)
        found.push(
          `${relative(SRC, file)}:${line + 1} (${control.tagName.getText()} takes no id for its input)`,
        );
      if (!named && htmlFor === undefined && labelsInnerField(node))
        found.push(`${relative(SRC, file)}:${line + 1} (no name, no htmlFor)`);
      else if (!named && htmlFor === undefined && oneField(node))
        found.push(`${relative(SRC, file)}:${line + 1} (a field of the page's state, no htmlFor)`);
      if (htmlFor !== undefined && !idsIn(node).includes(htmlFor))
        found.push(`${relative(SRC, file)}:${line + 1} (htmlFor ${htmlFor}: no field inside has that id)`);
    }
    if (isField(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      const control = oneField(node);
      if (!control) found.push(`${relative(SRC, file)}:${line + 1} (a Field not holding one control)`);
      else if (attr(control, 'id'))
        found.push(`${relative(SRC, file)}:${line + 1} (a Field's control with an id of its own)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('form labels', () => {
  it('point at their field', () => {
    expect(TSX_FILES.flatMap(unlabelled)).toEqual([]);
  });
});
