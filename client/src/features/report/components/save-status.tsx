import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { formatTime } from '../../../lib/format';
import type { SaveOutcome } from '../hooks/use-report-form';

export function SaveStatus({ outcome, saving }: { outcome: SaveOutcome; saving: boolean }) {
  const { t } = useTranslation();
  let content: ReactNode = null;
  if (saving) content = t('form.saving');
  else if (outcome.kind === 'saved')
    content = (
      <span className="save-status__ok">
        <Icon name="check" />
        {t('form.savedAt', { time: formatTime(outcome.at) })}
      </span>
    );
  else if (outcome.kind === 'partial') content = t('form.savedPartly', { saved: outcome.saved, failed: outcome.failed });
  else if (outcome.kind === 'failed')
    content = outcome.status === 403 ? t('form.forbidden') : outcome.status === null ? t('errors.network') : t('form.saveFailed');
  else if (outcome.kind === 'invalid') content = t('form.fixErrors');
  return (
    <p className="save-status" role="status" data-testid="save-status">
      {content}
    </p>
  );
}
