import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Empty, Flex, Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { labelColumn, textColumn } from '../../components/columns.tsx';
import { useWords } from '../../components/FigureNotes.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { optionsOf } from '../../components/options.ts';
import { PagedTable, WholeTable } from '../../components/TableCard.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import {
  congressesApi,
  MOTION_KINDS,
  type Motion,
  type MotionKind,
  type Proposal,
  type ProposalStatus,
  STATUS_COLOR,
} from './congresses-api.ts';
import { ProposalDrawer } from './ProposalDrawer.tsx';

/** Staff: a session — attendance against the quorum, its proposals, and the votes put to it. */
export default function SessionPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const feedback = useFeedback();
  const words = useWords();
  const session = useLoad(() => congressesApi.session(id), [id]);
  const roster = useLoad(
    async () => (session.data ? congressesApi.get(session.data.congressId, session.data.termId) : null),
    [session.data?.congressId, session.data?.termId],
  );
  const [present, setPresent] = useState<number[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const [motion, setMotion] = useState<{ title: string; kind: MotionKind }>({
    title: '',
    kind: 'resolution',
  });
  const { busy, run: whileBusy } = useSaving();
  useEffect(() => {
    if (session.data) setPresent(session.data.attendance);
  }, [session.data]);
  usePageTitle(session.data?.title ?? t('cong.what.session'));
  if (!session.data) return <LoadState state={session} what={t('cong.what.session')} />;
  const s = session.data;
  const manage = can('congresses.manage');
  const seated = (roster.data?.delegates ?? []).filter(
    (d) => d.electedOn <= s.heldOn && (d.endedOn === null || d.endedOn > s.heldOn),
  );
  const run = async (fn: () => Promise<unknown>, done: string | null) => {
    await whileBusy(async () => {
      await fn();
      if (done) feedback.success(done);
      session.reload();
    });
  };
  const quorumOk = s.quorumMet;
  return (
    <Flex vertical gap={16}>
      <Card
        title={s.title}
        extra={<Link to={`/congresses/${s.congressId}`}>{s.congressName}</Link>}
        data-testid="cong-session"
      >
        <Flex vertical gap={12}>
          <span>
            {s.orgName} · {t('cong.field.heldOn')} {s.heldOn} · {t('cong.field.window')} {s.proposalsFrom} —{' '}
            {s.proposalsUntil}
          </span>
          <Alert
            type={quorumOk ? 'success' : 'warning'}
            showIcon
            message={`${t('cong.session.quorum', { delegates: s.delegates, present: s.present, quorum: s.quorum })} · ${t(quorumOk ? 'cong.session.quorumOk' : 'cong.session.quorumShort')}`}
          />
          {manage && (
            <Card size="small" title={t('cong.session.attendance')}>
              <Checkbox.Group
                value={present}
                onChange={(v) => setPresent(v as number[])}
                options={seated.map((d) => ({ value: d.id, label: d.name }))}
              />
              <div style={{ marginTop: 8 }}>
                <Button
                  loading={busy}
                  onClick={() =>
                    run(async () => {
                      const r = await congressesApi.attendance(id, present);
                      feedback.success(t('cong.session.attendanceSaved', r));
                    }, null)
                  }
                >
                  {t('cong.session.saveAttendance')}
                </Button>
              </div>
            </Card>
          )}
        </Flex>
      </Card>
      <Card title={t('cong.session.proposals')}>
        <ProposalTable rows={s.proposals} onOpen={setOpen} />
      </Card>
      <Card title={t('cong.session.motions')}>
        <Flex vertical gap={12}>
          {manage && !quorumOk && (
            <Alert type="warning" showIcon message={t('cong.session.noVote', { quorum: s.quorum })} />
          )}
          {manage && (
            <Space.Compact style={{ maxWidth: 640 }}>
              <Select
                style={{ width: 160 }}
                value={motion.kind}
                onChange={(kind) => setMotion({ ...motion, kind })}
                options={optionsOf(MOTION_KINDS, (k) => t(`cong.motionKind.${k}`))}
              />
              <TextLine
                value={motion.title}
                max={200}
                placeholder={t('cong.field.title')}
                onChange={(text) => setMotion({ ...motion, title: text })}
              />
              <Button
                icon={<PlusOutlined />}
                disabled={!motion.title.trim() || !quorumOk}
                loading={busy}
                onClick={() =>
                  run(async () => {
                    await congressesApi.addMotion(id, motion);
                    setMotion({ title: '', kind: motion.kind });
                  }, t('cong.session.motionDone'))
                }
              >
                {t('cong.session.addMotion')}
              </Button>
            </Space.Compact>
          )}
          <WholeTable<Motion>
            dataSource={s.motions}
            locale={{ emptyText: <Empty description={t('cong.session.noMotions')} /> }}
            columns={[
              { title: t('cong.field.title'), dataIndex: 'title' },
              labelColumn(t('cong.field.kind'), 'kind', (k) => t(`cong.motionKind.${k}`)),
              {
                title: t('cong.field.votes'),
                key: 'votes',
                render: (_, m) =>
                  m.status === 'closed'
                    ? `${m.yes} / ${m.no} / ${m.abstain}`
                    : t('cong.session.ballots', { n: m.ballots }),
              },
              {
                title: t('cong.field.result'),
                key: 'result',
                render: (_, m) =>
                  m.result ? (
                    <Flex vertical gap={2} data-testid={`cong-motion-result-${m.id}`}>
                      <span>
                        <Tag color={m.result === 'passed' ? 'green' : 'red'}>
                          {t(`cong.result.${m.result}`)}
                        </Tag>
                      </span>
                      <span>{words(m.resultText)}</span>
                    </Flex>
                  ) : manage ? (
                    <Button
                      loading={busy}
                      onClick={() =>
                        run(async () => {
                          const r = await congressesApi.closeMotion(m.id);
                          feedback.success(
                            t('cong.session.closed', {
                              result: words(r.resultText) || t(`cong.result.${r.result}`),
                            }),
                          );
                        }, null)
                      }
                    >
                      {t('cong.session.close')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Flex>
      </Card>
      {open && (
        <ProposalDrawer
          id={open}
          siblings={s.proposals}
          onClose={() => setOpen(null)}
          onChanged={session.reload}
        />
      )}
    </Flex>
  );
}

/** Proposals in a table; a click opens one. */
export function ProposalTable({
  rows,
  onOpen,
  empty,
}: {
  rows: Proposal[] | undefined;
  onOpen: (id: number) => void;
  empty?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <PagedTable<Proposal>
      pageSize={50}
      dataSource={rows}
      locale={{ emptyText: empty ?? <Empty description={t('cong.session.noProposals')} /> }}
      data-testid="cong-proposals"
      columns={[
        {
          title: t('cong.field.title'),
          dataIndex: 'title',
          render: (v: string, p) => (
            <Button
              type="link"
              style={{ padding: 0 }}
              onClick={() => onOpen(p.id)}
              data-testid={`cong-open-${p.id}`}
            >
              {v}
            </Button>
          ),
        },
        { title: t('cong.field.proposer'), dataIndex: 'proposerName' },
        { title: t('cong.field.filedOn'), dataIndex: 'filedOn' },
        { title: t('cong.field.cosigns'), dataIndex: 'cosigns', align: 'right' },
        labelColumn(t('cong.field.status'), 'status', (st: ProposalStatus) => (
          <Tag color={STATUS_COLOR[st]}>{t(`cong.status.${st}`)}</Tag>
        )),
        textColumn(t('cong.field.department'), 'department'),
        { title: t('cong.field.dueOn'), dataIndex: 'dueOn', render: (d: string | null) => d ?? '—' },
        {
          title: t('cong.field.rating'),
          dataIndex: 'rating',
          render: (r: Proposal['rating']) => (r ? t(`cong.rating.${r}`) : '—'),
        },
      ]}
    />
  );
}
