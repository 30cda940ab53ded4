import type { Meeting } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import { formatTime } from '../../../lib/format';
import { useMeetingCommand } from '../api/meetings-api';
import type { Step } from '../utils/round';

/** Notes per organisation, in the order of the round; the one on screen is marked. */
export function NotesPanel({ meeting, editable, step }: { meeting: Meeting; editable: boolean; step: Step }) {
  const { t } = useTranslation();
  const onScreen = step === null ? null : meeting.participants[step];
  // Read-only, only the organisations that have a note; the chair gets a field for every one.
  const shown = editable
    ? meeting.participants
    : meeting.participants.filter((code) => meeting.notes.some((note) => note.organizationCode === code && note.text.trim()));
  return (
    <section className="section minutes-section" aria-labelledby="notes-title" data-testid="notes">
      <h2 id="notes-title">{t('meetings.notes.title')}</h2>
      {!editable && shown.length === 0 ? <p className="muted">{t('meetings.notes.noneYet')}</p> : null}
      <ul className="note-list">
        {shown.map((code) => {
          const name = meeting.snapshot.organizations.find((org) => org.code === code)?.name ?? code;
          const note = meeting.notes.find((entry) => entry.organizationCode === code);
          return (
            <li key={code} className="note-list__item" id={`note-${code}`}>
              <h3 className="note-list__name">
                {name}
                {code === onScreen ? (
                  <Badge tone="info" icon="live">
                    {t('meetings.notes.onScreen')}
                  </Badge>
                ) : null}
              </h3>
              {editable ? (
                <NoteEditor meetingId={meeting.id} code={code} name={name} text={note?.text ?? ''} />
              ) : (
                <p className={note?.text ? 'note-list__text' : 'muted'}>{note?.text || t('meetings.notes.none')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function NoteEditor({ meetingId, code, name, text }: { meetingId: string; code: string; name: string; text: string }) {
  const { t } = useTranslation();
  const save = useMeetingCommand(meetingId);
  const [draft, setDraft] = useState(text);
  const [base, setBase] = useState(text);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // Someone else saved this note: take their text unless this user has typed something.
  if (text !== base) {
    setBase(text);
    if (draft === base) setDraft(text);
  }
  const id = `note-text-${code}`;
  return (
    <form
      className="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { type: 'note', organizationCode: code, text: draft },
          { onSuccess: () => setSavedAt(new Date().toISOString()) },
        );
      }}
    >
      <div className="field">
        <label htmlFor={id} className="visually-hidden">
          {t('meetings.notes.label', { name })}
        </label>
        <textarea id={id} rows={2} value={draft} onChange={(event) => setDraft(event.target.value)} />
      </div>
      <div className="note-editor__actions">
        <button type="submit" className="button button--secondary" disabled={save.isPending || draft === text}>
          {t('meetings.notes.save')}
          <span className="visually-hidden"> ({name})</span>
        </button>
        <span role="status" className="note-editor__status">
          {save.isError
            ? t('meetings.saveFailed')
            : savedAt && draft === text
              ? t('meetings.notes.saved', { time: formatTime(savedAt) })
              : ''}
        </span>
      </div>
    </form>
  );
}
