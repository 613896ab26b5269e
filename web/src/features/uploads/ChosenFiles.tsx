import CloseIcon from '@mui/icons-material/Close';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import FolderZipOutlinedIcon from '@mui/icons-material/FolderZipOutlined';
import {
  Alert,
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
import type { Selection, SelectionProblem } from './bundle-selection';

/** The files about to be sent, with their sizes, and what must change before they can be. */
export function ChosenFiles(props: {
  files: readonly File[];
  selection: Selection;
  onRemove: (file: File) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('uploads');
  const { selection } = props;
  const all = props.files;
  if (all.length === 0) return null;
  const total = all.reduce((n, f) => n + f.size, 0);
  return (
    <Box sx={{ mt: 3 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('chosenTitle', { n: formatNumber(all.length), size: formatBytes(total) })}
        </Typography>
        <Button onClick={props.onClear}>{t('clearFiles')}</Button>
      </Stack>
      <Box aria-live="polite">
        {selection.problems.map((p) => (
          <Alert key={p.kind} severity="error" sx={{ mt: 1 }}>
            <ProblemText problem={p} />
          </Alert>
        ))}
      </Box>
      <List dense aria-label={t('chosenListLabel')}>
        {all.map((file) => (
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
            <ListItemIcon sx={{ minWidth: 40 }}>
              {file.name.toLowerCase().endsWith('.zip') ? (
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

function ProblemText({ problem }: { problem: SelectionProblem }) {
  const { t } = useTranslation('uploads');
  switch (problem.kind) {
    case 'unsupported':
      return <>{t('problemUnsupported', { names: problem.names.join(t('listSeparator')) })}</>;
    case 'unknownCsv':
      return <>{t('problemUnknownCsv', { names: problem.names.join(t('listSeparator')) })}</>;
    case 'severalZips':
      return <>{t('problemSeveralZips')}</>;
    case 'mixed':
      return <>{t('problemMixed')}</>;
    case 'noManifest':
      return <>{t('problemNoManifest')}</>;
  }
}
