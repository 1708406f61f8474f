import { Breadcrumb, Card, Col, Descriptions, Flex, Row, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { pickedDay } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { formatTime } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { LoadError, Loading } from '../../components/LoadError.tsx';
import { ApplicationStatusTag } from '../../components/labels.tsx';
import { formatFen } from '../../components/money.ts';
import { dayWithEntry } from '../../components/PastDay.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { applicationsApi, type ReviewAction, type Waiver } from '../programs/applications-api.ts';
import { DecideCard } from './ApplicationDetailPage.decide.tsx';
import { EvidenceGallery, History, MaterialsList, materialsOf } from './ApplicationParts.tsx';
import { submittedWhen } from './ApplicationQueuePage.columns.tsx';
import { Explanation } from './Explanation.tsx';
import { ReasonModal } from './ReasonModal.tsx';
import { ResubmitCard } from './ResubmitCard.tsx';

/** Staff: one application — who, what, why eligible or not, evidence, history, and the decision. */
export default function ApplicationDetailPage() {
  const id = Number(useParams().id);
  const { t } = useTranslation();
  const { can, me } = useSession();
  const feedback = useFeedback();
  const navigate = useNavigate();
  const loaded = useLoad(() => applicationsApi.get(id), [id]);
  const app = loaded.data;
  const load = loaded.reload;
  usePageTitle(`${t('review.queueTitle')} #${id}`);
  const [action, setAction] = useState<ReviewAction | null>(null);
  const [choiceKey, setChoiceKey] = useState<string | undefined>();
  // Going on to the next application starts its decision afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new id resets the decision
  useEffect(() => {
    setAction(null);
    setChoiceKey(undefined);
  }, [id]);

  if (loaded.error) return <LoadError error={loaded.error} retry={load} what={t('load.what.application')} />;
  // The previous application is not shown while the next one loads.
  if (!app || app.id !== id) return <Loading />;
  const chain = app.reviewChain;
  const choiceTiers = app.choiceTiers;
  // Only the union at the current step decides (the administrator may act on any step).
  const myStep = me?.role === 'admin' || (app.stepOrgId != null && app.stepOrgId === me?.orgId);
  const open = app.status === 'submitted' && can('applications.review') && myStep;

  // The final decision's event: its day, and the day it was entered when recorded after the fact.
  const decision = app.events.findLast((e) => e.action === 'approved' || e.action === 'rejected');
  const missing = materialsOf(app)
    .filter((m) => m.state === 'missing')
    .map((m) => m.spec);

  const decide = async (reason: string, waivers: Waiver[], effectiveOn: string | null) => {
    if (!action) return;
    try {
      await applicationsApi.act(id, action, {
        ...(reason ? { reason } : {}),
        ...(choiceKey ? { choiceKey } : {}),
        ...(waivers.length ? { waivers } : {}),
        ...pickedDay(effectiveOn),
      });
      feedback.success(t(`review.done.${action}`));
      setAction(null);
    } catch (err) {
      feedback.error(err);
      return;
    }
    // On to the next application waiting at my step, in queue order; none left: back to the queue.
    try {
      const next = await findNextWaiting(id);
      if (next) navigate(`/applications/${next}`);
      else navigate('/applications', { state: { allDone: true } });
    } catch (err) {
      feedback.error(err);
      await load();
    }
  };

  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[{ title: <Link to="/applications">{t('review.queueTitle')}</Link> }, { title: `#${app.id}` }]}
      />
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card
              title={
                <Flex gap={8} align="center">
                  {app.programName}
                  <ApplicationStatusTag status={app.status} />
                </Flex>
              }
            >
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'who',
                    label: t('review.field.applicant'),
                    children: app.personName ?? (app.applicantOrgId ? app.orgName : '—'),
                  },
                  ...(app.personIdMasked
                    ? [{ key: 'id', label: t('ledger.field.idNumber'), children: app.personIdMasked }]
                    : []),
                  { key: 'org', label: t('review.field.union'), children: app.orgName ?? '—' },
                  ...(!app.personName && app.note
                    ? [{ key: 'about', label: t('review.field.about'), children: app.note }]
                    : []),
                  {
                    key: 'amount',
                    label: t('review.field.amount'),
                    children: <span data-testid="application-amount">{formatFen(app.amountFen)}</span>,
                  },
                  {
                    key: 'intake',
                    label: t('review.field.intake'),
                    children: t(`prog.intake.${app.intake}`, { defaultValue: app.intake }),
                  },
                  {
                    key: 'created',
                    label: t('review.field.submittedAt'),
                    children: submittedWhen(t, app),
                  },
                  {
                    key: 'decided',
                    label: t('review.field.decidedAt'),
                    children:
                      (decision && dayWithEntry(t, decision.effectiveOn, decision.at)) ??
                      formatTime(app.decidedAt),
                  },
                  ...(app.status === 'submitted' && app.stepOrgName
                    ? [{ key: 'awaits', label: t('review.field.awaits'), children: app.stepOrgName }]
                    : []),
                ]}
              />
              {chain.length > 0 && (
                <Steps
                  size="small"
                  style={{ marginTop: 16 }}
                  current={app.status === 'approved' ? chain.length : app.step}
                  status={
                    app.status === 'rejected' ? 'error' : app.status === 'returned' ? 'wait' : undefined
                  }
                  items={chain.map((level) => ({ title: t(`prog.orgLevel.${level}`) }))}
                />
              )}
            </Card>
            <Card title={t('review.explanationTitle')}>
              <Explanation decision={app.decision} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            {open && (
              <DecideCard
                tiers={choiceTiers}
                choiceKey={choiceKey}
                setChoiceKey={setChoiceKey}
                setAction={setAction}
              />
            )}
            {app.status === 'returned' && can('applications.submit') && (
              <ResubmitCard id={app.id} onDone={load} />
            )}
            <Card title={t('review.evidenceTitle')}>
              <Flex vertical gap={12}>
                <MaterialsList app={app} />
                <EvidenceGallery files={app.files} urlOf={(f) => applicationsApi.fileUrl(app.id, f.id)} />
              </Flex>
            </Card>
            <Card title={t('review.historyTitle')}>
              <History events={app.events} />
            </Card>
          </Flex>
        </Col>
      </Row>
      <ReasonModal
        action={action}
        count={1}
        missing={missing}
        onCancel={() => setAction(null)}
        onOk={decide}
      />
    </Flex>
  );
}

/**
 * The application to open after deciding `currentId`: the next one waiting at my step in queue order
 * (newest first, as the queue lists them), wrapping to the top; null when none is left.
 */
async function findNextWaiting(currentId: number): Promise<number | null> {
  const queue = await applicationsApi.list({ mine: true, status: 'submitted', pageSize: 50 });
  const rest = queue.items.filter((a) => a.id !== currentId);
  return (rest.find((a) => a.id < currentId) ?? rest[0])?.id ?? null;
}
