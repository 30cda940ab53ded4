import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../../lib/i18n';

/** Offers the other language, named in that language (so a reader of it can find it). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const other = currentLanguage() === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" className="button button--link" lang={other} onClick={() => void changeLanguage(other)}>
      {t(`language.switchTo.${other}`)}
    </button>
  );
}
