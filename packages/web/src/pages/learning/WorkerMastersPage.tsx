import { Button, Empty, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { PhoneChoice } from '../../components/PhoneChoice.tsx';
import { PhoneList, PhonePage } from '../../components/PhoneList.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { type LearningRequest, myLearningApi } from './learning-api.ts';

/** Worker (phone): ask a master a question or to take me on (网上拜师); a master answers here too. */
export default function WorkerMastersPage() {
  const { t } = useTranslation();
  const masters = useLoad(() => myLearningApi.masters(), []);
  const requests = useLoad(() => myLearningApi.requests(), []);
  const [masterId, setMasterId] = useState<number>();
  const [kind, setKind] = useState<'question' | 'apprentice'>('question');
  const [text, setText] = useState('');
  const { act, busy } = useAct(requests.reload);
  const ask = async () => {
    if (!masterId || !text.trim()) return;
    await act(
      'ask',
      async () => {
        await myLearningApi.ask({ masterId, kind, text: text.trim() });
        setText('');
      },
      t('learn.ask.sent'),
    );
  };
  return (
    <PhonePage title={t('learn.ask.title')}>
      <div className="wp-card">
        <LoadGate state={masters} what={t('learn.ask.mastersWhat')} compact>
          {(data) =>
            data.items.length === 0 ? (
              <Empty description={t('learn.ask.noMasters')} />
            ) : (
              <>
                <CappedNotice list={data} plain />
                <Select
                  data-testid="ask-master"
                  style={{ width: '100%' }}
                  value={masterId}
                  onChange={setMasterId}
                  placeholder={t('learn.ask.pickMaster')}
                  aria-label={t('learn.ask.pickMaster')}
                  options={data.items.map((m) => ({
                    value: m.id,
                    label: `${m.name} · ${t(`learn.masterTitle.${m.title}`)} · ${m.speciality}`,
                  }))}
                />
              </>
            )
          }
        </LoadGate>
        <PhoneChoice
          value={kind}
          onChange={setKind}
          values={['question', 'apprentice']}
          labelOf={(k) => t(`learn.requestKind.${k}`)}
          style={{ margin: '8px 0' }}
        />
        <TextBox
          rows={3}
          max={2000}
          value={text}
          onChange={setText}
          placeholder={t('learn.ask.placeholder')}
          testId="ask-text"
        />
        <Button
          type="primary"
          block
          style={{ marginTop: 8 }}
          disabled={!masterId || !text.trim()}
          loading={busy === 'ask'}
          onClick={() => void ask()}
          data-testid="ask-send"
        >
          {t('learn.ask.send')}
        </Button>
      </div>
      <PhoneList state={requests} what={t('learn.ask.requestsWhat')} empty={t('learn.ask.noRequests')}>
        {(items) =>
          items.map((r) => <RequestCard key={r.id} request={r} onAnswered={() => void requests.reload()} />)
        }
      </PhoneList>
    </PhonePage>
  );
}

function RequestCard({ request: r, onAnswered }: { request: LearningRequest; onAnswered: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [answer, setAnswer] = useState('');
  const send = async (decision?: 'accept' | 'decline') => {
    try {
      await myLearningApi.answer(r.id, { answer: answer.trim(), decision });
      onAnswered();
    } catch (e) {
      feedback.error(e);
    }
  };
  return (
    <div className="wp-card" data-testid="request-card">
      <div className="wp-card-head">
        <div className="wp-card-name">
          {r.mine
            ? t('learn.ask.toMaster', { name: r.masterName })
            : t('learn.ask.fromWorker', { name: r.askerName })}
        </div>
        <Tag color={r.status === 'open' ? 'blue' : r.status === 'declined' ? 'default' : 'green'}>
          {t(`learn.requestStatus.${r.status}`)}
        </Tag>
      </div>
      <div className="wp-muted">{t(`learn.requestKind.${r.kind}`)}</div>
      <div>{r.text}</div>
      {r.answer && <div style={{ marginTop: 6 }}>{t('learn.ask.answer', { text: r.answer })}</div>}
      {!r.mine && r.status === 'open' && (
        <>
          <TextBox
            rows={2}
            max={2000}
            value={answer}
            onChange={setAnswer}
            style={{ marginTop: 8 }}
            testId="answer-text"
          />
          {r.kind === 'apprentice' ? (
            <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
              <Button type="primary" block disabled={!answer.trim()} onClick={() => void send('accept')}>
                {t('learn.ask.accept')}
              </Button>
              <Button block disabled={!answer.trim()} onClick={() => void send('decline')}>
                {t('learn.ask.decline')}
              </Button>
            </div>
          ) : (
            <Button
              type="primary"
              block
              disabled={!answer.trim()}
              style={{ marginTop: 8 }}
              onClick={() => void send()}
              data-testid="answer-send"
            >
              {t('learn.ask.reply')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
