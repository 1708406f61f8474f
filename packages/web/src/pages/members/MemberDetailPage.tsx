import { EditOutlined, IdcardOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { heldDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AttributesForm, attributesOf } from './AttributesForm.tsx';
import { AttributeTags } from './AttributeTags.tsx';
import { MemberAccountCard } from './MemberAccountCard.tsx';
import { MemberBasicCard, MembershipHistory } from './MemberDetailPage.parts.tsx';
import { BasicEditModal, EndMembershipModal, TransferModal } from './MemberDialogs.tsx';

/** One member: masked ID with an audited reveal, attributes, membership history and transfer. */
export default function MemberDetailPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const id = Number(useParams().id);
  const person = useLoad(() => unwrap(api.GET('/api/members/{id}', { params: { path: { id } } })), [id]);
  usePageTitle(person.data?.name);
  const [dialog, setDialog] = useState<'edit' | 'transfer' | 'end' | null>(null);

  if (person.error)
    return <LoadError error={person.error} retry={person.reload} what={t('load.what.member')} />;
  const p = person.data;
  if (!p || p.id !== id)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const writable = can('people.write');

  return (
    <div className="page" data-testid="member-detail">
      <PageHeading
        crumbs={[{ to: '/members', label: t('member.listTitle') }]}
        title={p.name}
        titleTestId="member-name"
        tags={<AttributeTags person={p} empty="" />}
        actions={
          <>
            {p.orgId && (
              <Button
                icon={<IdcardOutlined />}
                href={`/api/members/${p.id}/card.pdf`}
                target="_blank"
                data-testid="member-card-pdf"
              >
                {t('card.print')}
              </Button>
            )}
            {writable && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="member-edit">
                {t('common.edit')}
              </Button>
            )}
            {writable && (
              <Button
                icon={<SwapOutlined />}
                onClick={() => setDialog('transfer')}
                data-testid="member-transfer"
                disabled={!p.orgId}
              >
                {t('member.transfer')}
              </Button>
            )}
            {writable && (
              <Button
                danger
                icon={<StopOutlined />}
                onClick={() => setDialog('end')}
                data-testid="member-end"
                disabled={!p.orgId}
              >
                {t('member.end')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <MemberBasicCard p={p} />
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('member.attributes')}>
            <AttributesForm
              key={`${p.id}-${JSON.stringify(attributesOf(p))}`}
              value={attributesOf(p)}
              hardshipFileId={p.hardshipFileId}
              onSave={
                writable
                  ? async (v) => {
                      try {
                        const saved = await unwrap(
                          api.PATCH('/api/members/{id}', { params: { path: { id } }, body: v }),
                        );
                        person.set({ ...p, ...saved });
                        feedback.success(t('common.saved'));
                      } catch (err) {
                        feedback.error(err);
                      }
                    }
                  : undefined
              }
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <MemberAccountCard id={p.id} />
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('member.history')}>
            <MembershipHistory p={p} />
          </Card>
        </Col>
      </Row>
      {dialog === 'edit' && (
        <BasicEditModal person={p} {...heldDialog(() => setDialog(null), person.reload)} />
      )}
      {dialog === 'end' && (
        <EndMembershipModal
          person={p}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            person.set(next);
          }}
        />
      )}
      {dialog === 'transfer' && (
        <TransferModal
          person={p}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            person.set(next);
          }}
        />
      )}
    </div>
  );
}
