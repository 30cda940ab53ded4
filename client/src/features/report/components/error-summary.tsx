import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormUnit, UnitEntry } from '../hooks/use-report-form';
import { inputId } from '../utils/form-values';
import { FieldMessage } from './number-field';

// Map an error path to the label it belongs to; nested destination fields use their own label.
function labelKey(path: string): string {
  const [head, child] = path.split('.');
  if (head === 'dischargesByDestination') return child ? `form.destination.${child}` : 'form.dischargesByDestination';
  return `form.${head ?? path}`;
}

/** All errors at the top, each a link to its field (GOV.UK pattern), focused after a failed save. */
export const ErrorSummary = forwardRef<HTMLDivElement, { units: readonly FormUnit[]; entries: Record<string, UnitEntry> }>(
  function ErrorSummary({ units, entries }, ref) {
    const { t } = useTranslation();
    const items = units.flatMap((unit) =>
      Object.entries(entries[unit.id]?.errors ?? {}).map(([path, message]) => ({ unit, path, message })),
    );
    if (items.length === 0) return null;
    return (
      <div
        ref={ref}
        className="error-summary"
        role="alert"
        tabIndex={-1}
        aria-labelledby="error-summary-title"
        data-testid="error-summary"
      >
        <h2 id="error-summary-title">{t('form.errorSummary', { count: items.length })}</h2>
        <ul>
          {items.map(({ unit, path, message }) => {
            const target = inputId(unit.id, path);
            return (
              <li key={`${unit.id}-${path}`}>
                <a
                  href={`#${target}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(target)?.focus();
                  }}
                >
                  {unit.name}, {t(labelKey(path))}: <FieldMessage message={message} />
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    );
  },
);
