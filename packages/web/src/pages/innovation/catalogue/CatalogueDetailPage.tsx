import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Form, Image, Input, Result, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../../api/client.ts';
import { LoadError, Loading } from '../../../components/LoadError.tsx';
import { TextLine } from '../../../components/TextBox.tsx';
import { useSaving } from '../../../components/useBusy.ts';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { CatalogueShell } from './CatalogueShell.tsx';
import { catalogueApi, type PublicAchievement } from './catalogue-api.ts';

const LINK = /(https?:|www\.)/i;

/** One published achievement for the public, and the form to get in touch with its team. */
export default function CatalogueDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const state = useLoad(() => catalogueApi.get(id), [id]);
  const missing = state.error instanceof ApiError && state.error.status === 404;
  return (
    <CatalogueShell>
      <Link to="/catalogue">
        <ArrowLeftOutlined /> {t('cat.back')}
      </Link>
      {missing ? (
        <Result status="404" title={t('cat.notFound')} />
      ) : state.error ? (
        <LoadError error={state.error} retry={state.reload} what={t('cat.title')} />
      ) : !state.data ? (
        <Loading />
      ) : (
        <Detail a={state.data} />
      )}
    </CatalogueShell>
  );
}

function Detail({ a }: { a: PublicAchievement }) {
  const { t } = useTranslation();
  usePageTitle(a.title);
  return (
    <>
      <Card style={{ marginTop: 12 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="catalogue-title">
          {a.title}
        </Typography.Title>
        <div style={{ marginBottom: 12 }}>
          <Tag color="blue">{t(`ach.type.${a.type}`)}</Tag>
          <Tag>{a.year}</Tag>
          <Tag color="green">{t(`ach.stage.${a.stage}`)}</Tag>
          {a.conversions > 0 && <Tag color="gold">{t('cat.conversions', { n: a.conversions })}</Tag>}
        </div>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('ach.field.studio')}>{a.studio ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ach.field.union')}>{a.union}</Descriptions.Item>
          <Descriptions.Item label={t('ach.field.industry')}>{a.industry ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cat.facet.region')}>{a.region ?? '—'}</Descriptions.Item>
          {a.patentNo && a.patentType && (
            <Descriptions.Item label={t('cat.patent')}>
              {t(`ach.patentType.${a.patentType}`)} {a.patentNo}
            </Descriptions.Item>
          )}
        </Descriptions>
        {a.pictures.length > 0 && (
          <Image.PreviewGroup>
            <Flex wrap gap={8} style={{ margin: '12px 0' }} data-testid="catalogue-pictures">
              {a.pictures.map((p, i) => (
                <Image
                  key={p.id}
                  src={p.url}
                  alt={t('cat.pictureAlt', { title: a.title, n: i + 1 })}
                  width={200}
                  height={150}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                />
              ))}
            </Flex>
          </Image.PreviewGroup>
        )}
        <Typography.Title level={5}>{t('ach.field.abstract')}</Typography.Title>
        <Typography.Paragraph>{a.abstract}</Typography.Paragraph>
        {a.body && (
          <>
            <Typography.Title level={5}>{t('ach.field.body')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.body}</Typography.Paragraph>
          </>
        )}
      </Card>
      <ContactForm id={a.id} />
    </>
  );
}

function ContactForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const [value, setValue] = useState({ organisation: '', contact: '', need: '' });
  const [sent, setSent] = useState(false);
  const { busy: sending, run: whileSending } = useSaving();
  const [tried, setTried] = useState(false);
  const fields = ['organisation', 'contact', 'need'] as const;
  const problem = (f: (typeof fields)[number]) =>
    !value[f].trim()
      ? t('cat.contact.required', { field: t(`cat.contact.${f}`) })
      : LINK.test(value[f])
        ? t('cat.contact.noLinks')
        : undefined;
  const send = async () => {
    setTried(true);
    if (fields.some((f) => problem(f))) return;
    await whileSending(async () => {
      await catalogueApi.contact(id, value);
      setSent(true);
    });
  };
  return (
    <Card title={t('cat.contact.title')} style={{ marginTop: 16 }} data-testid="contact-card">
      {sent ? (
        <Alert type="success" showIcon message={t('cat.contact.sent')} data-testid="contact-sent" />
      ) : (
        <Form layout="vertical">
          <Typography.Paragraph type="secondary">{t('cat.contact.intro')}</Typography.Paragraph>
          {fields.map((f) => (
            <Form.Item
              key={f}
              label={t(`cat.contact.${f}`)}
              htmlFor={`catalogue-contact-${f}`}
              required
              validateStatus={tried && problem(f) ? 'error' : undefined}
              help={tried ? problem(f) : undefined}
            >
              {f === 'need' ? (
                <Input.TextArea
                  id={`catalogue-contact-${f}`}
                  rows={4}
                  maxLength={1000}
                  showCount
                  value={value[f]}
                  onChange={(e) => setValue((v) => ({ ...v, [f]: e.target.value }))}
                  data-testid={`contact-${f}`}
                />
              ) : (
                <TextLine
                  id={`catalogue-contact-${f}`}
                  max={100}
                  value={value[f]}
                  onChange={(text) => setValue((v) => ({ ...v, [f]: text }))}
                  testId={`contact-${f}`}
                />
              )}
            </Form.Item>
          ))}
          <Button type="primary" loading={sending} onClick={send} data-testid="contact-submit">
            {t('cat.contact.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
