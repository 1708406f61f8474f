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
import { useNarrow } from '../../components/useNarrow.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { REGISTER_LISTS } from '../import/register-lists.ts';

/** A register of the past is brought in on its own list, beside its export (issue 45). */
const hrefOf = (s: { key: string; href: string }) =>
  s.key.startsWith('register:') ? (REGISTER_LISTS[s.key.slice('register:'.length)]?.path ?? s.href) : s.href;

const ICONS: Record<string, React.ReactNode> = {
  done: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  started: <ClockCircleOutlined style={{ color: '#fa8c16' }} />,
  todo: <MinusCircleOutlined style={{ color: '#bfbfbf' }} />,
};

/**
 * 上线清单: the steps that take a new federation from set-up to its first return (ADR 77) — the union tree from a
 * sheet, accounts for every union, the members, each register of the past (optional), the holiday calendar, the
 * first return — each with its state, the figures it produced, the page to do it on and its template.
 */
export default function GoLivePage() {
  const { t } = useTranslation();
  usePageTitle(t('golive.title'));
  const { data, error, loading, reload } = useLoad(loadGoLive, []);
  // On a phone the buttons go under the step: beside it they leave its title two characters wide.
  const narrow = useNarrow();
  if (error) return <LoadError error={error} retry={reload} />;
  if (loading && !data) return <PageSpinner />;
  if (!data) return null;
  // The steps a go-live needs come first and carry the count; the registers of the past follow, each when it is had.
  const required = data.steps.filter((s) => !s.optional);
  const optional = data.steps.filter((s) => s.optional);
  return (
    <div data-testid="golive-page" style={{ maxWidth: 860 }}>
      <Typography.Title level={3}>{t('golive.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('golive.intro')}</Typography.Paragraph>
      <Progress
        percent={Math.round((data.done / data.required) * 100)}
        format={() => t('golive.progress', { done: data.done, total: data.required })}
        aria-label={t('golive.progress', { done: data.done, total: data.required })}
        data-testid="golive-progress"
      />
      <StepList steps={required} first={1} narrow={narrow} testId="golive-required" />
      {optional.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('golive.optionalTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('golive.optionalIntro')}</Typography.Paragraph>
          <StepList
            steps={optional}
            first={required.length + 1}
            narrow={narrow}
            testId="golive-optional-steps"
          />
        </>
      )}
    </div>
  );
}

type Step = Awaited<ReturnType<typeof loadGoLive>>['steps'][number];

/** A run of checklist steps, numbered from `first`, each with its state, its figure, its template and its page. */
function StepList({
  steps,
  first,
  narrow,
  testId,
}: {
  steps: Step[];
  first: number;
  narrow: boolean;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <List
      data-testid={testId}
      itemLayout={narrow ? 'vertical' : 'horizontal'}
      dataSource={steps}
      renderItem={(s, i) => (
        <List.Item
          data-testid={`golive-step-${s.key}`}
          actions={[
            s.template && (
              <Button key="template" icon={<FileExcelOutlined />} href={s.template}>
                {t('golive.template')}
              </Button>
            ),
            <Link key="go" to={hrefOf(s)}>
              <Button type={s.state === 'done' ? 'default' : 'primary'}>
                {s.state === 'done' ? t('golive.open') : t('golive.go')}
              </Button>
            </Link>,
          ].filter(Boolean)}
        >
          <List.Item.Meta
            avatar={ICONS[s.state]}
            title={
              <Space wrap>
                <span>
                  {first + i}. {en ? s.title.en : s.title.zh}
                </span>
                <Tag color={s.state === 'done' ? 'green' : s.state === 'started' ? 'orange' : undefined}>
                  {t(`golive.state.${s.state}`)}
                </Tag>
              </Space>
            }
            description={<span data-testid={`golive-figure-${s.key}`}>{en ? s.figure.en : s.figure.zh}</span>}
          />
        </List.Item>
      )}
    />
  );
}
