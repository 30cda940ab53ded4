import {
  plannedCapacityInputSchema,
  PLANNED_CAPACITY_MODES,
  type PlannedCapacityEntry,
  type PlannedCapacityMode,
} from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../../../components/captioned-table';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { describedBy, Frame, SelectField, TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime, formatLongDay, formatNumber } from '../../../lib/format';
import { parseNumber } from '../../../lib/parse-number';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { usePlannedCapacity, useSavePlannedCapacity, useWithdrawPlannedCapacity } from '../api/forecast-api';

interface Unit {
  id: string;
  name: string;
}

/**
 * A municipality's planned changes to its short-term places, from today on ("10 nya
 * korttidsplatser fr.o.m. 1 juni"): listed for everyone, entered and withdrawn by its own members.
 * The forecast compares the places needed with the places these give.
 */
export function PlannedCapacityPanel({
  region,
  code,
  name,
  units,
  canEdit,
  today,
}: {
  region: string;
  code: string;
  name: string;
  /** The municipality's short-term units. */
  units: readonly Unit[];
  canEdit: boolean;
  today: string;
}) {
  const { t } = useTranslation();
  const planned = usePlannedCapacity(region);
  const entries = (planned.data ?? []).filter((entry) => entry.organizationCode === code);
  const unitName = (unitId: string) => units.find((unit) => unit.id === unitId)?.name ?? unitId;
  const [withdrawing, setWithdrawing] = useState<PlannedCapacityEntry | null>(null);
  const withdraw = useWithdrawPlannedCapacity(region);

  return (
    <div className="planned" data-testid="planned-capacity">
      {entries.length === 0 ? (
        <p className="muted">{planned.isPending ? t('common.loading') : t('forecast.planned.none')}</p>
      ) : (
        <CaptionedTable
          id="planned"
          caption={t('forecast.planned.caption', { name })}
          headers={[
            t('forecast.planned.from'),
            t('forecast.planned.unit'),
            t('forecast.planned.change'),
            t('forecast.planned.note'),
            t('forecast.planned.savedBy'),
            ...(canEdit ? [t('forecast.planned.actions')] : []),
          ]}
        >
          {entries.map((entry) => (
            <tr key={`${entry.unitId}/${entry.date}`}>
              <th scope="row">{formatLongDay(entry.date)}</th>
              <td>{unitName(entry.unitId)}</td>
              <td>
                {t('forecast.planned.changeValue', {
                  mode: t(`plannedCapacityMode.${entry.mode}`),
                  places: formatNumber(entry.places),
                })}
              </td>
              <td className="comment-cell">{entry.note ?? ''}</td>
              <td>{t('forecast.planned.savedByValue', { user: entry.updatedBy, time: formatDateTime(entry.updatedAt) })}</td>
              {canEdit ? (
                <td>
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => setWithdrawing(entry)}
                    aria-label={t('forecast.planned.withdrawLabel', {
                      date: formatLongDay(entry.date),
                      unit: unitName(entry.unitId),
                    })}
                  >
                    {t('forecast.planned.withdraw')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </CaptionedTable>
      )}
      {canEdit && units.length > 0 ? <PlannedCapacityForm region={region} units={units} entries={entries} today={today} /> : null}
      {canEdit && units.length === 0 ? <p className="muted">{t('forecast.planned.noUnits')}</p> : null}
      <ConfirmDialog
        open={withdrawing !== null}
        title={t('forecast.planned.withdrawTitle')}
        confirmLabel={t('forecast.planned.withdraw')}
        cancelLabel={t('forecast.planned.cancel')}
        busy={withdraw.isPending}
        onCancel={() => setWithdrawing(null)}
        onConfirm={() => {
          if (!withdrawing) return;
          withdraw.mutate(
            { unitId: withdrawing.unitId, date: withdrawing.date, expectedVersion: withdrawing.version },
            { onSettled: () => setWithdrawing(null) },
          );
        }}
      >
        <p>
          {withdrawing
            ? t('forecast.planned.withdrawQuestion', {
                date: formatLongDay(withdrawing.date),
                unit: unitName(withdrawing.unitId),
              })
            : ''}
        </p>
      </ConfirmDialog>
    </div>
  );
}

function PlannedCapacityForm({
  region,
  units,
  entries,
  today,
}: {
  region: string;
  units: readonly Unit[];
  entries: readonly PlannedCapacityEntry[];
  today: string;
}) {
  const { t } = useTranslation();
  const save = useSavePlannedCapacity(region);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const [draft, setDraft] = useState({
    unitId: units[0]?.id ?? '',
    date: '',
    mode: 'add' as PlannedCapacityMode,
    places: '',
    note: '',
  });
  const [status, setStatus] = useState('');

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setStatus('');
    const dateProblem = !draft.date ? 'validation.required' : draft.date < today ? 'validation.plannedDate' : null;
    // A change already planned for the unit and day is changed, from the version shown.
    const existing = entries.find((entry) => entry.unitId === draft.unitId && entry.date === draft.date);
    const input = parse(plannedCapacityInputSchema, {
      mode: draft.mode,
      places: parseNumber(draft.places),
      note: draft.note,
      expectedVersion: existing?.version ?? 0,
    });
    if (input === null || dateProblem) {
      if (dateProblem) setErrors((current) => ({ ...(input === null ? current : {}), date: dateProblem }));
      return;
    }
    setErrors({});
    save.mutate(
      { unitId: draft.unitId, date: draft.date, input },
      {
        onSuccess: (saved) => {
          setStatus(
            t('forecast.planned.saved', {
              change: t('forecast.planned.changeValue', {
                mode: t(`plannedCapacityMode.${saved.mode}`),
                places: formatNumber(saved.places),
              }),
              date: formatLongDay(saved.date),
            }),
          );
          setDraft((current) => ({ ...current, date: '', places: '', note: '' }));
        },
        onError: (error) => {
          showServerErrors(error);
          if (isApiError(error, 409)) setStatus(t('forecast.planned.conflict'));
          else if (!isApiError(error, 400)) setStatus(t('forecast.planned.saveFailed'));
        },
      },
    );
  }

  return (
    <form className="form-card planned__form" onSubmit={submit} noValidate aria-labelledby="planned-form-title">
      <h3 id="planned-form-title">{t('forecast.planned.formTitle')}</h3>
      <p className="field__hint">{t('forecast.planned.formHint')}</p>
      <div className="form-grid">
        {units.length > 1 ? (
          <SelectField
            id="planned-unit"
            label={t('forecast.planned.unit')}
            value={draft.unitId}
            options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
            onChange={(unitId) => setDraft((current) => ({ ...current, unitId }))}
            error={errors.unitId}
          />
        ) : null}
        <TextField
          id="planned-date"
          type="date"
          label={t('forecast.planned.date')}
          value={draft.date}
          onChange={(date) => setDraft((current) => ({ ...current, date }))}
          error={errors.date}
          required
        />
        <SelectField
          id="planned-mode"
          label={t('forecast.planned.mode')}
          value={draft.mode}
          options={PLANNED_CAPACITY_MODES.map((mode) => ({ value: mode, label: t(`plannedCapacityMode.${mode}`) }))}
          onChange={(mode) => setDraft((current) => ({ ...current, mode: mode as PlannedCapacityMode }))}
          error={errors.mode}
        />
        <Frame id="planned-places" label={t('forecast.planned.places')} error={errors.places}>
          <input
            id="planned-places"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={draft.places}
            onChange={(event) => setDraft((current) => ({ ...current, places: event.target.value }))}
            aria-invalid={errors.places ? true : undefined}
            aria-required
            aria-describedby={describedBy('planned-places', undefined, errors.places)}
          />
        </Frame>
        <TextField
          id="planned-note"
          label={t('forecast.planned.noteLabel')}
          value={draft.note}
          onChange={(note) => setDraft((current) => ({ ...current, note }))}
          error={errors.note}
          optional
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('forecast.planned.save')}
        </button>
        <p role="status" className="form-status" data-testid="planned-status">
          {status}
        </p>
      </div>
    </form>
  );
}
