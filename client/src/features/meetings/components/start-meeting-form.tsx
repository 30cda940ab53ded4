import { createMeetingSchema, isoWeek, reportingDay, type Meeting } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from '../../../components/field-message';
import { TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useCreateMeeting } from '../api/meetings-api';
import { defaultParticipants, includedCodes, type ParticipantChoice } from '../utils/participants';
import { ParticipantsEditor } from './participants-editor';

/** Title, day and who takes part; the figures are frozen the moment it is started. */
export function StartMeetingForm({
  region,
  organizations,
  onCreated,
}: {
  region: string;
  organizations: readonly { code: string; name: string; kind: string }[];
  onCreated: (meeting: Meeting) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateMeeting(region);
  const today = reportingDay();
  const [title, setTitle] = useState(() => t('meetings.defaultTitle', { week: isoWeek(today) }));
  const [date, setDate] = useState(today);
  const [participants, setParticipants] = useState<ParticipantChoice[]>(() => defaultParticipants(organizations));
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = parse(createMeetingSchema, { title, date, participants: includedCodes(participants) });
    if (parsed === null) return;
    setErrors({});
    create.mutate(parsed, {
      onSuccess: onCreated,
      onError: showServerErrors,
    });
  }

  const failed = create.isError && !isApiError(create.error, 400);
  return (
    <form className="form-card" onSubmit={submit} noValidate aria-labelledby="start-meeting-title">
      <h2 id="start-meeting-title">{t('meetings.start.title')}</h2>
      <p className="field__hint">{t('meetings.start.intro')}</p>
      <div className="form-grid">
        <TextField
          id="meeting-title"
          label={t('meetings.start.name')}
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
        />
        <TextField
          id="meeting-date"
          type="date"
          label={t('meetings.start.date')}
          value={date}
          onChange={setDate}
          error={errors.date}
        />
      </div>
      <ParticipantsEditor idPrefix="start-participants" value={participants} onChange={setParticipants} />
      {errors.participants ? (
        <p className="field__error" role="alert">
          <FieldMessage message={errors.participants} />
        </p>
      ) : null}
      {failed ? (
        <p className="form-error" role="alert">
          {isApiError(create.error, 403) ? t('meetings.start.forbidden') : t('errors.network')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('meetings.start.starting') : t('meetings.start.submit')}
        </button>
      </div>
    </form>
  );
}
