import { useEffect, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../../../components/conflict-notice';
import { DraftNotice } from '../../../components/draft-notice';
import { FieldMessage } from '../../../components/field-message';
import { Icon } from '../../../components/icon';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatNumber, formatShortDay, formatTime } from '../../../lib/format';
import { useFlowsForm, type FlowMunicipality, type FlowsOutcome } from '../hooks/use-flows-form';
import { cellId, FLOW_FIELDS, parsePastedGrid, type FlowField } from '../utils/flow-rows';

/**
 * The region's admissions, discharges by destination and patients ready for discharge, one row per
 * municipality, saved with one button. Cells can be pasted from a spreadsheet.
 */
export function FlowsForm({
  region,
  date,
  municipalities,
  draftKey,
}: {
  region: string;
  date: string;
  municipalities: readonly FlowMunicipality[];
  draftKey?: string;
}) {
  const { t } = useTranslation();
  const form = useFlowsForm(region, date, municipalities, draftKey);

  // After a refused save, go to the first figure to correct.
  useEffect(() => {
    if (form.outcome.kind !== 'invalid') return;
    const first = municipalities.find((m) => form.errors[m.code]);
    const field = first && FLOW_FIELDS.find((f) => form.errors[first.code]?.[f]);
    if (first && field) document.getElementById(cellId(first.code, field))?.focus();
  }, [form.outcome, form.errors, municipalities]);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void form.submit();
  }

  function onPaste(code: string, field: FlowField, event: ClipboardEvent<HTMLInputElement>): void {
    const grid = parsePastedGrid(event.clipboardData.getData('text/plain'));
    if (!grid) return; // one value: the input takes it as usual
    event.preventDefault();
    form.paste(code, field, grid);
  }

  return (
    <form className="flows-form" onSubmit={onSubmit} noValidate aria-labelledby="flows-title">
      {form.restored ? <DraftNotice onDiscard={form.discardDraft} /> : null}
      {form.conflicts.map((theirs) => (
        <ConflictNotice
          key={theirs.municipalityCode}
          title={t('flows.conflict', {
            user: theirs.updatedBy,
            municipality: municipalities.find((m) => m.code === theirs.municipalityCode)?.name ?? theirs.municipalityCode,
            time: formatTime(theirs.updatedAt),
          })}
          figures={FLOW_FIELDS.map((field) => ({ label: t(`flows.fields.${field}`), value: formatNumber(theirs[field]) }))}
          onTakeTheirs={() => form.takeTheirs(theirs.municipalityCode)}
          onKeepMine={() => void form.keepMine(theirs.municipalityCode)}
        />
      ))}
      <ScrollRegion labelledBy="flows-caption">
        <table className="table table--compact flows-table">
          <caption id="flows-caption" className="table__caption">
            {t('flows.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('flows.municipality')}</th>
              {FLOW_FIELDS.map((field) => (
                <th key={field} scope="col" id={`flows-col-${field}`} className="num">
                  {t(`flows.fields.${field}`)}
                </th>
              ))}
              <th scope="col">{t('flows.source')}</th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((municipality) => {
              const row = form.rows[municipality.code];
              const errors = form.errors[municipality.code] ?? {};
              const rowHeader = `flows-row-${municipality.code}`;
              return (
                <tr key={municipality.code} data-testid={`flows-row-${municipality.code}`}>
                  <th scope="row" id={rowHeader}>
                    {municipality.name}
                  </th>
                  {FLOW_FIELDS.map((field) => {
                    const id = cellId(municipality.code, field);
                    const error = errors[field] ?? (field === 'dischargesHome' ? errors.discharges : undefined);
                    return (
                      <td key={field} className={error ? 'num flows-cell flows-cell--invalid' : 'num flows-cell'}>
                        <input
                          id={id}
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          value={row?.[field] ?? ''}
                          onChange={(event) => form.setCell(municipality.code, field, event.target.value)}
                          onPaste={(event) => onPaste(municipality.code, field, event)}
                          aria-labelledby={`${rowHeader} flows-col-${field}`}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${id}-error` : undefined}
                        />
                        {error ? (
                          <span id={`${id}-error`} className="field__error">
                            <FieldMessage message={error} />
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                  <td className="flows-source">
                    {municipality.today
                      ? t('flows.savedToday', {
                          time: formatTime(municipality.today.updatedAt),
                          user: municipality.today.updatedBy,
                        })
                      : municipality.last
                        ? t('flows.prefilled', { day: formatShortDay(municipality.last.date) })
                        : t('flows.none')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="field__hint flows-paste-hint">{t('flows.pasteHint')}</p>
      <div className="save-bar">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {t('flows.save')}
        </button>
        <p className="save-status" role="status" data-testid="save-status">
          <FlowsStatus outcome={form.outcome} saving={form.saving} />
        </p>
      </div>
    </form>
  );
}

function FlowsStatus({ outcome, saving }: { outcome: FlowsOutcome; saving: boolean }) {
  const { t } = useTranslation();
  if (saving) return <>{t('form.saving')}</>;
  switch (outcome.kind) {
    case 'saved':
      return (
        <span className="save-status__ok">
          <Icon name="check" />
          {t('form.savedAt', { time: formatTime(outcome.at) })}
        </span>
      );
    case 'invalid':
      return <>{t('flows.fixErrors')}</>;
    case 'conflict':
      return <>{t('flows.conflictStatus')}</>;
    case 'empty':
      return <>{t('flows.nothingToSave')}</>;
    case 'failed':
      return (
        <>
          {outcome.status === 403 ? t('flows.forbidden') : outcome.status === null ? t('errors.network') : t('form.saveFailed')}
        </>
      );
    case 'idle':
      return null;
  }
}
