import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from '../../../components/field-message';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromServer } from '../../../lib/field-errors';

/**
 * Why a step was refused, in the user's language: a 409's reason ("the offer is no longer open"),
 * a 400's first field, or that it could not be saved at all. Announced, since it appears by itself.
 */
export function CommandFailed({ mutation }: { mutation: Pick<UseMutationResult<unknown, Error, never>, 'error' | 'isError'> }) {
  const { t } = useTranslation();
  if (!mutation.isError) return null;
  const error = mutation.error;
  const reason =
    isApiError(error, 409) || isApiError(error, 400) ? Object.values(fieldErrorsFromServer(error.body))[0] : undefined;
  return (
    <p className="form-error" role="alert">
      {reason ? (
        <FieldMessage message={reason} />
      ) : (
        t(isApiError(error, 403) ? 'requests.failed.forbidden' : 'requests.failed.unknown')
      )}
    </p>
  );
}
