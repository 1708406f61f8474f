import { MODULE_VOCABULARIES } from '../vocabulary.gen.ts';
import { type MenuAreaOf, menuAreasOf } from '../vocabulary.ts';

/**
 * The staff menu's areas and how a module tells whether a union has used its area (ADR 76). The menu folds the
 * areas a union has never used into one group, 更多服务, until their first record: a module with a menu area
 * declares it in its vocabulary (`menuArea`) and gives an `AreaUsage` in its manifest (`menuUsage`; its SQL names
 * only its own tables), and the `menu` module asks each (issue 46: no list by hand).
 */
/** A module's menu area, as its vocabulary declares it (`menuArea`). */
export type MenuArea = MenuAreaOf<(typeof MODULE_VOCABULARIES)[number]>;

/** The menu areas, in the order of modules.gen.ts: each declared by its module's vocabulary (issue 46). */
export const MENU_AREAS = menuAreasOf(MODULE_VOCABULARIES) as readonly MenuArea[];

export interface AreaUsage {
  area: MenuArea;
  /**
   * One statement answering at least one row when a union of `$1::bigint[]` has a record of the area (null: any
   * union at all — the platform administrator's menu). A record of a union above counts: what a district runs is
   * offered to its streets.
   */
  sql: string;
}

/** `<column> = any($1)`, or true for the administrator (null): the condition every `AreaUsage.sql` uses. */
export const inUnions = (column: string) => `($1::bigint[] is null or ${column} = any($1::bigint[]))`;

/** An `AreaUsage` over tables of the module, each with its union column: used when any of them has a row. */
export function areaUsage(area: MenuArea, tables: Record<string, string>): AreaUsage {
  const parts = Object.entries(tables).map(
    ([table, column]) => `exists (select 1 from ${table} where ${inUnions(column)})`,
  );
  return { area, sql: `select 1 where ${parts.join(' or ')}` };
}
