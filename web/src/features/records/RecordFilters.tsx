import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import { IconButton, InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_FILTER, STATUSES, type Entity, type ListState } from './record-model';
import { useDebounced } from './use-debounced';
import { useVocabulary } from './vocabulary';

/**
 * The search field (sent once typing pauses) and the status and role/type selects of one tab.
 * `onChange` gets only what changed; the page resets paging.
 */
export function RecordFilters({
  entity,
  state,
  onChange,
}: {
  entity: Entity;
  state: ListState;
  onChange: (patch: Partial<ListState>) => void;
}) {
  const { t } = useTranslation('records');
  const vocab = useVocabulary();
  const [text, setText] = useState(state.q);
  const typed = useDebounced(text);
  // The address is the truth: a tab change or "back" brings its own search words.
  useEffect(() => setText(state.q), [state.q]);
  useEffect(() => {
    if (typed.trim() !== state.q.trim()) onChange({ q: typed });
    // Only a new pause in typing sends a search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);
  const kind = KIND_FILTER[entity];
  const kindLabel = kind ? (kind.param === 'role' ? vocab.role : vocab.type) : null;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <TextField
        label={t('searchLabel')}
        placeholder={t(`searchPlaceholder_${entity}`)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        size="small"
        sx={{ flex: 1, minWidth: 240 }}
        slotProps={{
          htmlInput: { 'aria-label': t('searchLabel'), maxLength: 200 },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon aria-hidden />
              </InputAdornment>
            ),
            endAdornment: text ? (
              <InputAdornment position="end">
                <IconButton
                  size="small"
                  aria-label={t('clearSearch')}
                  onClick={() => {
                    setText('');
                    onChange({ q: '' });
                  }}
                >
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : undefined,
          },
        }}
      />
      <TextField
        select
        size="small"
        label={t('filterStatus')}
        value={state.status}
        onChange={(e) => onChange({ status: e.target.value as ListState['status'] })}
        sx={{ minWidth: 160 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('allStatuses')}</MenuItem>
        {STATUSES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`status_${s}`)}
          </MenuItem>
        ))}
      </TextField>
      {kind && kindLabel ? (
        <TextField
          select
          size="small"
          label={t(kind.label)}
          value={kind.values.includes(state.kind) ? state.kind : ''}
          onChange={(e) => onChange({ kind: e.target.value })}
          sx={{ minWidth: 200 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('anyKind')}</MenuItem>
          {kind.values.map((v) => (
            <MenuItem key={v} value={v}>
              {kindLabel(v)}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
    </Stack>
  );
}
