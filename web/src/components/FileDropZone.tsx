import type { SvgIconComponent } from '@mui/icons-material';
import { Box, Button, Typography } from '@mui/material';
import { useId, useRef, useState, type DragEvent } from 'react';

export interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  icon: SvgIconComponent;
  /** The words of the zone: its title, its title while files hover over it, a hint, the button. */
  title: string;
  release: string;
  hint: string;
  choose: string;
  testId: string;
}

/**
 * Where bundle files (a zip or CSVs) are dropped, or chosen with the button (the keyboard's way in:
 * the zone itself is not a control, so there is no nested interactive element).
 */
export function FileDropZone({ onFiles, disabled, icon: Icon, ...words }: FileDropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(files);
  };
  return (
    <Box
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid={words.testId}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : 'background.paper',
        borderRadius: 2,
        p: { xs: 3, md: 5 },
        textAlign: 'center',
        transition: 'border-color 120ms, background-color 120ms',
        opacity: disabled ? 0.6 : 1,
      }}
    >
      <Icon color="primary" sx={{ fontSize: 56 }} aria-hidden />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {over ? words.release : words.title}
      </Typography>
      <Typography id={hintId} color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: 620, mx: 'auto' }}>
        {words.hint}
      </Typography>
      <Button
        variant="contained"
        onClick={() => input.current?.click()}
        disabled={disabled}
        aria-describedby={hintId}
      >
        {words.choose}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".zip,.csv,application/zip,text/csv"
        hidden
        aria-hidden
        tabIndex={-1}
        data-testid={`${words.testId}-input`}
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
