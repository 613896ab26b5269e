import { Checkbox, FormControlLabel, FormHelperText, MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { PROFILES, type Profile } from './upload-model';

/** The tenant's validation profile (the server's default for its uploads); japan until known. */
export function useDefaultProfile(slug: string): Profile {
  const settings = useQuery({
    queryKey: ['tenant-settings', slug],
    queryFn: () => call(api.GET('/api/v1/tenants/{slug}/settings', { params: { path: { slug } } })),
    // Only a default: when the settings cannot be read the upload still goes with japan.
    retry: false,
  });
  return settings.data?.profile ?? 'japan';
}

export function UploadOptions(props: {
  profile: Profile;
  defaultProfile: Profile;
  onProfile: (p: Profile) => void;
  dryRun: boolean;
  onDryRun: (v: boolean) => void;
}) {
  const { t } = useTranslation('uploads');
  const dryRunHint = useId();
  return (
    <Stack spacing={3} sx={{ maxWidth: 640 }}>
      <TextField
        select
        label={t('profileLabel')}
        value={props.profile}
        onChange={(e) => props.onProfile(e.target.value as Profile)}
        helperText={t('profileHelp', { profile: t(`profile_${props.defaultProfile}`) })}
      >
        {PROFILES.map((p) => (
          <MenuItem key={p} value={p}>
            {t(`profile_${p}`)}
          </MenuItem>
        ))}
      </TextField>
      <div>
        <FormControlLabel
          control={
            <Checkbox
              checked={props.dryRun}
              onChange={(e) => props.onDryRun(e.target.checked)}
              slotProps={{ input: { 'aria-describedby': dryRunHint } }}
            />
          }
          label={t('dryRunLabel')}
        />
        <FormHelperText id={dryRunHint} sx={{ mt: 0 }}>
          {t('dryRunHelp')}
        </FormHelperText>
      </div>
    </Stack>
  );
}
