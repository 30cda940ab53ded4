import type { Meeting } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { MEETING_AGENDA_CONTENT, type AgendaContentRenderers } from './agenda-content';
import { AgendaItemCard } from './agenda-item-card';
import { AddAgendaItem } from './agenda-item-form';

/** The numbered agenda of a network's meeting, item by item, with what each item shows and decides. */
export function AgendaPanel({
  meeting,
  editable,
  renderers = {},
}: {
  meeting: Meeting;
  editable: boolean;
  /** Renderers for the kinds of item this feature cannot draw alone (see AgendaContentRenderers). */
  renderers?: AgendaContentRenderers;
}) {
  const { t } = useTranslation();
  const content = { ...MEETING_AGENDA_CONTENT, ...renderers };
  return (
    <section className="section agenda" aria-labelledby="agenda-title" data-testid="agenda">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      {meeting.agenda.length === 0 ? <p className="muted">{t('agenda.empty')}</p> : null}
      <ol className="agenda__items">
        {meeting.agenda.map((item, index) => (
          <li key={item.id}>
            <AgendaItemCard
              meeting={meeting}
              item={item}
              index={index}
              editable={editable}
              content={content[item.content]?.({ meeting, item, editable }) ?? null}
            />
          </li>
        ))}
      </ol>
      {editable ? <AddAgendaItem meeting={meeting} /> : null}
    </section>
  );
}
