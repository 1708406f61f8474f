import {
  CheckOutlined,
  CloudDownloadOutlined,
  CloudUploadOutlined,
  HistoryOutlined,
  PlusOutlined,
  ReloadOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFeedback } from '../../components/feedback.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { SheetNotes, type SheetNotesProps } from '../import/ImportResult.tsx';
import { type FormField, type FormTable, returnsApi, STATUS_COLOR, type Submission } from './returns-api.ts';
import { cellErrorsOf, FieldInput, HistoryDrawer, SendBackModal, sheetErrors } from './submission-parts.tsx';

const cellKey = (table: string, row: string | number, col: string) => `${table}.${row}.${col}`;
/** The server's problems the page lists before saying how many there are in all. */
const PROBLEMS_SHOWN = 20;

/**
 * One union's return: filled by its own staff (on the web or through its sheet), reviewed by the union above. Each
 * input shows what is stored and sends what is typed; the server checks and says what to correct.
 */
export default function SubmissionPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = Number(params.id);
  const orgId = Number(params.orgId);
  const view = useLoad(() => returnsApi.view(id, orgId), [id, orgId]);
  usePageTitle(view.data ? `${view.data.title} · ${view.data.orgName}` : t('ret.what.submission'));
  return (
    <LoadGate state={view} what={t('ret.what.submission')}>
      {(s) => <Filling key={`${s.version}-${s.status}`} s={s} reload={view.reload} />}
    </LoadGate>
  );
}

