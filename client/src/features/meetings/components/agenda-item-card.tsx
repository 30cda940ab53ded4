import type { AgendaItem, Meeting } from '@lagesbild/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import { useMeetingCommand } from '../api/meetings-api';
import { itemLabel } from '../utils/agenda';
import { EditAgendaItem } from './agenda-item-form';
import { ItemActions } from './item-actions';
import { ItemDecisions } from './item-decisions';

/** One item: § number, type, föredragande, text and links, what it shows, its decisions and actions. */
export function AgendaItemCard({
  meeting,
  item,
  index,
  editable,
  content,
}: {
  meeting: Meeting;
  item: AgendaItem;
  index: number;
  editable: boolean;
  content: ReactNode;
}) {
  const { t } = useTranslation();
  const command = useMeetingCommand(meeting.id);
  const [editing, setEditing] = useState(false);
  const onScreen = meeting.currentItemId === item.id;
  const titleId = `item-${item.id}-title`;
  const move = (by: number) => {
    const ids = meeting.agenda.map((entry) => entry.id);
    const [moved] = ids.splice(index, 1);
    if (moved) ids.splice(index + by, 0, moved);
    command.mutate({ type: 'orderAgenda', itemIds: ids });
  };

  return (
    <article
      className={onScreen ? 'agenda-item agenda-item--current' : 'agenda-item'}
      aria-labelledby={titleId}
      data-testid={`item-${item.number}`}
    >
      <header className="agenda-item__header">
        <h3 id={titleId} className="agenda-item__title">
          {itemLabel(meeting, item)} {item.title}
        </h3>
        <span className="agenda-item__type">{t(`agendaItemType.${item.type}`)}</span>
        {onScreen ? (
          <Badge tone="info" icon="live">
            {t('agenda.onScreen')}
          </Badge>
        ) : null}
      </header>
      {item.presenter ? <p className="agenda-item__presenter">{t('agenda.presenter', { name: item.presenter })}</p> : null}
      {item.text ? <p className="agenda-item__text">{item.text}</p> : null}
      {item.links.length > 0 ? (
        <ul className="agenda-item__links">
          {item.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noreferrer noopener">
                {link.label ?? link.url}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {content}
      <ItemDecisions meeting={meeting} item={item} editable={editable} />
      <ItemActions meeting={meeting} item={item} editable={editable} />
      {editable ? (
        <div className="agenda-item__tools">
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={onScreen}
            onClick={() => command.mutate({ type: 'currentItem', itemId: onScreen ? null : item.id })}
          >
            {onScreen ? t('agenda.offScreen') : t('agenda.toScreen')}
            <span className="visually-hidden">: {item.title}</span>
          </button>
          <button
            type="button"
            className="button button--link"
            disabled={index === 0 || command.isPending}
            onClick={() => move(-1)}
          >
            {t('agenda.up')}
            <span className="visually-hidden">: {item.title}</span>
          </button>
          <button
            type="button"
            className="button button--link"
            disabled={index === meeting.agenda.length - 1 || command.isPending}
            onClick={() => move(1)}
          >
            {t('agenda.down')}
            <span className="visually-hidden">: {item.title}</span>
          </button>
          <button type="button" className="button button--link" onClick={() => setEditing(true)}>
            {t('agenda.edit')}
            <span className="visually-hidden">: {item.title}</span>
          </button>
          <button
            type="button"
            className="button button--link"
            disabled={command.isPending}
            onClick={() => command.mutate({ type: 'removeItem', itemId: item.id })}
          >
            {t('meetings.remove')}
            <span className="visually-hidden">: {item.title}</span>
          </button>
          {command.isError ? (
            <p className="form-error" role="alert">
              {t('agenda.changeFailed')}
            </p>
          ) : null}
        </div>
      ) : null}
      {editing ? <EditAgendaItem meeting={meeting} item={item} onDone={() => setEditing(false)} /> : null}
    </article>
  );
}
