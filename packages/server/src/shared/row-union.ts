import { type Actor, canAccess, type Permission } from '../access/access.ts';
import { type FoundUnion, unionOfRow } from '../modules/org/index.ts';
import { type RegisterRow, readOk } from './register-sheet.ts';

/**
 * The union a row's union cell (`union`) names, as `resolveRowUnions` found the rows' unions, if the importer holds
 * `permission` there: the union, or the problem the row is told in both languages (unionOfRow). Undefined when the
 * cell did not parse: it is told already, and not looked for.
 */
export function unionOfCell<K extends string>(
  row: RegisterRow<K | 'union'>,
  unions: ReadonlyMap<string, FoundUnion>,
  actor: Actor,
  permission: Permission,
) {
  if (!readOk(row, 'union')) return undefined;
  const text = String(row.values.union);
  return unionOfRow(unions.get(text), text, (orgPath) => canAccess(actor, permission, { orgPath }));
}
