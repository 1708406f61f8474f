import { FIELD_LABELS_ZH_A_L } from './field-labels.a-l.ts';
import { FIELD_LABELS_ZH_M_Z } from './field-labels.m-z.ts';

/**
 * The clerk's name of every field the API takes (bodies, query strings, path parameters), by property name: what a
 * validation error calls a field when its schema has no `title` (http/validation-messages.ts). A test over the route
 * table fails when a property has none (test/validation-messages.test.ts). The English name is read from the
 * property name itself ('closesOn' → 'closes on') unless FIELD_LABELS_EN says otherwise.
 */
export const FIELD_LABELS_ZH: Record<string, string> = { ...FIELD_LABELS_ZH_A_L, ...FIELD_LABELS_ZH_M_Z };

/** English names where the property name does not read as one. */
export const FIELD_LABELS_EN: Record<string, string> = {
  accountState: 'phone account',
  cmp: 'comparison',
  contentBase64: 'file content',
  dataBase64: 'file content',
  en: 'English text',
  expr: 'condition',
  id: 'id',
  ids: 'ids',
  jingka: 'Jingka card number',
  lat: 'latitude',
  lng: 'longitude',
  op: 'operator',
  q: 'search text',
  reach: 'people reached',
  uscc: 'unified social credit code',
  zh: 'Chinese text',
};
