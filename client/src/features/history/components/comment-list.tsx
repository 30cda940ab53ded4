import type { History } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { formatShortDay, formatWeek } from '../../../lib/format';

export function CommentList({ comments, unitName }: { comments: History['comments']; unitName: (unitId: string) => string }) {
  const { t } = useTranslation();
  if (comments.length === 0) return <p className="muted">{t('comments.none')}</p>;
  return (
    <ol className="comment-list" data-testid="comment-list">
      {comments.map((comment) => (
        <li key={`${comment.date}-${comment.unitId}`}>
          <p className="comment-list__meta">
            <time dateTime={comment.date}>{formatShortDay(comment.date)}</time> ({formatWeek(comment.date)}) ·{' '}
            {unitName(comment.unitId)}
          </p>
          <p className="comment-list__text">{comment.comment}</p>
        </li>
      ))}
    </ol>
  );
}
