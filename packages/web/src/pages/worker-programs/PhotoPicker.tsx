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
