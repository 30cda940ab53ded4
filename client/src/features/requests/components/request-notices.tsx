import type { RequestUpdatedEvent, UserInfo } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLiveFeed, useLiveSituation } from '../../../lib/live';
import { noticeText, type NoticeText } from '../utils/notice-text';

interface Shown extends NoticeText {
  key: string;
  link: string;
}

/** How many notices stay on screen at once; older ones make room. */
const KEEP = 3;

/**
 * New requests and offers for the user's organisation, as they happen: a short, polite message
 * with a link to the request, until dismissed. (Kept per user in the shared inbox once it exists.)
 */
export function RequestNotices({ user }: { user: UserInfo }) {
  const { t } = useTranslation();
  const live = useLiveSituation(user.regionCode);
  const [shown, setShown] = useState<Shown[]>([]);
  useLiveFeed(user.regionCode, (event) => {
    if (event.type !== 'change' || event.change.type !== 'request.updated') return;
    const change = event.change.payload as RequestUpdatedEvent;
    if (!change.notice?.organizationCodes.includes(user.organizationCode)) return;
    const nameOf = (code: string) =>
      live.situation?.organizations.find((organization) => organization.code === code)?.name ?? code;
    const text = noticeText(change.request, change.notice, nameOf);
    const notice = { ...text, key: `${change.seq}`, link: `/region/${change.region}/requests/${change.request.id}` };
    setShown((current) => [notice, ...current].slice(0, KEEP));
  });
  return (
    <div className="request-notices" aria-live="polite" data-testid="request-notices">
      {shown.map((notice) => (
        <div key={notice.key} className="notice notice--info request-notice" role="status">
          <p>
            {t(notice.textKey, notice.values)} <Link to={notice.link}>{t('requests.notices.open')}</Link>
          </p>
          <button
            type="button"
            className="button button--link"
            onClick={() => setShown((current) => current.filter((candidate) => candidate.key !== notice.key))}
          >
            {t('requests.notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
