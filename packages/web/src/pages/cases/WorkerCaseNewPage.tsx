import { Button, Checkbox, Select, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFeedback } from '../../components/feedback.ts';
import { fileBase64 } from '../../components/fileBase64.ts';
import { emptyText } from '../../components/LoadError.tsx';
import { PhoneChoice } from '../../components/PhoneChoice.tsx';
import { PhonePage } from '../../components/PhoneList.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { type Category, myCasesApi } from './cases-api.ts';
import { useCategoryOptions } from './categories.ts';

/** Worker (phone): file a request with my grassroots union, optionally anonymous, with photos. */
export default function WorkerCaseNewPage() {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const navigate = useNavigate();
  const [channel, setChannel] = useState<'app' | 'mailbox'>('app');
  const [category, setCategory] = useState<Category>();
  const categories = useCategoryOptions('worker', true);
  const [description, setDescription] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const { busy, run: whileBusy } = useSaving();
  const submit = async () => {
    if (!category) return;
    await whileBusy(async () => {
      const attached = await Promise.all(
        files.map(async (f) => ({
          fileName: f.name,
          contentBase64: await fileBase64(f.originFileObj as File),
        })),
      );
      const d = await myCasesApi.file({
        channel,
        category,
        description: description.trim(),
        anonymous,
        ...(attached.length ? { files: attached } : {}),
      });
      feedback.success(t('case.me.submitted'));
      navigate(`/m/cases/${d.case.id}`, { replace: true });
    });
  };
  return (
    <PhonePage title={t('case.me.new')}>
      <div className="wp-card">
        <PhoneChoice
          value={channel}
          onChange={setChannel}
          values={['app', 'mailbox']}
          labelOf={(c) => t(c === 'app' ? 'case.me.channelApp' : 'case.me.channelMailbox')}
          style={{ marginBottom: 8 }}
        />
        <Select
          style={{ width: '100%', marginBottom: 8 }}
          placeholder={t('case.field.category')}
          aria-label={t('case.field.category')}
          value={category}
          onChange={setCategory}
          options={categories.options}
          loading={categories.state.loading}
          notFoundContent={emptyText(categories.state, undefined, t('case.field.category'))}
          data-testid="my-case-category"
        />
        <TextBox
          rows={5}
          max={4000}
          value={description}
          onChange={setDescription}
          placeholder={t('case.me.describe')}
          testId="my-case-description"
        />
        <Upload
          multiple
          accept="image/*,.pdf"
          maxCount={3}
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList)}
        >
          <Button style={{ marginTop: 8 }}>{t('case.me.attach')}</Button>
        </Upload>
        <Checkbox
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
          style={{ marginTop: 8 }}
          data-testid="my-case-anonymous"
        >
          {t('case.me.anonymous')}
        </Checkbox>
        <Button
          type="primary"
          block
          style={{ marginTop: 12 }}
          loading={busy}
          disabled={!category || !description.trim()}
          onClick={() => void submit()}
          data-testid="my-case-submit"
        >
          {/* a greyed-out button says what is still to do */}
          {t(
            !category
              ? 'case.me.categoryFirst'
              : !description.trim()
                ? 'case.me.describeFirst'
                : 'case.me.submit',
          )}
        </Button>
      </div>
    </PhonePage>
  );
}
