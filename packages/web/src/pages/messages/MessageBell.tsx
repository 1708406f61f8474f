import { AuditOutlined, BellOutlined } from '@ant-design/icons';
import { Badge, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { useMessageCounts } from './message-counts.ts';

/**
 * The staff header's badges: a bell with the unread count (opens /messages) and, for reviewers, the
 * applications waiting at their union's step (opens the review queue). Unknown counts show no number.
 */
export function MessageBell() {
  const { t } = useTranslation();
  const { can } = useSession();
  const counts = useMessageCounts();
  const unread = counts?.unreadCount ?? 0;
  const waiting = counts?.waitingReviews ?? 0;
  return (
    <Space size={4}>
      {can('applications.review') && waiting > 0 && (
        <Tooltip title={t('msg.waitingTitle', { count: waiting })}>
          <Link to="/applications" data-testid="waiting-reviews">
            <Button type="text" icon={<AuditOutlined />}>
              {t('msg.waiting', { count: waiting })}
            </Button>
          </Link>
        </Tooltip>
      )}
      <Link
        to="/messages"
        aria-label={unread ? t('msg.unreadBadge', { count: unread }) : t('msg.bell')}
        data-testid="message-bell"
      >
        <Badge count={unread} size="small" overflowCount={99} data-testid="message-bell-count">
          <Button type="text" icon={<BellOutlined style={{ fontSize: 18 }} />} tabIndex={-1} />
        </Badge>
      </Link>
    </Space>
  );
}
