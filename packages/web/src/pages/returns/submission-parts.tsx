import { HistoryOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Form, Modal, Popover, Select, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { labelColumn } from '../../components/columns.tsx';
import { formatTime } from '../../components/dates.ts';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { problemsAt } from './field-problems.ts';
import { ReturnComment } from './ReturnComment.tsx';
import type { ReturnNotes } from './return-notes.ts';
import { type FormField, returnsApi, type Submission } from './returns-api.ts';

/** A number as typed (commas, ¥, %, 元 ignored) for comparing with Gonghui's figure; null when not a number. */
export const numberOf = (s: string | null | undefined) => {
  if (s === null || s === undefined) return null;
  const n = Number(s.normalize('NFKC').replace(/[,\s¥元%]/g, ''));
  return s.trim() === '' || Number.isNaN(n) ? null : n;
};

/** One field's input: the text as stored or typed, a choice list, Gonghui's figure and a reason when it differs. */
export function FieldInput({
  field,
  valueKey,
  s,
  text,
  reason,
  editable,
  onText,
  onReason,
  error,
  returned,
}: {
  /** Why the server refused the value saved last, shown at the field. */
  error?: string;
  /** What the union above wrote when it last sent the return back. */
  returned: ReturnNotes;
  field: FormField;
  valueKey: string;
  s: Submission;
  text: string;
  reason: string;
  editable: boolean;
  onText: (v: string) => void;
  onReason: (v: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const stored = s.values[valueKey];
  const bound = stored?.bound ?? null;
  const figure = field.figure ? s.figures[field.figure] : undefined;
  const differs = bound !== null && numberOf(text) !== numberOf(bound);
  const comments = returned.onField(valueKey);
  const suffix = field.type === 'money' ? t('ret.yuan') : field.type === 'percent' ? '%' : field.unit;
  const input =
    field.type === 'choice' ? (
      <Select
        value={text || undefined}
        onChange={(v) => onText(v ?? '')}
        allowClear
        disabled={!editable}
        options={(field.choices ?? []).map((c) => ({ value: c, label: c }))}
        style={{ width: '100%' }}
        data-testid={`ret-input-${valueKey}`}
      />
    ) : (
      <TextLine
        value={text}
        onChange={onText}
        disabled={!editable}
        suffix={suffix || undefined}
        status={error ? 'error' : undefined}
        inputMode={field.type === 'text' ? 'text' : field.type === 'date' ? 'text' : 'decimal'}
        placeholder={field.type === 'date' ? 'YYYY-MM-DD' : undefined}
        testId={`ret-input-${valueKey}`}
      />
    );
  return (
    <Flex vertical gap={4}>
      {input}
      {error && (
        <Typography.Text type="danger" data-testid={`ret-error-${valueKey}`}>
          {error}
        </Typography.Text>
      )}
      {!error &&
        problemsAt(s, valueKey, text, i18n.language === 'en').map((p) => (
          <Typography.Text key={p} type="warning" data-testid={`ret-problem-${valueKey}`}>
            {p}
          </Typography.Text>
        ))}
      <Flex gap={8} wrap align="center">
        {bound !== null && figure && (
          <Tooltip
            title={t('ret.fill.boundTip', {
              value: bound,
              basis: i18n.language === 'en' ? figure.basisEn : figure.basisZh,
            })}
          >
            <Tag color={differs ? 'orange' : 'blue'} data-testid={`ret-bound-${valueKey}`}>
              {t('ret.fill.bound')} {bound}
            </Tag>
          </Tooltip>
        )}
        {s.lastYear[valueKey] !== undefined && (
          <Typography.Text type="secondary">
            {t('ret.fill.lastYear')} {s.lastYear[valueKey]}
          </Typography.Text>
        )}
        {s.consolidates && s.totals[valueKey] !== undefined && (
          <Typography.Text strong>
            {t('ret.fill.total')} {s.totals[valueKey]}
          </Typography.Text>
        )}
        {field.help && <Typography.Text type="secondary">{field.help}</Typography.Text>}
        <ValueHistory id={s.returnId} orgId={s.orgId} valueKey={valueKey} />
      </Flex>
      {differs && (
        <TextLine
          value={reason}
          onChange={onReason}
          disabled={!editable}
          placeholder={t('ret.fill.reasonNeeded')}
          status={editable && !reason.trim() ? 'warning' : undefined}
          testId={`ret-reason-${valueKey}`}
        />
      )}
      {comments.map((c) => (
        <ReturnComment
          key={`${c.round}-${c.body}`}
          body={c.body}
          live={returned.live}
          testId={`ret-comment-${valueKey}`}
        />
      ))}
    </Flex>
  );
}

/**
 * The values a save or an upload was refused for, by their key, in the page's language: the page shows each at
 * its cell (the server names the union, the item, what was typed and, for a sheet, its row and column).
 */
export function cellErrorsOf(err: unknown, en: boolean): Record<string, string> | null {
  if (!(err instanceof ApiError)) return null;
  const details = err.details as
    | {
        problems?: { key: string; zh: string; en: string }[];
        errors?: { key?: string; zh: string; en: string }[];
      }
    | undefined;
  const list = details?.problems ?? details?.errors ?? [];
  const out: Record<string, string> = {};
  for (const p of list) if (p.key && !out[p.key]) out[p.key] = en ? p.en : p.zh;
  return Object.keys(out).length ? out : null;
}

/** The errors of an uploaded sheet (row and cell each), or the server's message. */
export function sheetErrors(
  err: unknown,
): { rowNo: number; column: string; zh: string; en: string }[] | null {
  if (!(err instanceof ApiError)) return null;
  const details = err.details as
    | { errors?: { rowNo: number; column: string; zh: string; en: string }[] }
    | undefined;
  return details?.errors ?? null;
}

/**
 * The reviewer sends the return back: a note, and comments on fields. `onSend` sends them and answers the words to
 * toast; a refusal (no note and no comment) is said under the note, and what was typed stays.
 */
export function SendBackModal({
  s,
  fields,
  onClose,
  onSend,
}: {
  s: Submission;
  fields: { key: string; label: string }[];
  onClose: () => void;
  onSend: (note: string, comments: { key: string; body: string }[]) => Promise<string>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string; comments?: { key?: string; body?: string }[] }>();
  return (
    <FieldsDialog
      title={`${t('ret.review.sendBackTitle')} · ${s.orgName}`}
      form={form}
      onClose={onClose}
      okTestId="ret-send-back-ok"
      width={640}
      initialValues={{ comments: [{}] }}
      submit={(v) =>
        onSend(
          v.note ?? '',
          (v.comments ?? [])
            .filter((c) => c.key && c.body?.trim())
            .map((c) => ({ key: c.key as string, body: c.body as string })),
        )
      }
    >
      <TextItem
        name="note"
        label={t('ret.review.noteLabel')}
        max={1000}
        rows={2}
        testId="ret-send-back-note"
      />
      <Typography.Text>{t('ret.review.fieldComments')}</Typography.Text>
      <Form.List name="comments">
        {(items, { add }) => (
          <Flex vertical gap={8} style={{ marginTop: 8 }}>
            {items.map((it, i) => (
              <Flex key={it.key} gap={8}>
                <Form.Item name={[it.name, 'key']} noStyle>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    style={{ width: 260 }}
                    options={fields.map((f) => ({ value: f.key, label: f.label }))}
                    data-testid={`ret-comment-field-${i}`}
                    onChange={() => i === items.length - 1 && add()}
                  />
                </Form.Item>
                <TextItem
                  name={[it.name, 'body']}
                  max={1000}
                  placeholder={t('ret.review.commentPlaceholder')}
                  testId={`ret-comment-body-${i}`}
                  noStyle
                />
              </Flex>
            ))}
          </Flex>
        )}
      </Form.List>
    </FieldsDialog>
  );
}

type HistoryRow = Awaited<ReturnType<typeof returnsApi.history>>['items'][number];

/** One value's history in a popover: each change with who, when, its source (a consolidation among them) and why. */
function ValueHistory({ id, orgId, valueKey }: { id: number; orgId: number; valueKey: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      title={t('ret.fill.valueHistory')}
      content={open ? <ValueHistoryRows id={id} orgId={orgId} valueKey={valueKey} /> : null}
    >
      <Button
        size="small"
        type="text"
        icon={<HistoryOutlined />}
        aria-label={t('ret.fill.valueHistory')}
        data-testid={`ret-history-${valueKey}`}
      />
    </Popover>
  );
}

function ValueHistoryRows({ id, orgId, valueKey }: { id: number; orgId: number; valueKey: string }) {
  const { t } = useTranslation();
  const history = useLoad(() => returnsApi.history(id, orgId), [id, orgId]);
  return (
    <LoadGate state={history} what={t('ret.what.history')}>
      {(list: { items: HistoryRow[]; total: number }) => {
        const mine = list.items.filter((r) => r.key === valueKey);
        if (!mine.length)
          return <Typography.Text type="secondary">{t('ret.fill.noValueHistory')}</Typography.Text>;
        return (
          <Flex vertical gap={4} style={{ maxWidth: 360 }} data-testid={`ret-history-rows-${valueKey}`}>
            <CappedNotice list={list} plain />
            {mine.map((r) => (
              <Flex key={`${r.changedAt}-${r.source}-${r.after}`} gap={8} wrap align="center">
                <Tag color={r.source === 'consolidation' ? 'purple' : undefined}>
                  {t(`ret.source.${r.source}`)}
                </Tag>
                <span>{`${r.before || '—'} → ${r.after || '—'}`}</span>
                <Typography.Text type="secondary">{`${r.changedBy ?? ''} ${formatTime(r.changedAt)}`}</Typography.Text>
                {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
              </Flex>
            ))}
          </Flex>
        );
      }}
    </LoadGate>
  );
}

/** Every change of the union's values: who, when, from which source, why. */
export function HistoryDrawer({ id, orgId, onClose }: { id: number; orgId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const history = useLoad(() => returnsApi.history(id, orgId), [id, orgId]);
  return (
    <Drawer open onClose={onClose} title={t('ret.fill.history')} size="large">
      <LoadGate state={history} what={t('ret.what.history')}>
        {(list) => (
          <>
            <CappedNotice list={list} plain />
            <PagedTable
              pageSize={50}
              rowKey={(r) => `${r.key}-${r.changedAt}`}
              dataSource={list.items}
              columns={[
                { title: t('ret.table.item'), dataIndex: 'label' },
                { title: '', key: 'change', render: (_, r) => `${r.before || '—'} → ${r.after || '—'}` },
                labelColumn('', 'source', (v: HistoryRow['source']) => <Tag>{t(`ret.source.${v}`)}</Tag>),
                { title: t('ret.fill.reason'), dataIndex: 'reason' },
                {
                  title: '',
                  key: 'who',
                  render: (_, r) => `${r.changedBy ?? ''} ${formatTime(r.changedAt)}`,
                },
              ]}
            />
          </>
        )}
      </LoadGate>
    </Drawer>
  );
}

/** Marks a union as not reporting this return, with the reason and the day. */
export function NotReportedModal({
  name,
  onClose,
  onMark,
  busy,
}: {
  name: string;
  onClose: () => void;
  onMark: (reason: string, day: string | null) => Promise<void>;
  /** Whether the mark is being sent (its button spins). */
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [day, setDay] = useState<string | null>(null);
  return (
    <Modal
      open
      title={`${t('ret.review.notReported')} · ${name}`}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'ret-not-reported-ok' } as never}
      onOk={() => onMark(reason, day)}
    >
      <TextBox
        rows={2}
        value={reason}
        onChange={setReason}
        placeholder={t('ret.review.notReportedReason')}
        max={500}
        testId="ret-not-reported-reason"
      />
      <div style={{ marginTop: 8 }}>
        <PastDay value={day} onChange={setDay} testId="ret-not-reported-on" />
      </div>
    </Modal>
  );
}
