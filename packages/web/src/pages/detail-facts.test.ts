import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SRC, TSX_FILES } from './tsx-sources.ts';

// Source check: a DetailPage's `facts` are `Descriptions.Item`s themselves — in a fragment, under a condition, or
// answered by a plain function call. antd's Descriptions reads its children's props; a component of our own that
// renders the items (`facts={<ProblemFacts p={p} />}`) is one child without them, and the head card showed an empty
// bar where the problem's facts belonged.

const tagOf = (node: ts.Node) =>
  ts.isJsxElement(node)
    ? node.openingElement.tagName.getText()
    : ts.isJsxSelfClosingElement(node)
      ? node.tagName.getText()
      : undefined;

/** The elements `facts` puts where Descriptions looks for its items: through fragments, conditions and maps. */
function itemsOf(node: ts.Node, out: ts.Node[]): void {
  if (ts.isJsxFragment(node)) {
    for (const child of node.children) itemsOf(child, out);
  } else if (ts.isJsxExpression(node) || ts.isParenthesizedExpression(node)) {
    if (node.expression) itemsOf(node.expression, out);
  } else if (ts.isBinaryExpression(node)) {
    itemsOf(node.right, out);
  } else if (ts.isConditionalExpression(node)) {
    itemsOf(node.whenTrue, out);
    itemsOf(node.whenFalse, out);
  } else if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) {
    out.push(node);
  } else if (ts.isCallExpression(node)) {
    // a map's callback answers the item
    for (const arg of node.arguments) {
      if (ts.isArrowFunction(arg)) itemsOf(arg.body, out);
    }
  }
}

/** Where a DetailPage's `facts` hold something other than `Descriptions.Item`s, as `file:line <Tag>`. */
function wrappedFacts(file: string, text = readFileSync(file, 'utf8')): string[] {
  if (!text.includes('<DetailPage')) return [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) && tagOf(node) === 'DetailPage') {
      const el = ts.isJsxElement(node) ? node.openingElement : node;
      const facts = el.attributes.properties.find(
        (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === 'facts',
      );
      const items: ts.Node[] = [];
      if (facts?.initializer) itemsOf(facts.initializer, items);
      for (const item of items) {
        const tag = tagOf(item);
        if (tag !== 'Descriptions.Item') {
          const { line } = sf.getLineAndCharacterOfPosition(item.getStart());
          found.push(`${relative(SRC, file)}:${line + 1} <${tag}>`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("a record page's facts", () => {
  it('are Descriptions.Items, not a component that renders them', () => {
    expect(TSX_FILES.flatMap((f) => wrappedFacts(f))).toEqual([]);
  });

  it('finds a component given as the facts', () => {
    const probe = join(SRC, 'pages/__probe__.tsx');
    const text = `<DetailPage facts={<><Descriptions.Item label="a">1</Descriptions.Item><Facts p={p} /></>} />`;
    expect(wrappedFacts(probe, text)).toEqual(['pages/__probe__.tsx:1 <Facts>']);
  });
});
