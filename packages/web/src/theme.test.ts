import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { contrast } from './components/contrast.ts';
import { TAG_WORDS, theme } from './theme.ts';

/**
 * antd's coloured tags wrote their words at 1.8–4.4:1 on their pale ground (a gold 待审核, a green 已通过): the pages
 * hold a tag to 4.5:1 (e2e/a11y.ts), and the theme is where its words get their colour. A tag of a preset colour
 * writes its words in the colour's 7th shade on its 1st; a status tag in the status colour on the status's ground.
 */
const PRESETS = [
  'red',
  'volcano',
  'orange',
  'gold',
  'yellow',
  'lime',
  'green',
  'cyan',
  'blue',
  'geekblue',
  'purple',
  'magenta',
] as const;
const STATUSES = ['Success', 'Warning', 'Error', 'Info'] as const;

describe("a tag's words", () => {
  const token = antdTheme.getDesignToken(theme) as unknown as Record<string, string>;
  const words = (name: string) => (TAG_WORDS as Record<string, string>)[name] ?? token[name];

  it('stand out from the ground of every preset colour at 4.5:1', () => {
    for (const c of PRESETS) expect(contrast(words(`${c}7`), token[`${c}1`]), c).toBeGreaterThanOrEqual(4.5);
  });

  it('stand out from the ground of every status (success, warning, error, processing) at 4.5:1', () => {
    for (const s of STATUSES)
      expect(contrast(words(`color${s}`), token[`color${s}Bg`]), s).toBeGreaterThanOrEqual(4.5);
  });
});

describe("a link's words", () => {
  const token = antdTheme.getDesignToken(theme) as unknown as Record<string, string>;

  it('read at 4.5:1 on white and on the page grey at rest, hovered and pressed', () => {
    for (const state of ['colorLink', 'colorLinkHover', 'colorLinkActive'])
      for (const ground of ['#ffffff', token.colorBgLayout])
        expect(contrast(token[state], ground), `${state} on ${ground}`).toBeGreaterThanOrEqual(4.5);
  });
});
