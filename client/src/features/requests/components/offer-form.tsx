import { offerInputSchema, type HelpRequest, type RequestActor, type RequestLine } from '@lagesbild/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { parseNumber } from '../../../lib/parse-number';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useRequestCommand } from '../api/requests-api';
import type { Directory } from '../utils/directory';
import { CommandFailed } from './command-failed';

/** "We can give 4": an offer against one line, places from one of the offering organisation's units. */
export function OfferForm({
  request,
  line,
  actor,
  directory,
}: {
  request: HelpRequest;
  line: RequestLine;
  actor: RequestActor;
  directory: Directory;
}) {
  const { t } = useTranslation();
  const id = useId();
  const command = useRequestCommand();
  const units =
    line.kind === 'places' ? directory.unitsOf(actor.organizationCode).filter((unit) => unit.kind === line.unitKind) : [];
  const [quantity, setQuantity] = useState(String(line.quantities.open));
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const [comment, setComment] = useState('');
  const { errors, parse, setErrors, showServerErrors } = useFieldErrors();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const input = parse(offerInputSchema, {
      lineId: line.id,
      quantity: parseNumber(quantity),
      ...(line.kind === 'places' && unitId ? { unitId } : {}),
      comment: comment.trim() || null,
    });
    if (!input) return;
    setErrors({});
    command.mutate(
      { type: 'offer', requestId: request.id, input },
      {
        onSuccess: () => setComment(''),
        onError: showServerErrors,
      },
    );
  }

  // An organisation without units of the kind asked for has no places to offer.
  if (line.kind === 'places' && units.length === 0) return null;
  return (
    <form
      className="inline-form offer-form"
      onSubmit={submit}
      noValidate
      aria-label={t('requests.offer.label', { position: line.position })}
    >
      <TextField
        id={`${id}-quantity`}
        label={t('requests.offer.quantity')}
        hint={t('requests.offer.quantityHint', { open: line.quantities.open })}
        value={quantity}
        onChange={setQuantity}
        error={errors.quantity}
        required
      />
      {units.length > 1 ? (
        <SelectField
          id={`${id}-unit`}
          label={t('requests.offer.unit')}
          value={unitId}
          onChange={setUnitId}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          error={errors.unitId}
        />
      ) : null}
      <TextField
        id={`${id}-comment`}
        label={t('requests.offer.comment')}
        value={comment}
        onChange={setComment}
        error={errors.comment}
        optional
      />
      <button type="submit" className="button button--primary" disabled={command.isPending}>
        {t('requests.offer.submit')}
      </button>
      {command.isError && Object.keys(errors).length === 0 ? <CommandFailed mutation={command} /> : null}
    </form>
  );
}
