import { Grid } from 'antd';

/** True on a phone-sized window (narrower than antd's `md` breakpoint, 768 px). */
export function useNarrow(): boolean {
  return Grid.useBreakpoint().md === false;
}
