import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DayPicker } from '../../../components/DayPicker.tsx';
import { useFeedback } from '../../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../../components/inputValidity.tsx';
import { LoadGate } from '../../../components/LoadError.tsx';
import { formatTime, Money } from '../../../components/labels.tsx';
import { dayWithEntry, PastDay } from '../../../components/PastDay.tsx';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { YuanInput } from '../../../components/YuanInput.tsx';
import { type Achievement, achievementsApi } from './achievements-api.ts';
import { PublishedTag } from './labels.tsx';

const isPicture = (mime: string) => mime === 'image/jpeg' || mime === 'image/png';

/** Staff: one achievement, its team, patent and conversions; publish it, record a conversion. */
export default function AchievementDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const state = useLoad(() => achievementsApi.get(id), [id]);
  return (
    <LoadGate state={state} what={t('ach.list.title')}>
      {(a) => <Detail a={a} onChange={state.set} />}
    </LoadGate>
  );
}

function Detail({ a, onChange }: { a: Achievement; onChange: (a: Achievement) => void }) {
  const { t } = useTranslation();
  usePageTitle(a.title);
  const feedback = useFeedback();
  const invalid = useInvalidFields();
  const [busy, setBusy] = useState(false);
  const [converting, setConverting] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [publishOn, setPublishOn] = useState<string | null>(null);
  const [conversion, setConversion] = useState({
    partner: '',
    convertedOn: dayjs().format('YYYY-MM-DD'),
    valueFen: null as number | null,
  });

  const act = async (run: () => Promise<Achievement>, done: string) => {
    setBusy(true);
    try {
      onChange(await run());
      feedback.success(done);
      return true;
    } catch (err) {
      feedback.error(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const addConversion = async () => {
    if (invalid.blocked()) return;
    const ok = await act(
      () =>
        achievementsApi.addConversion(a.id, {
          partner: conversion.partner,
          convertedOn: conversion.convertedOn,
          valueFen: conversion.valueFen ?? 0,
        }),
      t('ach.detail.conversionAdded'),
    );
    if (ok) setConverting(false);
  };
  const publish = async () => {
    const ok = await act(
      () => achievementsApi.publish(a.id, publishOn ?? undefined),
      t('ach.detail.published'),
    );
    if (ok) setPublishing(false);
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Flex gap={8} align="center">
            <span data-testid="achievement-heading">{a.title}</span>
            <PublishedTag publishedAt={a.publishedAt} />
          </Flex>
        }
        extra={
          <Flex gap={8}>
            <Link to={`/innovation/achievements/${a.id}/edit`}>
              <Button>{t('ach.detail.edit')}</Button>
            </Link>
            {a.publishedAt ? (
              <>
                <a href={`/catalogue/${a.id}`} target="_blank" rel="noreferrer">
                  <Button>{t('ach.detail.publicPage')}</Button>
                </a>
                <Popconfirm
                  title={t('ach.detail.unpublishConfirm')}
                  onConfirm={() => act(() => achievementsApi.unpublish(a.id), t('ach.detail.unpublished'))}
                >
                  <Button danger loading={busy}>
                    {t('ach.detail.unpublish')}
                  </Button>
                </Popconfirm>
              </>
            ) : (
              <Button
                type="primary"
                loading={busy}
                onClick={() => {
                  setPublishOn(null);
                  setPublishing(true);
                }}
                data-testid="achievement-publish"
              >
                {t('ach.detail.publish')}
              </Button>
            )}
          </Flex>
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2 }}
          bordered
          size="small"
          items={[
            { key: 'type', label: t('ach.field.type'), children: t(`ach.type.${a.type}`) },
            { key: 'stage', label: t('ach.field.stage'), children: t(`ach.stage.${a.stage}`) },
            { key: 'studio', label: t('ach.field.studio'), children: a.studioName ?? '—' },
            { key: 'union', label: t('ach.field.union'), children: a.orgName },
            { key: 'year', label: t('ach.field.year'), children: a.year },
            { key: 'industry', label: t('ach.field.industry'), children: a.industry ?? '—' },
            {
              key: 'team',
              label: t('ach.field.team'),
              span: 2,
              children: a.team.map((m) => `${m.position}. ${m.name}`).join('　'),
            },
            {
              key: 'patent',
              label: t('ach.field.patent'),
              span: 2,
              children: a.patent
                ? `${t(`ach.patentType.${a.patent.type}`)} ${a.patent.number}（${a.patent.grantedOn}）`
                : '—',
            },
            {
              key: 'published',
              label: t('ach.detail.publishedAt'),
              span: 2,
              children: a.publishedAt
                ? ((a.publishedOn &&
                    a.publishedRecordedAt &&
                    dayWithEntry(t, a.publishedOn, a.publishedRecordedAt)) ??
                  formatTime(a.publishedAt))
                : '—',
            },
            { key: 'abstract', label: t('ach.field.abstract'), span: 2, children: a.abstract },
            ...(a.body
              ? [
                  {
                    key: 'body',
                    label: t('ach.field.body'),
                    span: 2,
                    children: (
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                        {a.body}
                      </Typography.Paragraph>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        title={t('ach.field.attachments')}
        extra={
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              void act(async () => {
                await achievementsApi.attach(a.id, file);
                return achievementsApi.get(a.id);
              }, t('ach.detail.attached'));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="achievement-attach">
              {t('ach.detail.attach')}
            </Button>
          </Upload>
        }
      >
        <List
          size="small"
          dataSource={a.attachments}
          locale={{ emptyText: t('ach.detail.noAttachments') }}
          renderItem={(f) => (
            <List.Item>
              <a href={achievementsApi.attachmentUrl(a.id, f.id)} download={f.fileName}>
                <PaperClipOutlined /> {f.fileName}
              </a>
              <Space>
                {isPicture(f.mime) && (
                  <Tooltip title={t('ach.detail.publicPictureHint')}>
                    <Switch
                      size="small"
                      checked={f.public}
                      loading={busy}
                      aria-label={t('ach.detail.publicPicture')}
                      data-testid={`attachment-public-${f.id}`}
                      onChange={(on) =>
                        void act(
                          async () => {
                            await achievementsApi.setPicturePublic(a.id, f.id, on);
                            return achievementsApi.get(a.id);
                          },
                          t(on ? 'ach.detail.pictureShown' : 'ach.detail.pictureHidden'),
                        )
                      }
                    />{' '}
                    <Typography.Text>{t('ach.detail.publicPicture')}</Typography.Text>
                  </Tooltip>
                )}
                <Typography.Text type="secondary">{Math.max(1, Math.ceil(f.size / 1024))} KB</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card
        title={t('ach.field.conversions')}
        extra={<Button onClick={() => setConverting(true)}>{t('ach.detail.addConversion')}</Button>}
      >
        <Table
          rowKey="id"
          pagination={false}
          dataSource={a.conversionList}
          locale={{ emptyText: t('ach.detail.noConversions') }}
          columns={[
            { title: t('ach.field.partner'), dataIndex: 'partner' },
            {
              title: t('ach.field.convertedOn'),
              dataIndex: 'convertedOn',
              render: (v: string, c) => dayWithEntry(t, v, c.recordedAt) ?? v,
            },
            { title: t('ach.field.value'), dataIndex: 'valueFen', render: (v: number) => <Money fen={v} /> },
          ]}
        />
      </Card>
      <Modal
        open={converting}
        title={t('ach.detail.addConversion')}
        onCancel={() => setConverting(false)}
        onOk={addConversion}
        okButtonProps={{
          loading: busy,
          disabled: !conversion.partner.trim() || !conversion.convertedOn || conversion.valueFen === null,
        }}
        destroyOnHidden
      >
        <ValidityScope fields={invalid}>
          <Form layout="vertical">
            <Form.Item label={t('ach.field.partner')} required>
              <Input
                maxLength={200}
                value={conversion.partner}
                onChange={(e) => setConversion((c) => ({ ...c, partner: e.target.value }))}
              />
            </Form.Item>
            <Form.Item label={t('ach.field.convertedOn')} required extra={t('past.hint')}>
              <DayPicker
                style={{ width: '100%' }}
                value={conversion.convertedOn ? dayjs(conversion.convertedOn) : null}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                onChange={(d) =>
                  setConversion((c) => ({ ...c, convertedOn: d ? d.format('YYYY-MM-DD') : '' }))
                }
                data-testid="conversion-day"
              />
            </Form.Item>
            <Form.Item label={t('ach.field.value')} required>
              <YuanInput
                value={conversion.valueFen}
                onChange={(fen) => setConversion((c) => ({ ...c, valueFen: fen }))}
              />
            </Form.Item>
          </Form>
        </ValidityScope>
      </Modal>
      <Modal
        open={publishing}
        title={t('ach.detail.publish')}
        onCancel={() => setPublishing(false)}
        onOk={publish}
        okText={t('ach.detail.publish')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy, 'data-testid': 'achievement-publish-ok' } as never}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          <Typography.Text>{t('ach.detail.publishConfirm')}</Typography.Text>
          <PastDay value={publishOn} onChange={setPublishOn} testId="publish-day" />
        </Flex>
      </Modal>
    </Space>
  );
}
