import FindInPageOutlinedIcon from '@mui/icons-material/FindInPageOutlined';
import { useTranslation } from 'react-i18next';
import { ChosenFileList, totalSize } from '../../components/ChosenFileList';
import { FileDropZone } from '../../components/FileDropZone';
import { formatBytes, formatNumber } from '../../i18n/format';

/** The pre-check's drop zone. */
export function PrecheckDropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation('precheck');
  return (
    <FileDropZone
      onFiles={onFiles}
      icon={FindInPageOutlinedIcon}
      title={t('dropTitle')}
      release={t('dropRelease')}
      hint={t('dropHint')}
      choose={t('chooseFiles')}
      testId="precheck-drop-zone"
    />
  );
}

/** The chosen files with their sizes; each can be taken out again. */
export function PrecheckFileList(props: {
  files: readonly File[];
  onRemove: (file: File) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('precheck');
  return (
    <ChosenFileList
      {...props}
      title={t('chosenTitle', {
        n: formatNumber(props.files.length),
        size: formatBytes(totalSize(props.files)),
      })}
      clearLabel={t('clearFiles')}
      listLabel={t('chosenListLabel')}
      removeLabel={(name) => t('removeFile', { name })}
    />
  );
}
