import CloseIcon from '@mui/icons-material/Close';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
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
import type { ReactNode } from 'react';
import { formatBytes } from '../i18n/format';

/**
 * Files chosen for an upload or a pre-check, with their sizes; each can be taken out again.
 * `children` sits between the heading and the list (what must change before sending).
 */
export function ChosenFileList(props: {
  files: readonly File[];
  onRemove: (file: File) => void;
  onClear: () => void;
  title: string;
  clearLabel: string;
  listLabel: string;
  removeLabel: (name: string) => string;
  children?: ReactNode;
}) {
  if (props.files.length === 0) return null;
  return (
    <Box sx={{ mt: 3 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {props.title}
        </Typography>
        <Button onClick={props.onClear}>{props.clearLabel}</Button>
      </Stack>
      {props.children}
      <List dense aria-label={props.listLabel}>
        {props.files.map((file) => (
          <ListItem
            key={file.name}
            divider
            secondaryAction={
              <IconButton
                edge="end"
                aria-label={props.removeLabel(file.name)}
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

/** The chosen files' count and total size, for the list's heading. */
export function totalSize(files: readonly File[]): number {
  return files.reduce((n, f) => n + f.size, 0);
}
