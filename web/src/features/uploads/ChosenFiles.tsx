import { Alert, Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ChosenFileList, totalSize } from '../../components/ChosenFileList';
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
  return (
    <ChosenFileList
      files={props.files}
      onRemove={props.onRemove}
      onClear={props.onClear}
      title={t('chosenTitle', {
        n: formatNumber(props.files.length),
        size: formatBytes(totalSize(props.files)),
      })}
      clearLabel={t('clearFiles')}
      listLabel={t('chosenListLabel')}
      removeLabel={(name) => t('removeFile', { name })}
    >
      <Box aria-live="polite">
        {props.selection.problems.map((p) => (
          <Alert key={p.kind} severity="error" sx={{ mt: 1 }}>
            <ProblemText problem={p} />
          </Alert>
        ))}
      </Box>
    </ChosenFileList>
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
