import { CopyOutlined, StopOutlined } from '@ant-design/icons';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Flex,
  Row,
  Space,
  Statistic,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { linkColumn } from '../../components/columns.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { TableCard } from './ReturnPage.table.tsx';
import { type Progress, returnsApi, STATUS_COLOR } from './returns-api.ts';
import { TILE_COLOURS, textOn, tileColour } from './state-colours.ts';
import { NotReportedModal } from './submission-parts.tsx';

type UnionRow = Progress['unions'][number];

/**
 * A return seen from the issuer or a consolidating union: where each union below stands (drill down a level at a
 * time), and the consolidated table of what they reported, with last year and outliers.
 */
export default function ReturnPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : undefined;
  const ret = useLoad(() => returnsApi.get(id), [id]);
  const progress = useLoad(() => returnsApi.progress(id, orgId), [id, orgId]);
  const table = useLoad(() => returnsApi.table(id, orgId), [id, orgId]);
  usePageTitle(ret.data?.title ?? t('ret.what.return'));
  const reload = () => {
    progress.reload();
    table.reload();
    ret.reload();
  };
  const drill = (o?: number) => setParams(o ? { orgId: String(o) } : {});
  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[{ title: <Link to="/returns">{t('ret.nav')}</Link> }, { title: ret.data?.title ?? '' }]}
      />
      <LoadGate state={ret} what={t('ret.what.return')}>
        {(r) => <Head r={r} onChanged={reload} />}
      </LoadGate>
      <LoadGate state={progress} what={t('ret.what.progress')}>
        {(p) => <ProgressCard p={p} returnId={id} atIssuer={!orgId} onDrill={drill} onChanged={reload} />}
      </LoadGate>
      <LoadGate state={table} what={t('ret.what.table')}>
        {(c) => <TableCard c={c} returnId={id} onDrill={drill} />}
      </LoadGate>
    </Flex>
  );
}

