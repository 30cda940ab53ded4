import {
  ESCALATION_LEVELS,
  escalationSettingsInputSchema,
  SUGGESTIBLE_LEVELS,
  type EscalationSettings,
  type EscalationSettingsValues,
  type SuggestibleLevel,
  type TriggerName,
} from '@lagesbild/shared';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ErrorMessage, Loading } from '../../../components/states';
import { isApiError } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { parseNumber } from '../../../lib/parse-number';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useEscalationSettings, useSaveSettings } from '../api/escalation-api';

const TRIGGERS = ['occupancy', 'overcrowding', 'criticalMunicipalities'] as const satisfies readonly TriggerName[];

/** The settings as the form edits them: times and thresholds as typed. */
interface Draft {
  deadlines: Record<(typeof ESCALATION_LEVELS)[number], [string, string]>;
  occupancy: { enabled: boolean; abovePct: string; days: string; level: SuggestibleLevel };
  overcrowding: { enabled: boolean; above: string; level: SuggestibleLevel };
  criticalMunicipalities: { enabled: boolean; atLeast: string; level: SuggestibleLevel };
}

function draftOf(settings: EscalationSettingsValues): Draft {
  const pair = (times: readonly string[]): [string, string] => [times[0] ?? '', times[1] ?? ''];
  const { occupancy, overcrowding, criticalMunicipalities } = settings.triggers;
  return {
    deadlines: {
      normal: pair(settings.deadlines.normal),
      reinforced: pair(settings.deadlines.reinforced),
      staff: pair(settings.deadlines.staff),
      disaster: pair(settings.deadlines.disaster),
    },
    occupancy: { ...occupancy, abovePct: String(occupancy.abovePct), days: String(occupancy.days) },
    overcrowding: { ...overcrowding, above: String(overcrowding.above) },
    criticalMunicipalities: { ...criticalMunicipalities, atLeast: String(criticalMunicipalities.atLeast) },
  };
}

function bodyOf(draft: Draft, version: number) {
  const times = (pair: [string, string]) => pair.map((time) => time.trim()).filter(Boolean);
  const number = (value: string) => parseNumber(value) ?? value;
  return {
    deadlines: {
      normal: times(draft.deadlines.normal),
      reinforced: times(draft.deadlines.reinforced),
      staff: times(draft.deadlines.staff),
      disaster: times(draft.deadlines.disaster),
    },
    triggers: {
      occupancy: { ...draft.occupancy, abovePct: number(draft.occupancy.abovePct), days: number(draft.occupancy.days) },
      overcrowding: { ...draft.overcrowding, above: number(draft.overcrowding.above) },
      criticalMunicipalities: { ...draft.criticalMunicipalities, atLeast: number(draft.criticalMunicipalities.atLeast) },
    },
    expectedVersion: version,
  };
}

/** The region's reporting deadlines per level and its triggers: read by all, set by its administrator. */
export function SettingsPanel({ region, editable }: { region: string; editable: boolean }) {
  const { t } = useTranslation();
  const settings = useEscalationSettings(region);
  if (settings.isPending) return <Loading label={t('common.loading')} />;
  if (settings.isError) return <ErrorMessage>{t('escalation.settings.failed')}</ErrorMessage>;
  return (
    <section className="section" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('escalation.settings.title')}</h2>
      {editable ? (
        <SettingsForm key={settings.data.version} region={region} settings={settings.data} />
      ) : (
        <SettingsSummary settings={settings.data} />
      )}
    </section>
  );
}

function triggerLine(t: TFunction, settings: EscalationSettingsValues, name: TriggerName) {
  const trigger = settings.triggers[name];
  return t(`escalation.settings.trigger.${name}`, {
    ...trigger,
    abovePct: 'abovePct' in trigger ? formatNumber(trigger.abovePct) : '',
    level: t(`escalationLevel.${trigger.level}`),
  });
}

function SettingsSummary({ settings }: { settings: EscalationSettings }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="settings-summary">
        {ESCALATION_LEVELS.map((level) => (
          <li key={level}>
            {t(`escalationLevel.${level}`)}: {settings.deadlines[level].join(` ${t('escalation.and')} `)}
          </li>
        ))}
      </ul>
      <h3>{t('escalation.settings.triggers')}</h3>
      <ul className="settings-summary">
        {TRIGGERS.map((name) => (
          <li key={name}>
            {triggerLine(t, settings, name)}
            {settings.triggers[name].enabled ? '' : ` (${t('escalation.settings.off')})`}
          </li>
        ))}
      </ul>
    </>
  );
}

