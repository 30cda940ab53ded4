import type { IssuedToken } from '@lagesbild/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';

/** The new key, shown this once: only its hash is kept, so it cannot be shown again. */
export function IssuedTokenNotice({ token, onDone }: { token: IssuedToken; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  const copy = (): void => {
    // The clipboard needs a secure context; on plain HTTP the key can still be selected by hand.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setCopied('no');
      return;
    }
    clipboard.writeText(token.token).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };

  return (
    <div
      ref={ref}
      className="notice notice--warning issued-token"
      tabIndex={-1}
      role="region"
      aria-labelledby="issued-token-title"
      data-testid="issued-token"
    >
      <p id="issued-token-title" className="notice__title">
        <Icon name="warning" />
        {t('admin.tokens.issuedTitle', { name: token.name })}
      </p>
      <p>{t('admin.tokens.shownOnce')}</p>
      <div className="field">
        <label htmlFor="issued-token-value">{t('admin.tokens.key')}</label>
        <div className="issued-token__row">
          <input
            id="issued-token-value"
            readOnly
            value={token.token}
            spellCheck={false}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button button--primary" onClick={copy}>
            {t('admin.tokens.copy')}
          </button>
        </div>
      </div>
      <p role="status" className="form-status">
        {copied === 'yes' ? t('admin.tokens.copied') : copied === 'no' ? t('admin.tokens.copyFailed') : ''}
      </p>
      <div className="notice__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('admin.tokens.done')}
        </button>
      </div>
    </div>
  );
}
