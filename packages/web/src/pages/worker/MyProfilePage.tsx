import { EditOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { PhoneLoadState } from '../../components/LoadError.tsx';
import { TodoCards } from '../../components/TodoCards.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AttributeTags } from '../members/AttributeTags.tsx';
import { PhoneDrawer } from './PhoneDrawer.tsx';

/** A worker's own membership, on a phone: who, which union, masked ID, phone (editable), the way to 修改密码, history. */
export default function MyProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('member.basic'));
  const me = useLoad(() => unwrap(api.GET('/api/me/profile')), []);
  const [editing, setEditing] = useState(false);
  const p = me.data;
  if (me.error || !p) return <PhoneLoadState state={me} what={t('load.what.profile')} />;

  return (
    <div className="m-profile" data-testid="my-profile">
      <section className="m-hello">
        <div className="m-hello-name" data-testid="my-name">
          {p.name}
        </div>
        <div className="m-hello-org">{p.orgName ?? '—'}</div>
        {p.joinedOn && <div className="m-hello-since">{t('worker.memberSince', { date: p.joinedOn })}</div>}
      </section>

      <TodoCards compact />

      <LinkCard to="/m/card" testId="my-card-link">
        {t('card.link')}
      </LinkCard>

      <LinkCard to="/m/pledges" testId="my-pledges-link">
        {t('pl.mine.link')}
      </LinkCard>

      <section className="m-card">
        <h2 className="m-card-title">{t('member.basic')}</h2>
        <dl className="m-list">
          <Row label={t('member.idNumber')}>
            <span className="mono" data-testid="my-id">
              {p.idMasked}
            </span>
          </Row>
          <Row label={t('member.phone')}>
            <span className="m-phone">
              <span data-testid="my-phone">{p.phone ?? '—'}</span>
              <Button
                type="link"
                size="large"
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                data-testid="edit-phone"
                className="m-touch"
              >
                {t('common.edit')}
              </Button>
            </span>
          </Row>
          <Row label={t('member.gender')}>{t(`gender.${p.gender}`)}</Row>
          <Row label={t('member.birthDate')}>{p.birthDate}</Row>
          <Row label={t('worker.union')}>{p.orgName ?? '—'}</Row>
          {p.employerName && <Row label={t('member.employerName')}>{p.employerName}</Row>}
        </dl>
      </section>

      <LinkCard to="/m/password" testId="my-password-link">
        {t('worker.password')}
      </LinkCard>

      <section className="m-card">
        <h2 className="m-card-title">{t('member.attributes')}</h2>
        <AttributeTags person={p} empty={t('worker.noAttributes')} />
      </section>

      <section className="m-card">
        <h2 className="m-card-title">{t('member.history')}</h2>
        <Timeline
          items={p.memberships.map((m) => ({
            color: m.status === 'active' ? 'red' : 'gray',
            content: (
              <div className="m-history">
                <div className="m-history-org">{m.orgName}</div>
                <div className="muted small">
                  {m.joinedOn} – {m.leftOn ?? ''}{' '}
                  <Tag color={m.status === 'active' ? 'green' : 'default'}>
                    {t(`membershipStatus.${m.status}`)}
                  </Tag>
                </div>
                {m.note && <div className="muted small">{m.note}</div>}
              </div>
            ),
          }))}
        />
      </section>

      <PhoneDrawer
        open={editing}
        person={p}
        onClose={() => setEditing(false)}
        onSaved={(next) => {
          me.set(next);
          setEditing(false);
        }}
      />
    </div>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="m-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A card opening another of the worker's pages: its name, and the arrow. */
function LinkCard({ to, testId, children }: { to: string; testId: string; children: React.ReactNode }) {
  return (
    <Link to={to} className="m-card m-link-card" data-testid={testId}>
      <span>{children}</span>
      <RightOutlined />
    </Link>
  );
}
