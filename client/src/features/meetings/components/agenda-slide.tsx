import type { AgendaItem, Meeting } from '@lagesbild/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { itemLabel } from '../utils/agenda';
import { ActionStateText, ownerLabel } from './action-text';

/** An agenda item on the shared screen: its title, type, föredragande, proposal and what was decided. */
export function AgendaSlide({ meeting, item, children }: { meeting: Meeting; item: AgendaItem; children?: ReactNode }) {
  const { t } = useTranslation();
  const decisions = meeting.decisions.filter((decision) => decision.agendaItemId === item.id);
  return (
    <article className="agenda-slide" aria-labelledby="agenda-slide-title" data-testid={`slide-${item.number}`}>
      <p className="agenda-slide__type">{t(`agendaItemType.${item.type}`)}</p>
      <h2 id="agenda-slide-title" className="agenda-slide__title">
        {itemLabel(meeting, item)} {item.title}
      </h2>
      {item.presenter ? <p>{t('agenda.presenter', { name: item.presenter })}</p> : null}
      {item.text ? <p className="agenda-slide__text">{item.text}</p> : null}
      {item.proposal ? (
        <p>
          <strong>{t('agenda.proposal')}</strong> {item.proposal}
        </p>
      ) : null}
      {item.content === 'follow_up' ? (
        <ul className="agenda-slide__list">
          {meeting.followUp.map((action) => (
            <li key={action.id}>
              {ownerLabel(meeting, action)}: {action.what} · <ActionStateText state={action.state} />
            </li>
          ))}
        </ul>
      ) : null}
      {children}
      {decisions.length > 0 ? (
        <>
          <p className="agenda-slide__phrase">{meeting.network?.decisionPhrase}</p>
          <ul className="agenda-slide__list">
            {decisions.map((decision) => (
              <li key={decision.id}>{decision.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
