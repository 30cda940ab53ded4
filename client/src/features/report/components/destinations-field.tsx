import { useTranslation } from 'react-i18next';
import { DESTINATIONS, inputId, type Destination, type FieldErrors } from '../utils/form-values';
import { FieldMessage, NumberField } from './number-field';

/** Discharges by destination: optional, but when given they must add up to the total. */
export function DestinationsField({
  unitId,
  values,
  onChange,
  errors,
}: {
  unitId: string;
  values: Record<Destination, string>;
  onChange: (values: Record<Destination, string>) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const groupId = inputId(unitId, 'dischargesByDestination');
  const groupError = errors.dischargesByDestination;
  return (
    // The fieldset can take focus so the error summary can lead to a sum that does not add up.
    <fieldset id={groupId} tabIndex={-1} className="field-group" aria-describedby={groupError ? `${groupId}-error` : undefined}>
      <legend>
        {t('form.dischargesByDestination')} <span className="field__optional">{t('form.optional')}</span>
      </legend>
      {groupError ? (
        <p id={`${groupId}-error`} className="field__error">
          <FieldMessage message={groupError} />
        </p>
      ) : null}
      <div className="field-grid field-grid--four">
        {DESTINATIONS.map((destination) => (
          <NumberField
            key={destination}
            id={inputId(unitId, `dischargesByDestination.${destination}`)}
            label={t(`form.destination.${destination}`)}
            value={values[destination]}
            onChange={(value) => onChange({ ...values, [destination]: value })}
            error={errors[`dischargesByDestination.${destination}`]}
            optional
            quiet
          />
        ))}
      </div>
    </fieldset>
  );
}