function SettingsForm({ region, settings }: { region: string; settings: EscalationSettings }) {
  const { t } = useTranslation();
  const save = useSaveSettings(region);
  const [draft, setDraft] = useState(() => draftOf(settings));
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const [status, setStatus] = useState('');
  const levelOptions = SUGGESTIBLE_LEVELS.map((level) => ({ value: level, label: t(`escalationLevel.${level}`) }));

  const setTime = (level: keyof Draft['deadlines'], index: 0 | 1, value: string) => {
    const pair: [string, string] = [...draft.deadlines[level]];
    pair[index] = value;
    setDraft({ ...draft, deadlines: { ...draft.deadlines, [level]: pair } });
  };
  const deadlineError = (level: string, index: number) =>
    errors[`deadlines.${level}.${index}`] ?? (index === 0 ? errors[`deadlines.${level}`] : undefined);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setStatus('');
    const parsed = parse(escalationSettingsInputSchema, bodyOf(draft, settings.version));
    if (!parsed) return;
    setErrors({});
    save.mutate(parsed, {
      onSuccess: () => setStatus(t('escalation.settings.saved')),
      onError: (error) => {
        if (isApiError(error, 409)) setStatus(t('escalation.settings.conflict'));
        else if (isApiError(error, 400)) showServerErrors(error);
        else setStatus(t('escalation.form.failed'));
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="settings-form">
      <fieldset className="field-group">
        <legend>{t('escalation.settings.deadlines')}</legend>
        <p className="field__hint">{t('escalation.settings.deadlinesHint')}</p>
        <div className="field-grid">
          {ESCALATION_LEVELS.map((level) => (
            <div key={level} className="deadline-pair">
              <TextField
                id={`deadline-${level}-0`}
                label={t('escalation.settings.first', { level: t(`escalationLevel.${level}`) })}
                value={draft.deadlines[level][0]}
                onChange={(value) => setTime(level, 0, value)}
                error={deadlineError(level, 0)}
              />
              <TextField
                id={`deadline-${level}-1`}
                label={t('escalation.settings.second', { level: t(`escalationLevel.${level}`) })}
                value={draft.deadlines[level][1]}
                onChange={(value) => setTime(level, 1, value)}
                error={deadlineError(level, 1)}
                optional
              />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('escalation.settings.triggers')}</legend>
        <p className="field__hint">{t('escalation.settings.triggersHint')}</p>
        {TRIGGERS.map((name) => {
          const trigger = draft[name];
          const update = (change: Partial<Draft[typeof name]>) => setDraft({ ...draft, [name]: { ...trigger, ...change } });
          return (
            <div key={name} className="trigger-row">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={trigger.enabled}
                  onChange={(event) => update({ enabled: event.target.checked })}
                />
                <span>{t(`escalation.settings.name.${name}`)}</span>
              </label>
              {name === 'occupancy' ? (
                <>
                  <TextField
                    id="trigger-occupancy-pct"
                    label={t('escalation.settings.abovePct')}
                    value={draft.occupancy.abovePct}
                    onChange={(abovePct) => setDraft({ ...draft, occupancy: { ...draft.occupancy, abovePct } })}
                    error={errors['triggers.occupancy.abovePct']}
                  />
                  <TextField
                    id="trigger-occupancy-days"
                    label={t('escalation.settings.days')}
                    value={draft.occupancy.days}
                    onChange={(days) => setDraft({ ...draft, occupancy: { ...draft.occupancy, days } })}
                    error={errors['triggers.occupancy.days']}
                  />
                </>
              ) : name === 'overcrowding' ? (
                <TextField
                  id="trigger-overcrowding-above"
                  label={t('escalation.settings.above')}
                  value={draft.overcrowding.above}
                  onChange={(above) => setDraft({ ...draft, overcrowding: { ...draft.overcrowding, above } })}
                  error={errors['triggers.overcrowding.above']}
                />
              ) : (
                <TextField
                  id="trigger-critical-at-least"
                  label={t('escalation.settings.atLeast')}
                  value={draft.criticalMunicipalities.atLeast}
                  onChange={(atLeast) =>
                    setDraft({ ...draft, criticalMunicipalities: { ...draft.criticalMunicipalities, atLeast } })
                  }
                  error={errors['triggers.criticalMunicipalities.atLeast']}
                />
              )}
              <SelectField
                id={`trigger-${name}-level`}
                label={t('escalation.settings.suggests')}
                value={trigger.level}
                options={levelOptions}
                onChange={(level) => update({ level: level as SuggestibleLevel })}
              />
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {t('escalation.settings.save')}
      </button>
      <p role="status" className="form-status">
        {status}
      </p>
    </form>
  );
}
