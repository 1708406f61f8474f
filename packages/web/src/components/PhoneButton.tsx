import { Button, type ButtonProps } from 'antd';

/** A phone page's button across the card, large enough to tap (44 px at least, the `m-touch` class). */
export function PhoneButton(props: Omit<ButtonProps, 'size' | 'block' | 'className'>) {
  return <Button size="large" block className="m-touch" {...props} />;
}