function Filling({ s, reload }: { s: Submission; reload: () => void }) {
  const { t, i18n } = useTranslation();
  /** The values the server refused at the last save or upload, by key: shown at their cells. */
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const markCells = (err: unknown) => setCellErrors(cellErrorsOf(err, i18n.language === 'en') ?? {});
  const typed = (key: string, v: string) => {
    setEdits((e) => ({ ...e, [key]: v }));
    setCellErrors(({ [key]: _, ...rest }) => rest);
  };
  const feedback = useFeedback();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  /** The day a return handed in on paper was received (ADR 40); null is today. */
  const [receivedOn, setReceivedOn] = useState<string | null>(null);
  /** The day the union above decided (accepted, sent back, marked not reported, reopened); null is today. */
  const [reviewOn, setReviewOn] = useState<string | null>(null);
  const [history, setHistory] = useState(false);
  const [sendingBack, setSendingBack] = useState(false);
  const [marking, setMarking] = useState<{ orgId: number; name: string } | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);
  const [notes, setNotes] = useState<SheetNotesProps | null>(null);
  const editable = s.can.edit;
  const textOf = (key: string) => edits[key] ?? s.values[key]?.text ?? '';
  const reasonOf = (key: string) => reasons[key] ?? s.values[key]?.reason ?? '';
  const dirty = Object.keys(edits).length + Object.keys(reasons).length > 0;
  const general = s.comments.filter((c) => c.key === '');
  const allFields: { key: string; label: string }[] = s.form.sections.flatMap((sec) => [
    ...sec.fields.map((f) => ({ key: f.key, label: f.label })),
    ...sec.tables.flatMap((tb) =>
      (tb.rows ?? []).flatMap((r) =>
        tb.columns.map((c) => ({
          key: cellKey(tb.key, r.key, c.key),
          label: `${tb.label}·${r.label}·${c.label}`,
        })),
      ),
    ),
  ]);

  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await fn();
      if (done) feedback.success(done);
      reload();
      return true;
    } catch (err) {
      markCells(err);
      feedback.error(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const keys = [...new Set([...Object.keys(edits), ...Object.keys(reasons)])];
    if (!keys.length) return true;
    return run(
      () =>
        returnsApi.save(s.returnId, s.orgId, {
          version: s.version,
          values: keys.map((key) => ({ key, value: textOf(key) || null, reason: reasonOf(key) || null })),
        }),
      t('ret.fill.saved'),
    );
  };
  const submit = () =>
    Modal.confirm({
      title: t('ret.fill.submitConfirm'),
      okButtonProps: { 'data-testid': 'ret-submit-ok' } as never,
      onOk: async () => {
        if (dirty && !(await save())) return;
        await run(() => returnsApi.submit(s.returnId, s.orgId, receivedOn), t('ret.fill.submitted'));
      },
    });
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const r = await returnsApi.upload(s.returnId, s.orgId, file);
      feedback.success(t('ret.fill.uploaded', { n: r.rows }));
      setErrors(null);
      setNotes(r);
      reload();
    } catch (err) {
      const rows = sheetErrors(err);
      markCells(err);
      if (rows) setErrors(rows.map((e) => (i18n.language === 'en' ? e.en : e.zh)));
      else feedback.error(err);
    } finally {
      setBusy(false);
    }
    return false;
  };

  const field = (f: FormField, key = f.key) => (
    <FieldInput
      field={f}
      valueKey={key}
      s={s}
      text={textOf(key)}
      reason={reasonOf(key)}
      editable={editable}
      onText={(v) => typed(key, v)}
      error={cellErrors[key]}
      onReason={(v) => setReasons((r) => ({ ...r, [key]: v }))}
    />
  );

  return (
    <Flex vertical gap={16} className="ret-fill" data-testid="ret-submission">
      <Breadcrumb items={[{ title: <Link to="/returns">{t('ret.nav')}</Link> }, { title: s.title }]} />
      <Card
        title={
          <Space wrap>
            <span>{s.orgName}</span>
            <Tag color={STATUS_COLOR[s.status]} data-testid="ret-status">
              {t(`ret.status.${s.status}`)}
            </Tag>
          </Space>
        }
        extra={
          <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
            {t('ret.fill.history')}
          </Button>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('ret.field.title')}>{s.title}</Descriptions.Item>
          <Descriptions.Item label={t('ret.field.issuer')}>{s.issuerName}</Descriptions.Item>
          <Descriptions.Item label={t('ret.field.period')}>
            {s.periodFrom} — {s.periodTo}
          </Descriptions.Item>
          <Descriptions.Item label={t('ret.field.deadline')}>{s.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('ret.field.reviewer')}>{s.reviewerName}</Descriptions.Item>
        </Descriptions>
        {s.returnNote && <Alert type="warning" showIcon title={t('ret.fill.note', { note: s.returnNote })} />}
        {general
          .filter((c) => c.body !== s.returnNote)
          .map((c) => (
            <Alert
              key={`${c.round}-${c.body}`}
              type="warning"
              showIcon
              title={c.body}
              style={{ marginTop: 8 }}
            />
          ))}
        {s.notReportedReason && (
          <Alert type="info" showIcon title={s.notReportedReason} style={{ marginTop: 8 }} />
        )}
        {!editable && s.status !== 'open' && s.status !== 'returned' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('ret.fill.readOnly', { status: t(`ret.status.${s.status}`) })}
          </Typography.Paragraph>
        )}
        {s.can.review &&
          (s.status === 'submitted' || s.status === 'accepted' || s.status === 'not_reported') && (
            <div style={{ marginTop: 12 }}>
              <PastDay value={reviewOn} onChange={setReviewOn} testId="ret-review-on" />
            </div>
          )}
        {s.can.review && (
          <Space wrap style={{ marginTop: 12 }}>
            {s.status === 'submitted' && (
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={busy}
                data-testid="ret-accept"
                onClick={() =>
                  void run(() => returnsApi.accept(s.returnId, s.orgId, reviewOn), t('ret.review.accepted'))
                }
              >
                {t('ret.review.accept')}
              </Button>
            )}
            {(s.status === 'submitted' || s.status === 'accepted') && (
              <Button
                icon={<RollbackOutlined />}
                onClick={() => setSendingBack(true)}
                data-testid="ret-send-back"
              >
                {t('ret.review.sendBack')}
              </Button>
            )}
            {(s.status === 'open' || s.status === 'returned') && (
              <Button
                onClick={() => setMarking({ orgId: s.orgId, name: s.orgName })}
                data-testid="ret-not-reported"
              >
                {t('ret.review.notReported')}
              </Button>
            )}
            {s.status === 'not_reported' && (
              <Button
                onClick={() =>
                  void run(() => returnsApi.reopen(s.returnId, s.orgId, reviewOn), t('ret.review.reopened'))
                }
              >
                {t('ret.review.reopen')}
              </Button>
            )}
          </Space>
        )}
      </Card>

      {editable && (
        <Alert
          type={s.problems.length ? 'warning' : 'success'}
          showIcon
          data-testid="ret-problems"
          title={s.problems.length ? t('ret.fill.problems') : t('ret.fill.noProblems')}
          description={
            s.problems.length ? (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {s.problems.slice(0, PROBLEMS_SHOWN).map((p) => (
                  <li key={`${p.key}-${p.zh}`}>{p.zh}</li>
                ))}
                {s.problems.length > PROBLEMS_SHOWN && (
                  <li data-testid="ret-problems-more">
                    {t('common.cappedPlain', { shown: PROBLEMS_SHOWN, total: s.problems.length })}
                  </li>
                )}
              </ul>
            ) : undefined
          }
        />
      )}
      {notes && <SheetNotes {...notes} />}
      {errors && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setErrors(null)}
          title={t('ret.fill.uploadErrors')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="ret-upload-errors">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          }
        />
      )}

      {s.consolidates && s.children.length > 0 && (
        <Card title={t('ret.fill.below')} size="small">
          <Flex gap={8} wrap>
            {s.children.map((c) => (
              <Link key={c.orgId} to={`/returns/${s.returnId}/unions/${c.orgId}`}>
                <Tag color={STATUS_COLOR[c.status]}>
                  {c.orgName} · {t(`ret.status.${c.status}`)}
                </Tag>
              </Link>
            ))}
          </Flex>
        </Card>
      )}

      {s.form.sections.map((sec) => (
        <Card key={sec.key} title={sec.title} size="small">
          <div className="ret-fields">
            {sec.fields.map((f) => (
              <div key={f.key} className="ret-field">
                <div className="ret-label">
                  {f.required && <span className="ret-required">*</span>}
                  {f.label}
                  {s.consolidates && (f.type === 'int' || f.type === 'money') && (
                    <Typography.Text type="secondary"> （{t('ret.fill.own')}）</Typography.Text>
                  )}
                </div>
                {field(f)}
              </div>
            ))}
          </div>
          {sec.tables.map((tb) =>
            tb.rows ? (
              <FixedTable key={tb.key} tb={tb} field={field} />
            ) : (
              <OpenTable
                key={tb.key}
                tb={tb}
                editable={editable}
                textOf={textOf}
                setEdits={setEdits}
                typed={typed}
                errorOf={(key) => cellErrors[key]}
              />
            ),
          )}
        </Card>
      ))}

      {editable && (
        <div className="ret-bar">
          <Space wrap>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={busy}
              disabled={!dirty}
              onClick={() => void save()}
              data-testid="ret-save"
            >
              {t('ret.fill.save')}
            </Button>
            <Button icon={<SendOutlined />} loading={busy} onClick={submit} data-testid="ret-submit">
              {t('ret.fill.submit')}
            </Button>
            <PastDay value={receivedOn} onChange={setReceivedOn} testId="ret-received-on" />
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void run(() => returnsApi.refresh(s.returnId, s.orgId), t('ret.fill.saved'))}
            >
              {t('ret.fill.refresh')}
            </Button>
            <Button
              icon={<CloudDownloadOutlined />}
              href={returnsApi.sheetUrl(s.returnId, s.orgId)}
              data-testid="ret-download"
            >
              {t('ret.fill.download')}
            </Button>
            <Upload accept=".xlsx,.xls,.ods,.csv" showUploadList={false} beforeUpload={(f) => upload(f)}>
              <Button icon={<CloudUploadOutlined />} data-testid="ret-upload">
                {t('ret.fill.upload')}
              </Button>
            </Upload>
            {dirty && <Typography.Text type="warning">{t('ret.fill.unsaved')}</Typography.Text>}
          </Space>
        </div>
      )}

      {history && <HistoryDrawer id={s.returnId} orgId={s.orgId} onClose={() => setHistory(false)} />}
      {sendingBack && (
        <SendBackModal
          s={s}
          fields={allFields}
          onClose={() => setSendingBack(false)}
          onSend={async (note, comments) => {
            if (
              await run(
                () =>
                  returnsApi.sendBack(s.returnId, s.orgId, {
                    note: note || null,
                    comments,
                    ...(reviewOn ? { effectiveOn: reviewOn } : {}),
                  }),
                t('ret.review.sent'),
              )
            )
              setSendingBack(false);
          }}
        />
      )}
      {marking && (
        <NotReportedModal
          name={marking.name}
          onClose={() => setMarking(null)}
          onMark={async (reason, day) => {
            if (
              await run(
                () => returnsApi.notReported(s.returnId, marking.orgId, reason, day),
                t('ret.review.marked'),
              )
            )
              setMarking(null);
          }}
        />
      )}
    </Flex>
  );
}

