import {
  CloudDownloadOutlined,
  CloudUploadOutlined,
  ReloadOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { aside } from '../../components/aside.ts';
import { FileButton } from '../../components/FileButton.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type FormField, returnsApi, STATUS_COLOR, type Submission } from './returns-api.ts';
import { SubmissionHead, SubmissionNotices } from './SubmissionPage.head.tsx';
import { FixedTable, OpenTable } from './SubmissionPage.tables.tsx';
import { FieldInput, HistoryDrawer, NotReportedModal, SendBackModal } from './submission-parts.tsx';
import { useSubmission } from './useSubmission.ts';

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
  const { t } = useTranslation();
  const f = useSubmission(s, reload);
  const { cellErrors, typed, setEdits, setReasons, busy, receivedOn, setReceivedOn, reviewOn } = f;
  const { history, setHistory, sendingBack, setSendingBack, marking, setMarking } = f;
  const { editable, textOf, reasonOf, dirty, allFields, run, save, submit, upload, returned } = f;

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
      returned={returned}
      onReason={(v) => setReasons((r) => ({ ...r, [key]: v }))}
    />
  );

  return (
    <Flex vertical gap={16} className="ret-fill" data-testid="ret-submission">
      <Breadcrumb items={[{ title: <Link to="/returns">{t('ret.nav')}</Link> }, { title: s.title }]} />
      <SubmissionHead s={s} f={f} />
      <SubmissionNotices s={s} f={f} />
      {editable && s.can.review && (
        <Alert
          type="info"
          showIcon
          message={t('ret.fill.onBehalf', { org: s.orgName })}
          data-testid="ret-on-behalf"
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
                    <Typography.Text type="secondary">{aside(t('ret.fill.own'))}</Typography.Text>
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
              title={dirty ? undefined : t('ret.fill.nothingToSave')}
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
            <FileButton
              accept=".xlsx,.xls,.ods,.csv"
              onFile={upload}
              icon={<CloudUploadOutlined />}
              testId="ret-upload"
            >
              {t('ret.fill.upload')}
            </FileButton>
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
            await returnsApi.sendBack(s.returnId, s.orgId, {
              note: note || null,
              comments,
              ...(reviewOn ? { effectiveOn: reviewOn } : {}),
            });
            setSendingBack(false);
            reload();
            return t('ret.review.sent');
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
