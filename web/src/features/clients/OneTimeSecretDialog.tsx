import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  Typography,
} from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';

export interface SecretItem {
  label: string;
  value: string;
  /** The one-time value (monospace, emphasised) rather than an identifier shown alongside it. */
  secret?: boolean;
}

/**
 * A value the server returns once (client secret, one-time password, webhook signing secret):
 * shown with a copy button and a warning, and closed only after the person says it is stored.
 */
export function OneTimeSecretDialog(props: {
  open: boolean;
  title: string;
  warning: string;
  items: SecretItem[];
  /** The sentence the person ticks before closing. */
  confirmLabel: string;
  children?: ReactNode;
  onClose: () => void;
}) {
  const { t } = useTranslation('clients');
  const id = useId();
  const [stored, setStored] = useState(false);
  const close = () => {
    setStored(false);
    props.onClose();
  };
  return (
    <Dialog open={props.open} aria-labelledby={`${id}-title`} maxWidth="sm" fullWidth>
      <DialogTitle id={`${id}-title`}>{props.title}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {props.warning}
        </Alert>
        <Stack spacing={2}>
          {props.items.map((item) => (
            <Box key={item.label}>
              <Typography variant="subtitle2" component="p">
                {item.label}
              </Typography>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
                <Box
                  component="code"
                  data-testid={item.secret ? 'one-time-secret' : undefined}
                  sx={{
                    flex: 1,
                    p: 1,
                    borderRadius: 1,
                    bgcolor: 'action.hover',
                    fontFamily: 'monospace',
                    wordBreak: 'break-all',
                    fontWeight: item.secret ? 700 : 400,
                  }}
                >
                  {item.value}
                </Box>
                <CopyButton value={item.value} />
              </Stack>
            </Box>
          ))}
          {props.children}
          <FormControlLabel
            control={<Checkbox checked={stored} onChange={(e) => setStored(e.target.checked)} />}
            label={props.confirmLabel}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={close} disabled={!stored}>
          {t('done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
