import { CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, List, Pagination, Space, Spin, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { refreshMessageCounts } from './message-counts.ts';
import { formatMessageTime, type Message, messagesApi, textOf } from './messages-api.ts';
import './messages.css';

const PAGE_SIZE = 20;

/** Staff: my messages, newest first; unread filter, mark read, mark all read; a click opens the link. */
export default function MessagesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('msg.title'));
  const navigate = useNavigate();
  const [unread, setUnread] = useState(false);
  const [page, setPage] = useState(1);
  const list = useLoad(
    () => messagesApi.list({ unread: unread || undefined, page, pageSize: PAGE_SIZE }),
    [unread, page],
  );
  const { act, busy } = useAct(() => Promise.all([list.reload(), refreshMessageCounts()]));

  /** Marks `m` read; `key` is the button that spins meanwhile (标为已读, or 打开 when it opens the message). */
  const markRead = async (m: Message, key = `read${m.id}`) => {
    if (!m.readAt) await act(key, () => messagesApi.markRead(m.id));
  };
  const open = async (m: Message) => {
    await markRead(m, `open${m.id}`);
    if (m.link) navigate(m.link);
  };
  const markAll = () => act('all', () => messagesApi.markAllRead(), t('msg.markedAll'));

  const data = list.data;
  return (
    <div data-testid="messages-page" lang={i18n.language}>
      <Typography.Title level={3} className="page-title">
        {t('msg.title')}
      </Typography.Title>
      <Card
        title={
          <Space>
            <Switch
              checked={unread}
              onChange={(v) => {
                setUnread(v);
                setPage(1);
              }}
              data-testid="messages-unread-only"
            />
            <span>{t('msg.unreadOnly')}</span>
          </Space>
        }
        extra={
          <Button
            icon={<CheckOutlined />}
            onClick={markAll}
            loading={busy === 'all'}
            disabled={!data?.unreadCount}
            data-testid="messages-read-all"
          >
            {t('msg.markAllRead')}
          </Button>
        }
      >
        {list.error && !data ? (
          <LoadError error={list.error} retry={() => void list.reload()} what={t('load.what.messages')} />
        ) : !data ? (
          <Spin />
        ) : data.items.length === 0 ? (
          <Empty description={unread ? t('msg.emptyUnread') : t('msg.empty')} />
        ) : (
          <>
            <List
              loading={list.loading}
              dataSource={data.items}
              renderItem={(m) => {
                const { title, body } = textOf(m);
                return (
                  <List.Item
                    key={m.id}
                    data-testid={`message-${m.id}`}
                    className={m.readAt ? 'msg-item' : 'msg-item msg-unread'}
                    actions={[
                      ...(m.readAt
                        ? []
                        : [
                            <Button
                              key="read"
                              type="link"
                              size="small"
                              loading={busy === `read${m.id}`}
                              onClick={() => void markRead(m)}
                            >
                              {t('msg.markRead')}
                            </Button>,
                          ]),
                      ...(m.link
                        ? [
                            <Button
                              key="open"
                              type="link"
                              size="small"
                              loading={busy === `open${m.id}`}
                              onClick={() => void open(m)}
                            >
                              {t('msg.open')}
                            </Button>,
                          ]
                        : []),
                    ]}
                  >
                    <List.Item.Meta
                      title={
                        <Space>
                          {!m.readAt && <Badge status="processing" color="#c8102e" title={t('msg.unread')} />}
                          <button
                            type="button"
                            className="msg-title-button"
                            onClick={() => void open(m)}
                            style={{ fontWeight: m.readAt ? 400 : 600 }}
                          >
                            {title}
                          </button>
                        </Space>
                      }
                      description={
                        <>
                          <div>{body}</div>
                          <Typography.Text type="secondary">
                            {formatMessageTime(String(m.createdAt))}
                          </Typography.Text>
                        </>
                      }
                    />
                  </List.Item>
                );
              }}
            />
            <Space style={{ marginTop: 16, justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text type="secondary">{t('msg.total', { count: data.total })}</Typography.Text>
              <Pagination
                current={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                onChange={setPage}
                showSizeChanger={false}
                hideOnSinglePage
              />
            </Space>
          </>
        )}
      </Card>
    </div>
  );
}
