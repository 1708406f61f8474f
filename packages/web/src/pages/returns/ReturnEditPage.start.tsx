import { Button, Card, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { aside } from '../../components/aside.ts';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { FileButton } from '../../components/FileButton.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { SheetNotes } from '../../components/ImportResult.tsx';
import { type NewReturn, returnsApi } from './returns-api.ts';
import { emptyForm, type ReturnEditor } from './useReturnEditor.ts';

/** Where a new return's form starts: a shipped form, a blank one, a spreadsheet or a previous return. */
export function ReturnStart({ ed }: { ed: ReturnEditor }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const { start, setStart, shipped, applyForm, setSheetNotes, previous, sheetNotes } = ed;
  return (
    <Card title={t('ret.edit.start')}>
      <Radio.Group
        value={start}
        onChange={(e) => setStart(e.target.value)}
        options={[
          { value: 'shipped', label: t('ret.edit.fromShipped') },
          { value: 'blank', label: t('ret.edit.fromBlank') },
          { value: 'sheet', label: t('ret.edit.fromSheet') },
          { value: 'previous', label: t('ret.edit.fromPrevious') },
        ]}
      />
      <div style={{ marginTop: 12 }}>
        {start === 'shipped' && (
          <Select
            placeholder={t('ret.edit.pickShipped')}
            style={{ width: '100%', maxWidth: 420 }}
            loading={shipped.loading}
            options={(shipped.data ?? []).map((f) => ({
              value: f.key,
              label: i18n.language === 'en' ? f.titleEn : f.title,
            }))}
            onChange={(k) => {
              const f = shipped.data?.find((x) => x.key === k);
              if (f)
                applyForm(f.form, {
                  title: f.title,
                  periodKind: f.periodKind,
                  targetLevel: f.targetLevel,
                  formKey: f.key as NewReturn['formKey'],
                });
            }}
            data-testid="ret-shipped"
          />
        )}
        {start === 'blank' && (
          <Button onClick={() => applyForm(emptyForm(t))}>{t('ret.edit.fromBlank')}</Button>
        )}
        {start === 'sheet' && (
          <FileButton
            accept=".xlsx,.xls,.ods,.csv"
            onFile={async (file) => {
              try {
                const made = await returnsApi.formFromSheet(file);
                applyForm(made.form);
                setSheetNotes(made);
              } catch (err) {
                feedback.error(err);
              }
            }}
            icon={null}
          >
            {t('ret.edit.fromSheet')}
          </FileButton>
        )}
        {start === 'previous' && <CappedNotice list={previous.data} plain />}
        {start === 'previous' && (
          <Select
            placeholder={t('ret.edit.pickPrevious')}
            style={{ width: '100%', maxWidth: 420 }}
            options={(previous.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.title}${aside(`${p.periodFrom} — ${p.periodTo}`)}`,
            }))}
            onChange={async (pid: number) => {
              try {
                const r = await returnsApi.copy(pid);
                navigate(`/returns/${r.id}/edit`);
              } catch (err) {
                feedback.error(err);
              }
            }}
          />
        )}
      </div>
      {start === 'sheet' && sheetNotes && <SheetNotes {...sheetNotes} />}
    </Card>
  );
}
