import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Popconfirm,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFeedback } from '../../components/feedback.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { RecordPage } from '../../components/RecordPage.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLocale } from '../../locale.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { type CaseDetail, casesApi, named } from './cases-api.ts';
import { CaseStatusTag } from './labels.tsx';

/** Staff: one request, its timeline and, for the handling chain, the actions. Each opening is audited. */
export default function CaseDetailPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Link to="/cases">{t('case.detail.back')}</Link>
      <RecordPage load={casesApi.get} what={t('case.detail.what')} title={t('case.list.title')}>
        {(d, { set }) => <Body d={d} onChange={set} />}
      </RecordPage>
    </Flex>
  );
}

function Body({ d, onChange }: { d: CaseDetail; onChange: (d: CaseDetail) => void }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const c = d.case;
  const closed = c.status === 'closed';
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card
          title={`${t(`case.channel.${c.channel}`)} · ${named(c.categoryName, lang)}`}
          extra={
            <Space>
              <CaseStatusTag status={c.status} testId="case-status" />
              {c.overdue && <Tag color="red">{t('case.overdue')}</Tag>}
            </Space>
          }
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="case-description">
            {c.description}
          </Typography.Paragraph>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label={t('case.field.worker')}>
              <span data-testid="case-worker">
                {c.worker
                  ? `${c.worker.name}${c.worker.phone ? ` · ${c.worker.phone}` : ''}`
                  : t(`case.identity.${c.identity === 'shown' ? 'hidden' : c.identity}`)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('case.field.union')}>
              <span data-testid="case-union">{c.orgName}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('case.field.filedUnion')}>{c.filedOrgName}</Descriptions.Item>
            <Descriptions.Item label={t('case.field.filedOn')}>
              {c.receivedTime ? `${c.filedOn} ${c.receivedTime}` : c.filedOn}
              {c.countedFrom !== c.filedOn && (
                <Typography.Text type="secondary" data-testid="case-counted-from">
                  {' '}
                  {t('case.field.countedFrom', { day: c.countedFrom })}
                </Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('case.field.ackDue')}>{c.ackDue}</Descriptions.Item>
            <Descriptions.Item label={t('case.field.answerDue')}>{c.answerDue}</Descriptions.Item>
            <Descriptions.Item label={t('case.field.handler')}>{c.handlerName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('case.field.rating')}>
              {c.rating ? `${'★'.repeat(c.rating)}${c.ratingComment ? ` ${c.ratingComment}` : ''}` : '—'}
            </Descriptions.Item>
          </Descriptions>
          {d.files.length > 0 && (
            <Flex gap={8} wrap style={{ marginTop: 12 }}>
              <Typography.Text type="secondary">{t('case.detail.files')}</Typography.Text>
              {d.files.map((f) => (
                <a key={f.id} href={casesApi.fileUrl(c.id, f.id)}>
                  {f.fileName}
                </a>
              ))}
            </Flex>
          )}
        </Card>
        {!closed && d.canHandle && <Actions d={d} onChange={onChange} />}
        {!d.canHandle && !closed && (
          <Alert
            style={{ marginTop: 16 }}
            type="info"
            showIcon
            message={t('case.detail.readOnly', { name: c.orgName })}
          />
        )}
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('case.detail.timeline')}>
          <CaseTimeline events={d.events} />
        </Card>
      </Col>
    </Row>
  );
}

function Actions({ d, onChange }: { d: CaseDetail; onChange: (d: CaseDetail) => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const c = d.case;
  const [text, setText] = useState('');
  const [handler, setHandler] = useState<number>();
  const [target, setTarget] = useState<number | null>(null);
  const { busy, run: whileBusy } = useSaving();
  // The day of the step when it is recorded after the fact (补录); undefined: today.
  const [day, setDay] = useState<string | null>(null);
  const on = day ?? undefined;
  const run = async (call: () => Promise<CaseDetail>) => {
    await whileBusy(async () => {
      onChange(await call());
      setText('');
      feedback.success(t('case.detail.done'));
    });
  };
  return (
    <Card title={t('case.detail.actions')} style={{ marginTop: 16 }} data-testid="case-actions">
      <Flex vertical gap={12}>
        <PastDay value={day} onChange={setDay} testId="case-day" />
        <Flex gap={8} wrap>
          {c.status === 'submitted' && (
            <Button
              type="primary"
              loading={busy}
              onClick={() => run(() => casesApi.accept(c.id, on))}
              data-testid="case-accept"
            >
              {t('case.detail.accept')}
            </Button>
          )}
          {d.unionAbove && (
            <Button
              loading={busy}
              onClick={() => run(() => casesApi.escalate(c.id, on))}
              data-testid="case-escalate"
            >
              {t('case.detail.escalate', { name: d.unionAbove.name })}
            </Button>
          )}
          <Popconfirm
            title={t('case.detail.closeConfirm')}
            onConfirm={() => run(() => casesApi.close(c.id, on))}
          >
            <Button loading={busy} data-testid="case-close">
              {t('case.detail.close')}
            </Button>
          </Popconfirm>
        </Flex>
        <Flex gap={8} wrap>
          <Select
            style={{ width: 220 }}
            placeholder={t('case.detail.assign')}
            value={handler}
            onChange={setHandler}
            options={d.handlers.map((h) => ({ value: h.id, label: h.name }))}
          />
          <Button
            disabled={!handler}
            loading={busy}
            onClick={() => handler && run(() => casesApi.assign(c.id, handler, on))}
          >
            {t('case.detail.assign')}
          </Button>
          <OrgSelect
            value={target}
            onChange={(v) => setTarget(v)}
            placeholder={t('case.detail.transferTo')}
          />
          <Button
            disabled={!target}
            loading={busy}
            onClick={() => target && run(() => casesApi.transfer(c.id, target, on))}
          >
            {t('case.detail.transfer')}
          </Button>
        </Flex>
        <TextBox
          rows={3}
          max={4000}
          value={text}
          onChange={setText}
          placeholder={t('case.detail.replyPlaceholder')}
          testId="case-reply-text"
        />
        <Button
          type="primary"
          disabled={!text.trim()}
          loading={busy}
          onClick={() => run(() => casesApi.reply(c.id, text.trim(), on))}
          data-testid="case-reply"
        >
          {t('case.detail.reply')}
        </Button>
      </Flex>
    </Card>
  );
}
