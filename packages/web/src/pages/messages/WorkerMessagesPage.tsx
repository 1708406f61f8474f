import { RightOutlined } from '@ant-design/icons';
import { Button, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFeedback } from '../../components/feedback.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import i18n from '../../i18n/index.ts';
import { refreshMessageCounts } from './message-counts.ts';
import { formatMessageTime, type Message, messagesApi, type SmsState, textOf } from './messages-api.ts';
import './messages.css';

const PAGE_SIZE = 30;

/** A message's SMS copy: 已发送 / 已送达 / 未送达 with the reason; nothing when none was sent by SMS. */
function SmsLine({ state }: { state: SmsState | undefined }) {
  const { t } = useTranslation();
  if (!state) return null;
  const reason = i18n.language === 'en' ? state.reasonEn : state.reasonZh;
  return (
    <div className="wp-muted" data-testid="sms-state-line" data-state={state.state}>
      {t(`sms.mine.${state.state}`)}
      {state.state === 'failed' && reason ? `${t('common.colon')}${reason}` : ''}
    </div>
  );
}

/** Worker (phone): my messages as cards; a tap marks it read and opens its link. */
export default function WorkerMessagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('msg.title'));
  const feedback = useFeedback();
  const navigate = useNavigate();
  const [size, setSize] = useState(PAGE_SIZE);
  const list = useLoad(() => messagesApi.list({ pageSize: size }), [size]);
  const { act, busy } = useAct(() => Promise.all([list.reload(), refreshMessageCounts()]));
  const ids = list.data?.items.map((m) => m.id) ?? [];
  const sms = useLoad(
    () => (ids.length ? messagesApi.smsStates(ids.slice(0, 200)) : Promise.resolve({ items: [] })),
    [ids.join(',')],
  );
  const smsOf = new Map<number, SmsState>((sms.data?.items ?? []).map((x) => [x.messageId, x]));

  const open = async (m: Message) => {
    if (!m.readAt) {
      try {
        const read = await messagesApi.markRead(m.id);
        if (list.data) {
          list.set({
            ...list.data,
            items: list.data.items.map((x) => (x.id === m.id ? read : x)),
            unreadCount: Math.max(0, list.data.unreadCount - 1),
          });
        }
        void refreshMessageCounts();
      } catch (err) {
        feedback.error(err);
        return;
      }
    }
    if (m.link) navigate(m.link);
  };
  const markAll = () => act('all', () => messagesApi.markAllRead());

  const data = list.data;
  return (
    <div className="wp-page msg-m-page" data-testid="m-messages-page">
      <div className="msg-m-head">
        <div className="wp-title">{t('msg.title')}</div>
        <Button type="link" onClick={() => navigate('/m/messages/sms')} data-testid="m-messages-sms">
          {t('sms.choices.link')}
        </Button>
        {!!data?.unreadCount && (
          <Button type="link" loading={busy === 'all'} onClick={markAll} data-testid="m-messages-read-all">
            {t('msg.markAllRead')}
          </Button>
        )}
      </div>
      {!!list.error && !data && (
        <LoadError error={list.error} retry={() => void list.reload()} what={t('load.what.messages')} />
      )}
      {!data && !list.error && <Spin />}
      {data?.items.length === 0 && <Empty description={t('msg.empty')} />}
      {data?.items.map((m) => {
        const { title, body } = textOf(m);
        return (
          <button
            type="button"
            key={m.id}
            className={`wp-card msg-m-card${m.readAt ? '' : ' unread'}`}
            onClick={() => void open(m)}
            data-testid={`m-message-${m.id}`}
            data-kind={m.kind}
            data-unread={m.readAt ? undefined : 'true'}
          >
            <div className="wp-card-head">
              <span className="msg-m-title">
                {!m.readAt && <span className="msg-m-dot" role="img" aria-label={t('msg.unread')} />}
                {title}
              </span>
              {m.link && <RightOutlined className="wp-muted" />}
            </div>
            <div className="msg-m-body">{body}</div>
            <span className="wp-muted">{formatMessageTime(String(m.createdAt))}</span>
            <SmsLine state={smsOf.get(m.id)} />
          </button>
        );
      })}
      {data && data.total > data.items.length && size < 200 && (
        <Button block onClick={() => setSize((s) => Math.min(200, s + PAGE_SIZE))}>
          {t('msg.more')}
        </Button>
      )}
    </div>
  );
}
