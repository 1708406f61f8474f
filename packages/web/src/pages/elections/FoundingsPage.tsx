import { Form, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedDay } from '../../api/client.ts';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { NewRecordDialog, type NewRecordDialogProps } from '../../components/FormDialog.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { RegisterList } from '../../components/RegisterList.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { electionsApi, type Founding, STATUS_COLOR, splitNames } from './elections-api.ts';

/** Staff: the foundings (组建) recorded by the unions of a subtree, and a new application. */
export default function FoundingsPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<Founding>
      title={t('el.foundings.title')}
      testId="el-foundings"
      org
      paging="client"
      pageSize={50}
      load={({ orgId }) => electionsApi.foundings(orgId)}
      empty={t('el.foundings.empty')}
      what={t('el.what.foundings')}
      tableTestId="el-foundings"
      columns={[
        linkColumn(t('el.field.name'), 'name', (f) => `/foundings/${f.id}`),
        { title: t('el.field.employer'), dataIndex: 'employerName' },
        { title: t('el.field.parent'), dataIndex: 'parentOrgName' },
        { title: t('el.field.appliedOn'), dataIndex: 'appliedOn' },
        labelColumn(t('el.field.status'), 'status', (s: Founding['status']) => (
          <Tag color={STATUS_COLOR[s]}>{t(`el.status.${s}`)}</Tag>
        )),
      ]}
      create={{
        permission: 'elections.write',
        label: t('el.foundings.create'),
        testId: 'el-new',
        Dialog: ApplyModal,
        opens: (id) => `/foundings/${id}`,
      }}
    />
  );
}

interface Values {
  name: string;
  employerName: string;
  workerCount?: number;
  applicants: string;
}

function ApplyModal(dialog: NewRecordDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [on, setOn] = useState<string | null>(null);
  return (
    <NewRecordDialog<Values>
      {...dialog}
      form={form}
      title={t('el.foundings.createTitle')}
      union={{ id: 'founding-parent', label: t('el.field.parent'), testId: 'el-parent' }}
      create={(v, parent) =>
        electionsApi.apply({
          parentOrgId: parent,
          name: v.name.trim(),
          employerName: v.employerName.trim(),
          workerCount: v.workerCount ?? null,
          applicants: splitNames(v.applicants),
          ...pickedDay(on),
        })
      }
      done={t('el.foundings.created')}
      width={640}
      okTestId="el-apply-ok"
    >
      <TextItem
        name="name"
        label={t('el.field.name')}
        max={100}
        required={t('el.foundings.needName')}
        testId="el-name"
      />
      <div className="form-grid-2">
        <TextItem
          name="employerName"
          label={t('el.field.employer')}
          max={200}
          required={t('el.foundings.needEmployer')}
          testId="el-employer"
        />
        <Form.Item name="workerCount" label={t('el.field.workerCount')}>
          <NumberInput min={0} max={10_000_000} optional style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <TextItem
        name="applicants"
        label={t('el.field.applicants')}
        max={2000}
        required={t('el.foundings.needApplicants')}
        testId="el-applicants"
        extra={t('el.namesHint')}
      />
      <PastDay value={on} onChange={setOn} testId="el-apply-on" />
    </NewRecordDialog>
  );
}