function FixedTable({ tb, field }: { tb: FormTable; field: (f: FormField, key: string) => React.ReactNode }) {
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text strong>{tb.label}</Typography.Text>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={tb.rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '', dataIndex: 'label', fixed: 'left', width: 140 },
          ...tb.columns.map((c) => ({
            title: c.label,
            key: c.key,
            width: 200,
            // a cell bound to a Gonghui figure shows it like a bound field
            render: (_: unknown, r: NonNullable<FormTable['rows']>[number]) =>
              field(
                r.figures?.[c.key] ? { ...c, figure: r.figures[c.key] } : c,
                cellKey(tb.key, r.key, c.key),
              ),
          })),
        ]}
      />
    </div>
  );
}

function OpenTable({
  tb,
  editable,
  textOf,
  setEdits,
  typed,
  errorOf,
}: {
  tb: FormTable;
  editable: boolean;
  textOf: (key: string) => string;
  setEdits: React.Dispatch<React.SetStateAction<Record<string, string>>>;
  typed: (key: string, v: string) => void;
  errorOf: (key: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const filled = (n: number) => tb.columns.some((c) => textOf(cellKey(tb.key, n, c.key)) !== '');
  const max = tb.maxRows ?? 500;
  let count = 0;
  for (let n = 1; n <= max; n += 1) if (filled(n)) count = n;
  const [rows, setRows] = useState(Math.max(count, editable ? 1 : 0));
  const remove = (n: number) =>
    setEdits((e) => {
      const next = { ...e };
      for (let r = n; r < rows; r += 1)
        for (const c of tb.columns) next[cellKey(tb.key, r, c.key)] = textOf(cellKey(tb.key, r + 1, c.key));
      for (const c of tb.columns) next[cellKey(tb.key, rows, c.key)] = '';
      return next;
    });
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text strong>{tb.label}</Typography.Text>
      <Table
        rowKey="n"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={Array.from({ length: rows }, (_, i) => ({ n: i + 1 }))}
        columns={[
          { title: '', dataIndex: 'n', width: 50 },
          ...tb.columns.map((c) => ({
            title: c.label,
            key: c.key,
            render: (_: unknown, r: { n: number }) => {
              const key = cellKey(tb.key, r.n, c.key);
              return c.type === 'choice' ? (
                <select
                  className="ant-input"
                  value={textOf(key)}
                  disabled={!editable}
                  onChange={(e) => setEdits((x) => ({ ...x, [key]: e.target.value }))}
                >
                  <option value="" />
                  {(c.choices ?? []).map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              ) : (
                <Flex vertical gap={2}>
                  <Input
                    value={textOf(key)}
                    disabled={!editable}
                    status={errorOf(key) ? 'error' : undefined}
                    onChange={(e) => typed(key, e.target.value)}
                    data-testid={`ret-input-${key}`}
                  />
                  {errorOf(key) && (
                    <Typography.Text type="danger" data-testid={`ret-error-${key}`}>
                      {errorOf(key)}
                    </Typography.Text>
                  )}
                </Flex>
              );
            },
          })),
          ...(editable
            ? [
                {
                  title: '',
                  key: 'remove',
                  width: 70,
                  render: (_: unknown, r: { n: number }) => (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => {
                        remove(r.n);
                        setRows((x) => Math.max(x - 1, 1));
                      }}
                    >
                      {t('ret.fill.removeRow')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && rows < max && (
        <Button
          icon={<PlusOutlined />}
          size="small"
          style={{ marginTop: 8 }}
          onClick={() => setRows((x) => x + 1)}
        >
          {t('ret.fill.addRow')}
        </Button>
      )}
    </div>
  );
}

function NotReportedModal({
  name,
  onClose,
  onMark,
}: {
  name: string;
  onClose: () => void;
  onMark: (reason: string, day: string | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [day, setDay] = useState<string | null>(null);
  return (
    <Modal
      open
      title={`${t('ret.review.notReported')} · ${name}`}
      onCancel={onClose}
      okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'ret-not-reported-ok' } as never}
      onOk={() => onMark(reason, day)}
    >
      <Input.TextArea
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('ret.review.notReportedReason')}
        maxLength={500}
        data-testid="ret-not-reported-reason"
      />
      <div style={{ marginTop: 8 }}>
        <PastDay value={day} onChange={setDay} testId="ret-not-reported-on" />
      </div>
    </Modal>
  );
}

export { NotReportedModal };
