import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type Dialog, DialogFor } from './CongressPage.dialogs.tsx';
import { RosterTab, SessionsTab } from './CongressPage.tabs.tsx';
import { congressesApi } from './congresses-api.ts';

/** Staff: a congress — its terms, the roster with the legal proportions checked, and its sessions. */
export default function CongressPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const [termId, setTermId] = useState<number | undefined>();
  const detail = useLoad(() => congressesApi.get(id, termId), [id, termId]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  usePageTitle(detail.data?.name ?? t('cong.what.congress'));
  if (!detail.data) return <LoadState state={detail} what={t('cong.what.congress')} />;
  const c = detail.data;
  const manage = can('congresses.manage');
  const en = i18n.language === 'en';
  const p = c.proportions;
  const done = () => {
    setDialog(null);
    detail.reload();
  };
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            <span data-testid="cong-title">{c.name}</span>
            <Tag>{t(`cong.kind.${c.kind}`)}</Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {c.terms.length > 0 && (
              <Select
                style={{ minWidth: 120 }}
                value={c.termId ?? undefined}
                onChange={setTermId}
                options={c.terms.map((x) => ({
                  value: x.id,
                  label: `${t('cong.field.termN', { n: x.number })}${aside(`${x.startsOn}—${x.endsOn}`)}`,
                }))}
                data-testid="cong-term"
              />
            )}
            {manage && (
              <Button icon={<SettingOutlined />} onClick={() => setDialog({ kind: 'settings' })}>
                {t('cong.detail.settings')}
              </Button>
            )}
            {manage && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDialog({ kind: 'term' })}
                data-testid="cong-add-term"
              >
                {t('cong.detail.addTerm')}
              </Button>
            )}
          </Space>
        }
      >
        <Flex vertical gap={8}>
          <Typography.Text>
            {c.orgName} · {t('cong.field.cosignMin')} {c.cosignMin} · {t('cong.field.answerDays')}{' '}
            {c.answerDays}
          </Typography.Text>
          {!c.termId && <Empty description={t('cong.detail.noTerm')} />}
          {c.termId && p.total > 0 && (
            <Alert
              type={p.warnings.length ? 'warning' : 'success'}
              showIcon
              data-testid="cong-proportions"
              message={t('cong.detail.proportions', p)}
              description={
                p.warnings.length ? (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {p.warnings.map((w) => (
                      <li key={w.code}>{en ? w.en : w.zh}</li>
                    ))}
                  </ul>
                ) : (
                  t('cong.detail.proportionsOk')
                )
              }
            />
          )}
        </Flex>
      </Card>
      {c.termId && (
        <Card>
          <Tabs
            items={[
              {
                key: 'roster',
                label: t('cong.detail.roster'),
                children: <RosterTab c={c} manage={manage} setDialog={setDialog} />,
              },
              {
                key: 'sessions',
                label: t('cong.detail.sessions'),
                children: <SessionsTab c={c} manage={manage} setDialog={setDialog} />,
              },
            ]}
          />
        </Card>
      )}
      {dialog && <DialogFor dialog={dialog} c={c} onClose={() => setDialog(null)} onDone={done} />}
    </Flex>
  );
}
