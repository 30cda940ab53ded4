import type { Meeting } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingCommand } from '../api/meetings-api';
import { includedCodes, participantsOf, type ParticipantChoice } from '../utils/participants';
import { ParticipantsEditor } from './participants-editor';

/** Who takes part, in the round's order; the chair can change it while the meeting is open. */
export function ParticipantsSection({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const { t } = useTranslation();
  const save = useMeetingCommand(meeting.id);
  const organizations = meeting.snapshot.organizations;
  const [draft, setDraft] = useState<ParticipantChoice[] | null>(null);
  const value = draft ?? participantsOf(meeting.participants, organizations);
  const nameOf = (code: string) => organizations.find((org) => org.code === code)?.name ?? code;

  return (
    <section className="section minutes-section" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('meetings.participants.title')}</h2>
      {editable ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ type: 'participants', participants: includedCodes(value) }, { onSuccess: () => setDraft(null) });
          }}
        >
          <ParticipantsEditor idPrefix="meeting-participants" value={value} onChange={setDraft} />
          <p className="field__hint">{t('meetings.participants.restartHint')}</p>
          <div className="form-actions">
            <button type="submit" className="button button--secondary" disabled={draft === null || save.isPending}>
              {t('meetings.participants.save')}
            </button>
            <span role="status">{save.isError ? t('meetings.saveFailed') : ''}</span>
          </div>
        </form>
      ) : (
        <ol className="participants__readonly">
          {meeting.participants.map((code) => (
            <li key={code}>{nameOf(code)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
