import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ReturnHead } from './ReturnEditPage.head.tsx';
import { SectionEditor } from './ReturnEditPage.section.tsx';
import { ReturnStart } from './ReturnEditPage.start.tsx';
import { type ReturnDetail, type ReturnForm, returnsApi } from './returns-api.ts';
import { useReturnEditor } from './useReturnEditor.ts';

/** The next free key with a prefix among a form's keys (generated, never shown). */
function nextKey(form: ReturnForm, prefix: string): string {
  const used = JSON.stringify(form).match(new RegExp(`"${prefix}(\\d+)"`, 'g')) ?? [];
  const max = used.reduce((m, k) => Math.max(m, Number(k.replace(/\D/g, ''))), 0);
  return `${prefix}${max + 1}`;
}

export default function ReturnEditPage() {
  const id = useParams().id;
  const { t } = useTranslation();
  const existing = useLoad(() => (id ? returnsApi.get(Number(id)) : Promise.resolve(null)), [id]);
  usePageTitle(id ? t('ret.edit.titleEdit') : t('ret.edit.titleNew'));
  return (
    <LoadGate state={existing} what={t('ret.what.return')}>
      {(r) => <Editor key={r?.id ?? 'new'} existing={r} />}
    </LoadGate>
  );
}

function Editor({ existing }: { existing: ReturnDetail | null }) {
  const { t } = useTranslation();
  const ed = useReturnEditor(existing);
  // the period's year typed in the head: a year that is not one is not saved as the last one read
  const invalid = useInvalidFields();
  const { figures, form, setSections, rulesText, setRulesText, problems, busy, save, savedId, issue } = ed;
  const { issuedOn, setIssuedOn, periodKnown } = ed;
  // why 下发 cannot be clicked yet: the draft is not saved, or its period's days are still being read
  const issueWhy = !savedId
    ? t('ret.edit.issueNeedsSave')
    : !periodKnown
      ? t('ret.edit.periodLoading')
      : undefined;
  return (
    <Flex vertical gap={16} data-testid="ret-editor">
      <ValidityScope fields={invalid}>
        <ReturnHead ed={ed} />
      </ValidityScope>
      {!existing && <ReturnStart ed={ed} />}

      {form.sections.map((sec, si) => (
        <SectionEditor
          key={sec.key}
          sec={sec}
          figures={figures.data ?? []}
          onChange={(next) => setSections((all) => all.map((x, i) => (i === si ? next : x)))}
          onRemove={() => setSections((all) => all.filter((_, i) => i !== si))}
          newKey={(p) => nextKey(form, p)}
        />
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() =>
          setSections((all) => [...all, { key: nextKey(form, 's'), title: '', fields: [], tables: [] }])
        }
        style={{ alignSelf: 'start' }}
      >
        {t('ret.edit.addSection')}
      </Button>
      <Card title={t('ret.edit.rules')}>
        <TextBox rows={4} value={rulesText} onChange={setRulesText} testId="ret-rules" />
      </Card>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={problems.length}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <div className="ret-bar">
        <Space wrap>
          <Button
            type="primary"
            loading={busy}
            disabled={!periodKnown}
            title={periodKnown ? undefined : t('ret.edit.periodLoading')}
            onClick={() => invalid.blocked() || void save()}
            data-testid="ret-save-draft"
          >
            {t('ret.edit.save')}
          </Button>
          <Button
            icon={<SendOutlined />}
            disabled={issueWhy !== undefined}
            title={issueWhy}
            onClick={issue}
            data-testid="ret-issue"
          >
            {t('ret.actions.issue')}
          </Button>
          <PastDay value={issuedOn} onChange={setIssuedOn} testId="ret-issued-on" />
        </Space>
        {issueWhy && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="ret-issue-why">
            {issueWhy}
          </Typography.Paragraph>
        )}
      </div>
    </Flex>
  );
}
