import { CameraOutlined, CloseCircleFilled } from '@ant-design/icons';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Photos of one piece of evidence, taken with the camera or picked from the album. */
export function PhotoPicker({
  files,
  onChange,
  testId,
}: {
  files: File[];
  onChange: (files: File[]) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const urls = useMemo(() => files.map((f) => URL.createObjectURL(f)), [files]);
  useEffect(
    () => () => {
      for (const u of urls) URL.revokeObjectURL(u);
    },
    [urls],
  );
  return (
    <div className="wp-photo-row">
      {files.map((f, i) => (
        <div key={urls[i]} style={{ position: 'relative' }}>
          <img className="wp-photo" src={urls[i]} alt={f.name} />
          <CloseCircleFilled
            aria-label={t('wp.apply.removePhoto')}
            style={{
              position: 'absolute',
              top: -6,
              right: -6,
              color: '#ff4d4f',
              fontSize: 18,
              background: '#fff',
              borderRadius: 9,
            }}
            onClick={() => onChange(files.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <label className="wp-photo-add">
        <CameraOutlined style={{ fontSize: 22 }} />
        <span>{t('wp.apply.addPhoto')}</span>
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          data-testid={testId}
          onChange={(e) => {
            const picked = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (picked.length) onChange([...files, ...picked]);
          }}
        />
      </label>
    </div>
  );
}

/** A piece of evidence a program asks for: its key (the form's field) and its name in both languages. */
interface EvidenceSlot {
  key: string;
  zh: string;
  en: string;
}

/**
 * The photos of each piece of evidence asked (`slots`), a picker under each one's name in the reader's language;
 * the names `required` lists marked with a red *, each picker's test handle `testId(key)` where given.
 */
export function EvidencePhotos({
  slots,
  photos,
  onChange,
  required,
  testId,
}: {
  slots: EvidenceSlot[];
  photos: Record<string, File[]>;
  onChange: (photos: Record<string, File[]>) => void;
  required?: EvidenceSlot[];
  testId?: (key: string) => string;
}) {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return slots.map((e) => (
    <div key={e.key} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <span>
        {en ? e.en : e.zh}
        {required?.some((r) => r.key === e.key) && <span style={{ color: '#ff4d4f' }}> *</span>}
      </span>
      <PhotoPicker
        files={photos[e.key] ?? []}
        onChange={(files) => onChange({ ...photos, [e.key]: files })}
        testId={testId?.(e.key)}
      />
    </div>
  ));
}
