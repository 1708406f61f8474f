/**
 * The streamed reader's tags read where they stand (issue 45, go-live memory): `attrValue` finds what
 * `attr(attrs(), name)` finds, without the tag's text or a match being made for every cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attr, Elements, numberAt } from './xlsx-xml.ts';

/** The value attrValue finds in the first element `name` of `xml`, as a text, or undefined. */
function foundValue(xml: string, element: string, name: string): string | undefined {
  const e = new Elements(xml, element);
  if (!e.next(0, xml.length)) throw new Error('no element');
  return e.attrValue(name) ? xml.slice(e.valueStart, e.valueEnd) : undefined;
}
const attrOf = (xml: string, element: string, name: string) => {
  const e = new Elements(xml, element);
  e.next(0, xml.length);
  return attr(e.attrs(), name);
};

describe('an attribute read where it stands', () => {
  it('finds what attr() finds in the tags sheets hold', () => {
    for (const xml of [
      '<c r="A1" t="s"><v>3</v></c>',
      "<c r='B12' t='inlineStr'><is><t>张三</t></is></c>",
      '<c r="C3" s="4"/>',
      '<c t="" r="D4"></c>',
      '<c xr="X9" r="E5"><v>1</v></c>',
      '<c r=E5 r="F6"><v>1</v></c>',
      '<c\tr="G7"\nt="b"><v>1</v></c>',
      '<x:c r="H8" t="str"><x:v>a</x:v></x:c>',
      '<c><v>1</v></c>',
      '<row r="1048576" spans="1:3"><c r="A1048576"/></row>',
    ]) {
      const element = xml.startsWith('<row') ? 'row' : 'c';
      for (const name of ['r', 't', 's', 'spans', 'x']) {
        expect(foundValue(xml, element, name), `${name} of ${xml}`).toBe(attrOf(xml, element, name));
      }
    }
  });

  it('agrees with attr() on any tag of a few attributes', () => {
    const value = fc.stringMatching(/^[A-Za-z0-9 '"=:]{0,6}$/);
    const attribute = fc.tuple(
      fc.constantFrom('r', 't', 's', 'xr', 'rt', 'r:id'),
      value,
      fc.constantFrom('"', "'"),
    );
    fc.assert(
      fc.property(
        fc.array(attribute, { maxLength: 4 }),
        fc.constantFrom(' ', '\t', '\n'),
        fc.constantFrom('r', 't', 's'),
        (attributes, space, name) => {
          const tag = attributes.map(([n, v, q]) => `${space}${n}=${q}${v.replaceAll(q, '')}${q}`).join('');
          const xml = `<c${tag}><v>1</v></c>`;
          expect(foundValue(xml, 'c', name)).toBe(attrOf(xml, 'c', name));
        },
      ),
    );
  });

  it('compares and reads the value without a text made of it', () => {
    const xml = '<c r="AB12" t="inlineStr" s="17"/>';
    const e = new Elements(xml, 'c');
    e.next(0, xml.length);
    expect(e.attrValue('t') && e.valueIs('inlineStr')).toBe(true);
    expect(e.valueIs('s')).toBe(false);
    expect(e.attrValue('s') && e.valueNumber()).toBe(17);
    expect(e.attrValue('q')).toBe(false);
  });

  it('reads a number as Number() reads its text', () => {
    for (const text of ['0', '42', '007', '', ' 5', '1e3', '12345678901234567890', 'x', '3.5']) {
      const xml = `[${text}]`;
      expect(numberAt(xml, 1, 1 + text.length)).toBe(Number(text));
    }
  });
});
