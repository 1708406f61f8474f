import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';

/** The primary button that starts a new record or adds one (新建…, 添加…): a plus before its words. */
export function NewButton({
  onClick,
  testId,
  disabled,
  children,
}: {
  onClick: () => void;
  testId: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} disabled={disabled} data-testid={testId}>
      {children}
    </Button>
  );
}
