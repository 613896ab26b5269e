import CloudUploadOutlinedIcon from '@mui/icons-material/CloudUploadOutlined';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../components/FileDropZone';

/** The upload page's drop zone. */
export function DropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const { t } = useTranslation('uploads');
  return (
    <FileDropZone
      onFiles={onFiles}
      disabled={disabled}
      icon={CloudUploadOutlinedIcon}
      title={t('dropTitle')}
      release={t('dropRelease')}
      hint={t('dropHint')}
      choose={t('chooseFiles')}
      testId="drop-zone"
    />
  );
}
