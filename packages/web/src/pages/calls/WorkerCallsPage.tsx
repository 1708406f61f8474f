import { Empty, Select, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { PhoneLoadState } from '../../components/LoadError.tsx';
import { PhoneButton } from '../../components/PhoneButton.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { callsApi, type MyCall } from './calls-api.ts';
import { WorkStatusTag } from './labels.tsx';

type MyWork = MyCall['works'][number];

/** The worker's calls for works on the phone: send a slogan or a photo, see the branch's review, fix a returned one. */
export default function WorkerCallsPage() {
  const { t } = useTranslation();
  usePageTitle(t('calls.mine.title'));
  const list = useLoad(() => callsApi.mine(), []);
  if (list.error || !list.data) return <PhoneLoadState state={list} what={t('calls.what.mine')} />;
  return (
    <div data-testid="my-calls">
      {list.data.items.length === 0 && (
        <section className="m-card">
          <Empty description={t('calls.mine.empty')} />
        </section>
      )}
      <CappedNotice list={list.data} plain />
      {list.data.items.map((c) => (
        <CallCard key={c.id} call={c} reload={list.reload} />
      ))}
    </div>
  );
}

function CallCard({ call, reload }: { call: MyCall; reload: () => void }) {
  const { t } = useTranslation();
  const [fixing, setFixing] = useState<MyWork | null>(null);
  const category = (id: number) => call.categories.find((k) => k.id === id);
  return (
    <section className="m-card" data-testid={`my-call-${call.id}`}>
      <h2 className="m-card-title">{call.title}</h2>
      <div>{call.orgName}</div>
      <div>{t('calls.mine.window', { from: call.opensOn, to: call.closesOn })}</div>
      <div>
        {call.categories.map((k) => (
          <Tag key={k.id}>
            {k.name} · {t(`calls.kind.${k.kind}`)}
          </Tag>
        ))}
      </div>
      <Typography.Text type="secondary">{t('calls.field.perWorkerN', { n: call.perWorker })}</Typography.Text>
      {call.description && <p style={{ marginTop: 8 }}>{call.description}</p>}
      {call.works.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <strong>{t('calls.mine.myWorks')}</strong>
          {call.works.map((w) => (
            <div key={w.id} className="call-work" data-testid={`my-work-${w.id}`}>
              <div>
                {category(w.categoryId)?.name} · {w.title}{' '}
                <WorkStatusTag status={w.status} testId={`my-work-status-${w.id}`} />
                {w.result && <Tag color="blue">{t(`calls.result.${w.result}`)}</Tag>}
              </div>
              {w.hasFile && (
                <img
                  src={callsApi.myFileUrl(w.id)}
                  alt={w.title}
                  style={{ maxWidth: '100%', maxHeight: 160, marginTop: 4 }}
                />
              )}
              {w.status === 'returned' && (
                <>
                  <Typography.Text type="danger">
                    {t('calls.field.reason')}
                    {t('common.colon')}
                    {w.returnReason}
                  </Typography.Text>
                  {call.open && (
                    <PhoneButton
                      style={{ marginTop: 4 }}
                      onClick={() => setFixing(w)}
                      data-testid={`my-work-fix-${w.id}`}
                    >
                      {t('calls.mine.sendAgain')}
                    </PhoneButton>
                  )}
                </>
              )}
            </div>
          ))}
        </div>
      )}
      {call.open ? (
        <SendForm
          key={fixing?.id ?? 'new'}
          call={call}
          fixing={fixing}
          onDone={() => {
            setFixing(null);
            reload();
          }}
        />
      ) : (
        <div style={{ marginTop: 8 }}>
          <Tag>{t('calls.mine.closed')}</Tag>
        </div>
      )}
      {call.publishedOn && (
        <Link to={`/m/calls/${call.id}/gallery`} data-testid={`my-call-gallery-${call.id}`}>
          <PhoneButton style={{ marginTop: 8 }}>{t('calls.mine.gallery')}</PhoneButton>
        </Link>
      )}
    </section>
  );
}

function SendForm({ call, fixing, onDone }: { call: MyCall; fixing: MyWork | null; onDone: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [categoryId, setCategoryId] = useState<number>(fixing?.categoryId ?? call.categories[0].id);
  const [title, setTitle] = useState(fixing?.title ?? '');
  const [body, setBody] = useState(fixing?.body ?? '');
  const [file, setFile] = useState<File | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const input = useRef<HTMLInputElement>(null);
  const kind = call.categories.find((k) => k.id === categoryId)?.kind ?? 'text';
  const ready = kind === 'text' ? !!body.trim() : !!file || !!fixing;
  const send = async () => {
    await whileBusy(async () => {
      await callsApi.submitSelf(
        call.id,
        {
          categoryId,
          title: title.trim() || undefined,
          ...(kind === 'text' ? { body } : {}),
          ...(fixing ? { workId: fixing.id } : {}),
        },
        kind === 'text' ? undefined : (file ?? undefined),
      );
      feedback.success(t('calls.mine.sent'));
      setBody('');
      setTitle('');
      setFile(null);
      onDone();
    });
  };
  return (
    <div style={{ marginTop: 12 }} data-testid={`my-call-form-${call.id}`}>
      <strong>{fixing ? t('calls.mine.sendAgain') : t('calls.mine.send')}</strong>
      <Select
        size="large"
        style={{ width: '100%', marginTop: 4 }}
        value={categoryId}
        disabled={!!fixing}
        onChange={(v) => {
          setCategoryId(v);
          setFile(null);
        }}
        options={call.categories.map((k) => ({ value: k.id, label: k.name }))}
        data-testid={`my-call-category-${call.id}`}
      />
      <TextLine
        size="large"
        style={{ marginTop: 8 }}
        value={title}
        max={200}
        placeholder={t('calls.mine.titlePlaceholder')}
        onChange={setTitle}
      />
      {kind === 'text' ? (
        <TextBox
          style={{ marginTop: 8 }}
          value={body}
          max={2000}
          autoSize={{ minRows: 3 }}
          placeholder={t('calls.mine.textPlaceholder')}
          onChange={setBody}
          testId={`my-call-text-${call.id}`}
        />
      ) : (
        <>
          <input
            ref={input}
            type="file"
            hidden
            accept={
              kind === 'image' ? 'image/jpeg,image/png' : '.pdf,.doc,.docx,.ppt,.pptx,.txt,.jpg,.jpeg,.png'
            }
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid={`my-call-file-${call.id}`}
          />
          <PhoneButton style={{ marginTop: 8 }} onClick={() => input.current?.click()}>
            {file ? t('calls.mine.picked', { name: file.name }) : t('calls.mine.pick')}
          </PhoneButton>
          {kind === 'image' && (
            <Typography.Text type="secondary">{t('calls.mine.photoHint')}</Typography.Text>
          )}
        </>
      )}
      <PhoneButton
        type="primary"
        style={{ marginTop: 8 }}
        disabled={!ready}
        loading={busy}
        onClick={send}
        data-testid={`my-call-send-${call.id}`}
      >
        {fixing ? t('calls.mine.sendAgain') : t('calls.mine.send')}
      </PhoneButton>
    </div>
  );
}
