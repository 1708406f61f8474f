import { ConfigProvider, Select, type SelectProps } from 'antd';
import { PHONE_OPTION_HEIGHT, PHONE_THEME } from './phone-theme.ts';

/**
 * A phone page's select (which service, which district): antd's `Select` whose box and options are 44 px tall,
 * where antd's are 32, so that a thumb picks the option it means. Inside the worker's phone frame every select is
 * so already; this one carries it to a public page read on a phone.
 */
export function PhoneSelect<V extends string>(props: SelectProps<V>) {
  return (
    <ConfigProvider theme={PHONE_THEME}>
      <Select<V> listItemHeight={PHONE_OPTION_HEIGHT} {...props} />
    </ConfigProvider>
  );
}
