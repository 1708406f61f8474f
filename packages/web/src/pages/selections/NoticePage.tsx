import { Alert, Button, Card, Empty, Form, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { PhoneShell } from '../../components/PhoneShell.tsx';
import { PHONE_INPUT_MAX, phoneDigits } from '../../components/phone.ts';
import { useRecord } from '../../components/RecordPage.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type PublicNotice, selectionsApi } from './selections-api.ts';

/** The public notices (公示) of selections: no sign-in. */
export function NoticeListPage() {
  const { t } = useTranslation();
  usePageTitle(t('sel.notice.listTitle'));
  const state = useLoad(() => selectionsApi.notices(), []);
  return (
    <PhoneShell title={t('sel.notice.listTitle')}>
      <LoadGate state={state} what={t('sel.notice.listTitle')}>
        {(n) =>
          n.items.length === 0 ? (
            <Empty description={t('sel.notice.none')} />
          ) : (
            <>
              <CappedNotice list={n} plain />
              <List
                dataSource={n.items}
                renderItem={(i) => (
                  <List.Item key={i.id}>
                    <List.Item.Meta
                      title={<Link to={`/notice/selections/${i.id}`}>{i.edition}</Link>}
                      description={`${i.organiserName} · ${i.noticeFrom} ~ ${i.noticeUntil}`}
                    />
                    <Tag color={i.status === 'notice' ? 'purple' : 'green'}>
                      {t(`sel.notice.state.${i.status}`)}
                    </Tag>
                  </List.Item>
                )}
              />
            </>
          )
        }
      </LoadGate>
    </PhoneShell>
  );
}

/** One public notice: category, name, unit and deed of each selected nominee; an objection form. */
export default function NoticePage() {
  const { t } = useTranslation();
  const state = useRecord(selectionsApi.notice);
  usePageTitle(
    state.data ? t('sel.notice.title', { edition: state.data.edition }) : t('sel.notice.listTitle'),
  );
  return (
    <PhoneShell
      title={state.data ? t('sel.notice.title', { edition: state.data.edition }) : t('sel.notice.listTitle')}
    >
      <LoadGate state={state} what={t('sel.notice.listTitle')}>
        {(n) => <NoticeBody n={n} />}
      </LoadGate>
    </PhoneShell>
  );
}

function NoticeBody({ n }: { n: PublicNotice }) {
  const { t } = useTranslation();
  const [objecting, setObjecting] = useState<PublicNotice['entries'][number] | null>(null);
  const [lodged, setLodged] = useState(false);
  const categories = [...new Set(n.entries.map((e) => e.categoryName))];
  return (
    <>
      <Alert
        type={n.status === 'notice' ? 'info' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        message={
          n.status === 'notice'
            ? t('sel.notice.running', {
                organiser: n.organiserName,
                from: n.noticeFrom,
                until: n.noticeUntil,
              })
            : t('sel.notice.final', { organiser: n.organiserName })
        }
      />
      {lodged && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('sel.notice.lodged')}
          data-testid="notice-lodged"
        />
      )}
      {categories.map((c) => (
        <Card key={c} size="small" title={c} style={{ marginBottom: 12 }}>
          <List
            dataSource={n.entries.filter((e) => e.categoryName === c)}
            renderItem={(e) => (
              <List.Item
                key={e.nominationId}
                data-testid="notice-entry"
                actions={
                  n.status === 'notice'
                    ? [
                        <Button
                          key="o"
                          size="small"
                          onClick={() => setObjecting(e)}
                          data-testid="notice-object"
                        >
                          {t('sel.notice.object')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta title={`${e.name} · ${e.unit}`} description={e.deed} />
              </List.Item>
            )}
          />
        </Card>
      ))}
      {n.entries.length === 0 && <Empty description={t('sel.notice.empty')} />}
      <ObjectionModal
        selectionId={n.id}
        entry={objecting}
        onClose={() => setObjecting(null)}
        onDone={() => {
          setObjecting(null);
          setLodged(true);
        }}
      />
    </>
  );
}

function ObjectionModal({
  selectionId,
  entry,
  onClose,
  onDone,
}: DialogProps<{ selectionId: number; entry: PublicNotice['entries'][number] | null }>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string; contactName: string; contactPhone: string }>();
  const submit = async (v: { text: string; contactName: string; contactPhone: string }) => {
    if (!entry) return undefined;
    await selectionsApi.object(selectionId, { ...v, nominationId: entry.nominationId });
    onDone();
    return undefined;
  };
  return (
    <FieldsDialog
      form={form}
      open={entry !== null}
      title={entry ? t('sel.notice.objectTitle', { name: entry.name }) : ''}
      onClose={onClose}
      submit={submit}
      okText={t('sel.notice.submit')}
      okTestId="notice-object-ok"
    >
      <Typography.Paragraph type="secondary">{t('sel.notice.objectHint')}</Typography.Paragraph>
      <TextItem
        name="text"
        label={t('sel.objections.text')}
        max={500}
        rows={4}
        showCount
        required
        testId="notice-object-text"
      />
      <TextItem
        name="contactName"
        label={t('sel.notice.contactName')}
        max={50}
        required
        testId="notice-object-name"
      />
      <Form.Item
        name="contactPhone"
        label={t('sel.notice.contactPhone')}
        rules={[{ required: true, pattern: /^1[3-9]\d{9}$/, message: t('sel.notice.phoneRule') }]}
        normalize={phoneDigits}
      >
        <Input maxLength={PHONE_INPUT_MAX} inputMode="numeric" data-testid="notice-object-phone" />
      </Form.Item>
    </FieldsDialog>
  );
}
