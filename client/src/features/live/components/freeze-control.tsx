import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { formatTime } from '../../../lib/format';

export function FreezeControl({
  frozen,
  frozenAt,
  pending,
  onToggle,
}: {
  frozen: boolean;
  frozenAt: number | null;
  pending: number;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="freeze">
      <button type="button" className="button button--secondary" aria-pressed={frozen} onClick={onToggle}>
        <Icon name="pause" />
        {t('live.freeze')}
      </button>
      <span className="freeze__status" role="status">
        {frozen && frozenAt !== null ? t('live.frozenSince', { time: formatTime(new Date(frozenAt)), count: pending }) : null}
      </span>
    </div>
  );
}
