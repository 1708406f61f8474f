import {
  CheckCircleFilled,
  ClockCircleOutlined,
  FileExcelOutlined,
  MinusCircleOutlined,
} from '@ant-design/icons';
import { Button, List, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { loadGoLive } from '../../components/GoLiveNotice.tsx';
import { PageSpinner } from '../../components/guards.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';

const ICONS: Record<string, React.ReactNode> = {
  done: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  started: <ClockCircleOutlined style={{ color: '#fa8c16' }} />,
  todo: <MinusCircleOutlined style={{ color: '#bfbfbf' }} />,
};

/**
 * 上线清单: the steps that take a new federation from set-up to its first return (ADR 77) — the union tree from a
 * sheet, accounts for every union, the members, the holiday calendar, the first return — each with its state, the
 * figures it produced, the page to do it on and its template.
 */
export default function GoLivePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('golive.title'));
  const { data, error, loading, reload } = useLoad(loadGoLive, []);
  if (error) return <LoadError error={error} retry={reload} />;
  if (loading && !data) return <PageSpinner />;
  if (!data) return null;
  const en = i18n.language === 'en';
  return (
    <div data-testid="golive-page" style={{ maxWidth: 860 }}>
      <Typography.Title level={3}>{t('golive.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('golive.intro')}</Typography.Paragraph>
      <Progress
        percent={Math.round((data.done / data.steps.length) * 100)}
        format={() => t('golive.progress', { done: data.done, total: data.steps.length })}
        data-testid="golive-progress"
      />
      <List
        dataSource={data.steps}
        renderItem={(s, i) => (
          <List.Item
            data-testid={`golive-step-${s.key}`}
            actions={[
              s.template && (
                <Button key="template" icon={<FileExcelOutlined />} href={s.template}>
                  {t('golive.template')}
                </Button>
              ),
              <Link key="go" to={s.href}>
                <Button type={s.state === 'done' ? 'default' : 'primary'}>
                  {s.state === 'done' ? t('golive.open') : t('golive.go')}
                </Button>
              </Link>,
            ].filter(Boolean)}
          >
            <List.Item.Meta
              avatar={ICONS[s.state]}
              title={
                <Space>
                  <span>
                    {i + 1}. {en ? s.title.en : s.title.zh}
                  </span>
                  <Tag color={s.state === 'done' ? 'green' : s.state === 'started' ? 'orange' : undefined}>
                    {t(`golive.state.${s.state}`)}
                  </Tag>
                </Space>
              }
              description={
                <span data-testid={`golive-figure-${s.key}`}>{en ? s.figure.en : s.figure.zh}</span>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
