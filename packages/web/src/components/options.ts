/** A choice's options (a `Select`, a `Radio.Group`): each value with its words, in the order given. */
export function optionsOf<V extends string | number>(values: readonly V[], labelOf: (value: V) => string) {
  return values.map((value) => ({ value, label: labelOf(value) }));
}
