import {
  isRegionOrganization,
  LINE_KINDS,
  PLACE_UNIT_KINDS,
  requestInputSchema,
  STAFF_ROLES,
  URGENCIES,
  type EquipmentItem,
  type HelpRequest,
  type UserInfo,
} from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useCreateRequest } from '../api/requests-api';
import { inputFromDraft, newLine, type LineDraft, type RequestDraft } from '../utils/request-draft';
import { CommandFailed } from './command-failed';

/** A new request: why, how urgent, by when, and one or more lines of places, staff or equipment. */
export function RequestForm({
  user,
  initial,
  items,
  onCreated,
  onChange,
}: {
  user: UserInfo;
  initial: RequestDraft;
  /** The region's inventory, for equipment lines. */
  items: readonly EquipmentItem[];
  onCreated: (request: HelpRequest) => void;
  /** The draft as it is typed (e.g. for "who can help" beside the form). */
  onChange?: (draft: RequestDraft) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateRequest(user.regionCode);
  const [draft, setDraftState] = useState(initial);
  const { errors, parse, setErrors, showServerErrors } = useFieldErrors();
  // The region lends equipment; it does not ask itself for it.
  const kinds = LINE_KINDS.filter((kind) => kind !== 'equipment' || (!isRegionOrganization(user) && items.length > 0));

  const setDraft = (next: RequestDraft): void => {
    setDraftState(next);
    onChange?.(next);
  };
  const setLine = (key: number, change: Partial<LineDraft>): void =>
    setDraft({ ...draft, lines: draft.lines.map((line) => (line.key === key ? { ...line, ...change } : line)) });

  function submit(asDraft: boolean): void {
    const input = parse(requestInputSchema, inputFromDraft(draft, asDraft));
    if (!input) return;
    setErrors({});
    create.mutate(input, { onSuccess: onCreated, onError: showServerErrors });
  }

  return (
    <form
      className="form-card request-form"
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <TextAreaField
        id="request-reason"
        label={t('requests.form.reason')}
        hint={t('requests.form.reasonHint')}
        value={draft.reason}
        onChange={(reason) => setDraft({ ...draft, reason })}
        error={errors.reason}
      />
      <div className="form-grid">
        <SelectField
          id="request-urgency"
          label={t('requests.form.urgency')}
          value={draft.urgency}
          onChange={(urgency) => setDraft({ ...draft, urgency: urgency as RequestDraft['urgency'] })}
          options={URGENCIES.map((value) => ({ value, label: t(`urgency.${value}`) }))}
        />
        <TextField
          id="request-needed-by"
          type="date"
          label={t('requests.form.neededBy')}
          value={draft.neededBy}
          onChange={(neededBy) => setDraft({ ...draft, neededBy })}
          error={errors.neededBy}
        />
      </div>
      {draft.lines.map((line, index) => (
        <fieldset key={line.key} className="field-group request-form__line">
          <legend>{t('requests.form.line', { position: index + 1 })}</legend>
          <div className="form-grid">
            <SelectField
              id={`line-${line.key}-kind`}
              label={t('requests.form.kind')}
              value={line.kind}
              onChange={(kind) =>
                setLine(line.key, { kind: kind as LineDraft['kind'], itemTypeId: line.itemTypeId || (items[0]?.id ?? '') })
              }
              options={kinds.map((value) => ({ value, label: t(`lineKind.${value}`) }))}
              error={errors[`lines.${index}.kind`]}
            />
            <TextField
              id={`line-${line.key}-quantity`}
              label={t(`requests.form.quantity.${line.kind}`)}
              value={line.quantity}
              onChange={(quantity) => setLine(line.key, { quantity })}
              error={errors[`lines.${index}.quantity`]}
              required
            />
            {line.kind === 'places' ? (
              <SelectField
                id={`line-${line.key}-unit-kind`}
                label={t('requests.form.unitKind')}
                value={line.unitKind}
                onChange={(unitKind) => setLine(line.key, { unitKind: unitKind as LineDraft['unitKind'] })}
                options={PLACE_UNIT_KINDS.map((value) => ({ value, label: t(`unitKind.${value}`) }))}
                error={errors[`lines.${index}.unitKind`]}
              />
            ) : null}
            {line.kind === 'staff' ? (
              <SelectField
                id={`line-${line.key}-role`}
                label={t('requests.form.staffRole')}
                value={line.staffRole}
                onChange={(staffRole) => setLine(line.key, { staffRole: staffRole as LineDraft['staffRole'] })}
                options={STAFF_ROLES.map((value) => ({ value, label: t(`staffRole.${value}`) }))}
                error={errors[`lines.${index}.staffRole`]}
              />
            ) : null}
            {line.kind === 'equipment' ? (
              <>
                <SelectField
                  id={`line-${line.key}-item`}
                  label={t('requests.form.item')}
                  value={line.itemTypeId}
                  onChange={(itemTypeId) => setLine(line.key, { itemTypeId })}
                  options={items.map((item) => ({
                    value: item.id,
                    label: t('requests.form.itemOption', { name: item.name, available: item.available }),
                  }))}
                  error={errors[`lines.${index}.itemTypeId`]}
                />
                <TextField
                  id={`line-${line.key}-until`}
                  type="date"
                  label={t('requests.form.until')}
                  value={line.until}
                  onChange={(until) => setLine(line.key, { until })}
                  error={errors[`lines.${index}.until`]}
                />
              </>
            ) : (
              <>
                <TextField
                  id={`line-${line.key}-from`}
                  type="date"
                  label={t('requests.form.from')}
                  value={line.from}
                  onChange={(from) => setLine(line.key, { from })}
                  error={errors[`lines.${index}.from`]}
                />
                <TextField
                  id={`line-${line.key}-to`}
                  type="date"
                  label={t('requests.form.to')}
                  value={line.to}
                  onChange={(to) => setLine(line.key, { to })}
                  error={errors[`lines.${index}.to`]}
                />
              </>
            )}
          </div>
          {draft.lines.length > 1 ? (
            <button
              type="button"
              className="button button--link"
              onClick={() => setDraft({ ...draft, lines: draft.lines.filter((candidate) => candidate.key !== line.key) })}
            >
              {t('requests.form.removeLine', { position: index + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      {errors.lines ? (
        <p className="field__error" role="alert">
          {t(errors.lines)}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setDraft({ ...draft, lines: [...draft.lines, newLine(draft.neededBy)] })}
        >
          {t('requests.form.addLine')}
        </button>
        <button type="button" className="button button--secondary" disabled={create.isPending} onClick={() => submit(true)}>
          {t('requests.form.saveDraft')}
        </button>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('requests.form.send')}
        </button>
      </div>
      {create.isError && Object.keys(errors).length === 0 ? <CommandFailed mutation={create} /> : null}
    </form>
  );
}
