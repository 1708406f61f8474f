import { LeftOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** The quiet link above a worker's programme page back to the list it was opened from (‹ 我的申请, ‹ 福利项目). */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="wp-muted m-tap">
      <LeftOutlined /> {children}
    </Link>
  );
}
