import { useTranslation } from 'react-i18next';

/** Says that unsaved input from an earlier page (lib/drafts) is back in the form, with a way out. */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info" role="status" data-testid="draft-restored">
      <p>{t('form.draft.restored')}</p>
      <div className="notice__actions">
        <button type="button" className="button button--link" onClick={onDiscard}>
          {t('form.draft.discard')}
        </button>
      </div>
    </div>
  );
}
