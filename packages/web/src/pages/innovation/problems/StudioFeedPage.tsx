import { Alert, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Money } from '../../../components/labels.tsx';
import { RecordPage } from '../../../components/RecordPage.tsx';
import { problemsApi } from './problems-api.ts';

/** Staff: a studio's feed of open problems that match its achievements. */
export default function StudioFeedPage() {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/innovation/alliance">← {t('ip.alliance.title')}</Link>
      <RecordPage load={problemsApi.feed} what={t('ip.what.feed')} title={t('ip.alliance.feed')}>
        {(f) => (
          <Card title={t('ip.feed.title', { name: f.studio.name })}>
            {!f.studio.inAlliance && <Alert type="warning" showIcon message={t('ip.feed.notInAlliance')} />}
            <Typography.Paragraph type="secondary">{t('ip.feed.hint')}</Typography.Paragraph>
            {f.total > f.items.length && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="capped-notice"
                message={t('ip.feed.best', { shown: f.items.length, total: f.total })}
              />
            )}
            {f.items.length === 0 ? (
              <Empty description={t('ip.feed.empty')} />
            ) : (
              <List
                dataSource={f.items}
                renderItem={(p) => (
                  <List.Item
                    data-testid="feed-item"
                    actions={[
                      <Link key="open" to={`/innovation/problems/${p.id}`}>
                        {t('ip.feed.open')}
                      </Link>,
                    ]}
                  >
                    <List.Item.Meta
                      title={p.title}
                      description={
                        <Flex gap={8} wrap>
                          <span>
                            {p.poster} · {p.unionName} · {p.industry ?? '—'} · <Money fen={p.fundingFen} />
                            {p.deadline && ` · ${t('ip.field.deadline')} ${p.deadline}`}
                          </span>
                          {p.words.map((w) => (
                            <Tag key={w} color="blue">
                              {w}
                            </Tag>
                          ))}
                        </Flex>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        )}
      </RecordPage>
    </Space>
  );
}
