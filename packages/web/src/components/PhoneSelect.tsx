import { ConfigProvider, Select, type SelectProps, type ThemeConfig } from 'antd';

/** A select's box and each of its options 44 px tall, as a thumb needs. */
const THUMB: ThemeConfig = { components: { Select: { controlHeight: 44, optionHeight: 44 } } };

/**
 * A phone page's select (which service, which district): antd's `Select` whose box and options are 44 px tall,
 * where antd's are 32, so that a thumb picks the option it means.
 */
export function PhoneSelect<V extends string>(props: SelectProps<V>) {
  return (
    <ConfigProvider theme={THUMB}>
      <Select<V> listItemHeight={44} {...props} />
    </ConfigProvider>
  );
}
