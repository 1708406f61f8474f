import { Button, Drawer, Form, Input, List, Select, Tag, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelColumn } from '../../components/columns.tsx';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { checkedValues } from '../../components/formValues.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { LearningTable } from './LearningList.tsx';
import { COURSE_KINDS, type Course, learningApi, type NewCourse } from './learning-api.ts';

/** Courses: the list, a new course, and a course's lessons (upload a video or document, or give a link). */
export function CoursesTab() {
  const { t } = useTranslation();
  const list = useLoad(() => learningApi.courses(), []);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Course | null>(null);
  return (
    <>
      <LearningTable<Course>
        newLabel={t('learn.courses.new')}
        newTestId="course-new"
        onNew={() => setCreating(true)}
        list={list}
        what={t('learn.courses.what')}
        empty={t('learn.courses.empty')}
        onRow={(c) => ({ onClick: () => setOpen(c), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('learn.courses.titleCol'), dataIndex: 'title' },
          labelColumn(t('learn.courses.kind'), 'kind', (k: string) => <Tag>{t(`learn.kind.${k}`)}</Tag>, {
            width: 130,
          }),
          { title: t('learn.courses.provider'), dataIndex: 'orgName', width: 200 },
          {
            title: t('learn.courses.hours'),
            dataIndex: 'minutes',
            width: 90,
            render: (m: number) => (m / 60).toFixed(1),
          },
          { title: t('learn.courses.lessons'), dataIndex: 'lessonCount', width: 80 },
          { title: t('learn.courses.enrolments'), dataIndex: 'enrolments', width: 90 },
          { title: t('learn.courses.completions'), dataIndex: 'completions', width: 90 },
        ]}
      />
      {creating && (
        <NewCourseModal
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            void list.reload();
            setOpen(c);
          }}
        />
      )}
      {open && (
        <LessonsDrawer
          course={open}
          onClose={() => {
            setOpen(null);
            void list.reload();
          }}
        />
      )}
    </>
  );
}

function NewCourseModal({ onClose, onCreated }: { onClose: () => void; onCreated: (c: Course) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewCourse & { hours: number }>();
  const save = async (v: NewCourse & { hours: number }) => {
    const { hours, ...rest } = v;
    onCreated(await learningApi.createCourse({ ...rest, minutes: Math.round(hours * 60) }));
    return undefined;
  };
  return (
    <FieldsDialog
      form={form}
      title={t('learn.courses.new')}
      onClose={onClose}
      submit={save}
      okTestId="course-save"
      initialValues={{ kind: 'skill', hours: 2 }}
    >
      <TextItem name="title" label={t('learn.courses.titleCol')} max={200} required testId="course-title" />
      <RequiredItem name="orgId" label={t('learn.courses.provider')}>
        <OrgSelect tree openOnly />
      </RequiredItem>
      <Form.Item name="kind" label={t('learn.courses.kind')}>
        <Select options={optionsOf(COURSE_KINDS, (k) => t(`learn.kind.${k}`))} />
      </Form.Item>
      <RequiredItem name="hours" label={t('learn.courses.hours')}>
        <NumberInput min={0.1} max={1000} decimals={2} style={{ width: '100%' }} />
      </RequiredItem>
      <TextItem name="description" label={t('learn.courses.description')} max={2000} rows={3} />
    </FieldsDialog>
  );
}

function LessonsDrawer({ course, onClose }: { course: Course; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useLoad(() => learningApi.course(course.id), [course.id]);
  const [form] = Form.useForm<{
    title: string;
    kind: 'video' | 'document' | 'link';
    url?: string;
    durationSeconds?: number;
  }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const { busy: saving, run: whileSaving } = useSaving();
  const kind = Form.useWatch('kind', form) ?? 'document';
  const invalid = useInvalidFields();
  const add = async () => {
    if (invalid.blocked()) return;
    const v = await checkedValues(form);
    if (!v) return;
    const data = new FormData();
    data.set('title', v.title);
    data.set('kind', v.kind);
    if (v.url) data.set('url', v.url);
    if (v.durationSeconds) data.set('durationSeconds', String(v.durationSeconds));
    const file = files[0]?.originFileObj;
    if (file) data.set('file', file, file.name);
    await whileSaving(async () => {
      await learningApi.addLesson(course.id, data);
      form.resetFields(['title', 'url', 'durationSeconds']);
      setFiles([]);
      await detail.reload();
    });
  };
  return (
    <Drawer open width={560} title={course.title} onClose={onClose}>
      <LoadGate state={detail} what={t('learn.lessons.what')}>
        {(d) => (
          <List
            size="small"
            bordered
            dataSource={d.lessons}
            locale={{ emptyText: t('learn.lessons.empty') }}
            renderItem={(l) => (
              <List.Item data-testid="lesson-row">
                {`${l.position}. ${l.title}`}
                <Tag>{t(`learn.lessonKind.${l.kind}`)}</Tag>
              </List.Item>
            )}
          />
        )}
      </LoadGate>
      {/* lessons are added by the course's provider: one offered from above is only read */}
      {detail.data?.mayAddLessons && (
        <Form form={form} layout="vertical" style={{ marginTop: 24 }} initialValues={{ kind: 'document' }}>
          <ValidityScope fields={invalid}>
            <TextItem
              name="title"
              label={t('learn.lessons.title')}
              max={200}
              required
              testId="lesson-title"
            />
            <Form.Item name="kind" label={t('learn.lessons.kind')}>
              <Select
                data-testid="lesson-kind"
                options={optionsOf(['video', 'document', 'link'] as const, (k) => t(`learn.lessonKind.${k}`))}
              />
            </Form.Item>
            {kind === 'link' ? (
              <Form.Item
                name="url"
                label={t('learn.lessons.url')}
                rules={[{ required: true, pattern: /^https?:\/\//, message: t('learn.lessons.urlRule') }]}
              >
                <Input maxLength={500} data-testid="lesson-url" />
              </Form.Item>
            ) : (
              <Form.Item htmlFor="course-lesson-file" label={t('learn.lessons.file')} required>
                <Upload
                  maxCount={1}
                  fileList={files}
                  beforeUpload={() => false}
                  onChange={({ fileList }) => setFiles(fileList)}
                  accept={kind === 'video' ? 'video/mp4,video/webm' : '.pdf,.doc,.docx,.ppt,.pptx,.epub,.txt'}
                >
                  <Button id="course-lesson-file" data-testid="lesson-file">
                    {t('learn.lessons.pick')}
                  </Button>
                </Upload>
              </Form.Item>
            )}
            {kind === 'video' && (
              <Form.Item name="durationSeconds" label={t('learn.lessons.duration')}>
                <NumberInput min={1} max={100000} optional style={{ width: '100%' }} />
              </Form.Item>
            )}
          </ValidityScope>
          <Button type="primary" loading={saving} onClick={add} data-testid="lesson-add">
            {t('learn.lessons.add')}
          </Button>
        </Form>
      )}
    </Drawer>
  );
}
