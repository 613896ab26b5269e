import { Box, Container, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../i18n';
import type { Language } from '../../i18n/resources';

/** The frame of the pages before sign-in: product name, language choice, one card. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'background.default', py: { xs: 4, md: 10 } }}>
      <Container maxWidth="sm">
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 3 }}>
          <Box>
            <Typography variant="h5" component="p" color="primary">
              {t('appName')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('appTagline')}
            </Typography>
          </Box>
          <TextField
            select
            size="small"
            label={t('language')}
            value={i18n.language}
            onChange={(e) => void setLanguage(e.target.value as Language)}
            sx={{ minWidth: 120 }}
          >
            <MenuItem value="ja" lang="ja">
              {t('languageJa')}
            </MenuItem>
            <MenuItem value="en" lang="en">
              {t('languageEn')}
            </MenuItem>
          </TextField>
        </Stack>
        <Paper sx={{ p: { xs: 3, md: 4 } }}>
          <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
            {title}
          </Typography>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
