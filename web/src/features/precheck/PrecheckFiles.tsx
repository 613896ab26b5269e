import CloseIcon from '@mui/icons-material/Close';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import FindInPageOutlinedIcon from '@mui/icons-material/FindInPageOutlined';
import FolderZipOutlinedIcon from '@mui/icons-material/FolderZipOutlined';
import {
  Box,
  Button,
  IconButton,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatNumber } from '../../i18n/format';
import { isZipName } from './file-selection';
import { FileDropZone } from '../../components/FileDropZone';

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
export function ChosenFileList(props: {
  files: readonly File[];
  onRemove: (file: File) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('precheck');
  const { files } = props;
  if (files.length === 0) return null;
  const total = files.reduce((n, f) => n + f.size, 0);
  return (
    <Box sx={{ mt: 3 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('chosenTitle', { n: formatNumber(files.length), size: formatBytes(total) })}
        </Typography>
        <Button onClick={props.onClear}>{t('clearFiles')}</Button>
      </Stack>
      <List dense aria-label={t('chosenListLabel')}>
        {files.map((file) => (
          <ListItem
            key={file.name}
            divider
            secondaryAction={
              <IconButton
                edge="end"
                aria-label={t('removeFile', { name: file.name })}
                onClick={() => props.onRemove(file)}
              >
                <CloseIcon />
              </IconButton>
            }
          >
            <ListItemIcon>
              {isZipName(file.name) ? (
                <FolderZipOutlinedIcon aria-hidden />
              ) : (
                <DescriptionOutlinedIcon aria-hidden />
              )}
            </ListItemIcon>
            <ListItemText primary={file.name} secondary={formatBytes(file.size)} />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
