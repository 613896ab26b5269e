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
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatNumber } from '../../i18n/format';
import { isZipName } from './file-selection';

/**
 * Where files are dropped or chosen with the button (the keyboard's way in: the zone itself is not a
 * control, so there is no nested interactive element).
 */
export function PrecheckDropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation('precheck');
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(files);
  };
  return (
    <Box
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="precheck-drop-zone"
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : 'background.paper',
        borderRadius: 2,
        p: { xs: 3, md: 5 },
        textAlign: 'center',
        transition: 'border-color 120ms, background-color 120ms',
      }}
    >
      <FindInPageOutlinedIcon color="primary" sx={{ fontSize: 56 }} aria-hidden />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {over ? t('dropRelease') : t('dropTitle')}
      </Typography>
      <Typography id={hintId} color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: 620, mx: 'auto' }}>
        {t('dropHint')}
      </Typography>
      <Button variant="contained" onClick={() => input.current?.click()} aria-describedby={hintId}>
        {t('chooseFiles')}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".zip,.csv,application/zip,text/csv"
        hidden
        aria-hidden
        tabIndex={-1}
        data-testid="precheck-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so that choosing the same file again still reports a change.
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </Box>
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
