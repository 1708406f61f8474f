import { describe, expect, it } from 'vitest';
import { contrast } from '../../components/contrast.ts';
import { TILE_COLOURS, textOn } from './state-colours.ts';

/**
 * The map of a return's unions wrote every union's name in white: on the light grey of a union yet to fill (most of
 * them, the day a return goes out) and the light blue of a town part in, the names could not be read (1.4:1).
 */
describe("the names on a return's map of unions", () => {
  it('stand out from every tile colour as WCAG asks of small text (4.5:1)', () => {
    for (const [state, colour] of Object.entries(TILE_COLOURS))
      expect(contrast(colour, textOn(colour)), state).toBeGreaterThanOrEqual(4.5);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#d9d9d9', '#ffffff')).toBeLessThan(1.5);
  });
});
