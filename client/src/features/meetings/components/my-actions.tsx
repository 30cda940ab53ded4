import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatShortDay } from '../../../lib/format';
import { useMyActions } from '../api/meetings-api';
import { DueText } from './action-text';

/** The start page's list of the caller's open actions (their own, then their organisation's). */
export function MyActions() {
  const { t } = useTranslation();
  const actions = useMyActions();
  if (!actions.data || actions.data.length === 0) return null;
  return (
    <section className="section my-actions" aria-labelledby="my-actions-title" data-testid="my-actions">
      <h2 id="my-actions-title">{t('myActions.title')}</h2>
      <ul className="my-actions__list">
        {actions.data.map((action) => (
          <li key={action.id}>
            <strong>{action.what}</strong> · <DueText action={action} />
            <br />
            <span className="muted">
              {t(action.owner === 'person' ? 'myActions.yours' : 'myActions.organization', { who: action.who })} ·{' '}
              <Link to={`/meetings/${action.meetingId}`}>
                {action.networkName && !action.meetingTitle.startsWith(action.networkName) ? `${action.networkName}: ` : ''}
                {action.meetingTitle} ({formatShortDay(action.meetingDate)})
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