function Head({ r, onChanged }: { r: Awaited<ReturnType<typeof returnsApi.get>>; onChanged: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { can } = useSession();
  const navigate = useNavigate();
  const feedback = useFeedback();
  /** The day collection ended; null is today (ADR 40). */
  const [closedOn, setClosedOn] = useState<string | null>(null);
  const act = async (fn: () => Promise<{ id: number }>, done: string, go?: boolean) => {
    try {
      const res = await fn();
      feedback.success(done);
      if (go) navigate(`/returns/${res.id}/edit`);
      else onChanged();
    } catch (err) {
      feedback.error(err);
    }
  };
  return (
    <Card
      title={
        <Space wrap>
          {r.title}
          <Tag>{t(`ret.returnStatus.${r.status}`)}</Tag>
        </Space>
      }
      extra={
        r.isIssuer &&
        can('returns.issue') && (
          <Space wrap>
            <Button
              icon={<CopyOutlined />}
              onClick={() => void act(() => returnsApi.copy(r.id), t('ret.actions.copied'), true)}
            >
              {t('ret.actions.copy')}
            </Button>
            {r.status === 'issued' && (
              <Button
                icon={<StopOutlined />}
                onClick={() =>
                  modal.confirm({
                    title: t('ret.actions.closeConfirm'),
                    onOk: () => act(() => returnsApi.close(r.id, closedOn), t('ret.actions.closed')),
                  })
                }
              >
                {t('ret.actions.close')}
              </Button>
            )}
            {r.status === 'issued' && (
              <PastDay value={closedOn} onChange={setClosedOn} testId="ret-closed-on" />
            )}
          </Space>
        )
      }
    >
      <Space wrap size="large">
        <span>
          {t('ret.field.issuer')}
          {t('common.colon')}
          {r.orgName}
        </span>
        <span>
          {t('ret.field.period')}
          {t('common.colon')}
          {r.periodFrom} — {r.periodTo}
        </span>
        <span>
          {t('ret.field.deadline')}
          {t('common.colon')}
          {r.deadline}
        </span>
        {r.mine && (
          <Link to={`/returns/${r.id}/unions/${r.mine.orgId}`}>
            <Tag color={STATUS_COLOR[r.mine.status]}>{t(`ret.status.${r.mine.status}`)}</Tag>
          </Link>
        )}
      </Space>
    </Card>
  );
}

function ProgressCard({
  p,
  returnId,
  atIssuer,
  onDrill,
  onChanged,
}: {
  p: Progress;
  returnId: number;
  atIssuer: boolean;
  onDrill: (orgId?: number) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [marking, setMarking] = useState<UnionRow | null>(null);
  const { act, busy } = useAct(() => {
    setMarking(null);
    onChanged();
  });
  const c = p.counts;
  const stat = (label: string, value: number, testId?: string, color?: string) => (
    <Col xs={12} md={6} lg={3}>
      <Statistic
        title={label}
        value={value}
        valueStyle={color ? { color } : undefined}
        data-testid={testId}
      />
    </Col>
  );
  return (
    <Card
      title={`${t('ret.progress.title')} · ${p.orgName}`}
      extra={!atIssuer && <Button onClick={() => onDrill()}>{t('ret.progress.up')}</Button>}
    >
      <Row gutter={[16, 16]}>
        {stat(t('ret.progress.unions'), c.unions)}
        {stat(t('ret.progress.accepted'), c.accepted, 'ret-count-accepted', '#389e0d')}
        {stat(t('ret.progress.submitted'), c.submitted)}
        {stat(t('ret.progress.returned'), c.returned)}
        {stat(t('ret.progress.open'), c.open)}
        {stat(t('ret.progress.overdue'), c.overdue, undefined, c.overdue ? '#cf1322' : undefined)}
        {stat(t('ret.progress.onTime'), c.onTime)}
        {stat(t('ret.progress.late'), c.late)}
        {stat(t('ret.progress.notReported'), c.notReported)}
      </Row>
      <StateMap p={p} returnId={returnId} onDrill={onDrill} />
      <PagedTable<UnionRow>
        pageSize={50}
        style={{ marginTop: 16 }}
        rowKey="orgId"
        dataSource={p.unions}
        data-testid="ret-progress"
        columns={[
          linkColumn(t('ret.field.unions'), 'orgName', (u) => `/returns/${returnId}/unions/${u.orgId}`),
          {
            title: t('ret.field.status'),
            key: 'status',
            render: (_, u) => (
              <Space>
                <Tag color={STATUS_COLOR[u.status]}>{t(`ret.status.${u.status}`)}</Tag>
                {u.late && <Tag color="red">{t('ret.progress.late_tag')}</Tag>}
              </Space>
            ),
          },
          {
            title: '',
            key: 'below',
            render: (_, u) =>
              u.consolidates ? (
                <Space>
                  {t('ret.progress.subtree', { n: u.below.submitted, all: u.below.unions })}
                  <Button type="link" size="small" onClick={() => onDrill(u.orgId)}>
                    {t('ret.progress.drill')}
                  </Button>
                </Space>
              ) : null,
          },
          {
            title: '',
            key: 'act',
            render: (_, u) => (
              <Space>
                <Link to={`/returns/${returnId}/unions/${u.orgId}`}>{t('ret.progress.open_union')}</Link>
                {u.canReview && (u.status === 'open' || u.status === 'returned') && (
                  <Button size="small" onClick={() => setMarking(u)} data-testid={`ret-mark-${u.orgId}`}>
                    {t('ret.review.notReported')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {marking && (
        <NotReportedModal
          name={marking.orgName}
          onClose={() => setMarking(null)}
          busy={busy === 'mark'}
          onMark={(reason, day) =>
            act(
              'mark',
              () => returnsApi.notReported(returnId, marking.orgId, reason, day),
              t('ret.review.marked'),
            )
          }
        />
      )}
    </Card>
  );
}

/** A tile per union below, coloured by its state (a consolidating union: by how much of its subtree is in). */
function StateMap({
  p,
  returnId,
  onDrill,
}: {
  p: Progress;
  returnId: number;
  onDrill: (orgId?: number) => void;
}) {
  const { t } = useTranslation();
  const tile = (u: UnionRow) => {
    const background = tileColour(u);
    const color = textOn(background);
    return { background, color, textShadow: color === '#ffffff' ? undefined : 'none' };
  };
  const c = TILE_COLOURS;
  const legend: [string, string][] = [
    [c.accepted, t('ret.status.accepted')],
    [c.submitted, t('ret.status.submitted')],
    [c.returned, t('ret.status.returned')],
    [c.open, t('ret.status.open')],
    [c.overdue, t('ret.progress.overdue')],
    [c.notReported, t('ret.status.not_reported')],
  ];
  return (
    <Flex vertical gap={6} style={{ marginTop: 16 }}>
      <Flex wrap gap={12}>
        {legend.map(([c, label]) => (
          <Typography.Text key={label} type="secondary">
            <span className="ret-swatch" style={{ background: c }} /> {label}
          </Typography.Text>
        ))}
      </Flex>
      <Flex wrap gap={6} data-testid="ret-map">
        {p.unions.map((u) => (
          <Tooltip
            key={u.orgId}
            title={`${u.orgName} · ${t(`ret.status.${u.status}`)}${u.consolidates ? ` · ${t('ret.progress.subtree', { n: u.below.submitted, all: u.below.unions })}` : ''}${u.late ? ` · ${t('ret.progress.late_tag')}` : ''}`}
          >
            {u.consolidates ? (
              <button
                type="button"
                className="ret-tile"
                style={tile(u)}
                onClick={() => onDrill(u.orgId)}
                aria-label={u.orgName}
              >
                {tileName(u.orgName)}
              </button>
            ) : (
              <Link
                to={`/returns/${returnId}/unions/${u.orgId}`}
                className="ret-tile"
                style={tile(u)}
                aria-label={u.orgName}
              >
                {tileName(u.orgName)}
              </Link>
            )}
          </Tooltip>
        ))}
      </Flex>
    </Flex>
  );
}

/** A union's name on a map tile: its first four characters, with … when there are more (the tooltip has it all). */
const tileName = (name: string) => (name.length > 4 ? `${name.slice(0, 4)}…` : name);
