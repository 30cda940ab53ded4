import { issueTokenSchema, type ApiTokenInfo, type IssuedToken, type Role } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import { CaptionedTable } from '../../../components/captioned-table';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { TextField } from '../../../components/form-field';
import { ErrorMessage, Loading } from '../../../components/states';
import { isApiError } from '../../../lib/api-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { formatDateTime } from '../../../lib/format';
import { useIssueToken, useRevokeToken, useTokens } from '../api/admin-api';
import { organizationAfterRoleChange, type OrganizationOption } from '../utils/roles';
import { IssuedTokenNotice } from './issued-token';
import { RoleFields } from './role-fields';

/** API keys for integrations: each bound to one organisation and role, revocable, with its last use. */
export function TokensPanel({ organizations }: { organizations: readonly OrganizationOption[] }) {
  const { t } = useTranslation();
  const tokens = useTokens();
  const issue = useIssueToken();
  const revoke = useRevokeToken();
  const [draft, setDraft] = useState({
    name: '',
    role: 'analyst' as Role,
    organizationCode: organizationAfterRoleChange('analyst', '', organizations),
  });
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenInfo | null>(null);
  const [message, setMessage] = useState('');
  const nameOf = (code: string) => organizations.find((organization) => organization.code === code)?.name ?? code;

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = parse(issueTokenSchema, draft);
    if (parsed === null) return;
    setErrors({});
    issue.mutate(parsed, {
      onSuccess: (token) => {
        setIssued(token);
        setDraft((d) => ({ ...d, name: '' }));
      },
      onError: showServerErrors,
    });
  }

  return (
    <div>
      {issued ? <IssuedTokenNotice token={issued} onDone={() => setIssued(null)} /> : null}
      <form className="form-card" onSubmit={submit} noValidate aria-labelledby="issue-token-title">
        <h2 id="issue-token-title">{t('admin.tokens.issueTitle')}</h2>
        <div className="form-grid">
          <TextField
            id="new-token-name"
            label={t('admin.tokens.name')}
            hint={t('admin.tokens.nameHint')}
            value={draft.name}
            onChange={(name) => setDraft((d) => ({ ...d, name }))}
            error={errors.name}
            required
          />
          <RoleFields
            idPrefix="new-token"
            role={draft.role}
            organizationCode={draft.organizationCode}
            organizations={organizations}
            onChange={(value) => setDraft((d) => ({ ...d, ...value }))}
            errors={errors}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={issue.isPending}>
            {t('admin.tokens.issue')}
          </button>
          <p role="status" className="form-status">
            {issue.isError && !isApiError(issue.error, 400) ? t('admin.saveFailed') : message}
          </p>
        </div>
      </form>
      {tokens.isPending ? <Loading label={t('common.loading')} /> : null}
      {tokens.isError ? <ErrorMessage>{t('admin.unavailable')}</ErrorMessage> : null}
      {tokens.data ? (
        tokens.data.length === 0 ? (
          <p>{t('admin.tokens.none')}</p>
        ) : (
          <CaptionedTable
            id="tokens"
            testId="tokens-table"
            caption={t('admin.tokens.caption')}
            headers={[
              t('admin.tokens.name'),
              t('admin.users.role'),
              t('admin.users.organization'),
              t('admin.tokens.issued'),
              t('admin.tokens.lastUsed'),
              t('admin.users.status'),
              t('admin.actions'),
            ]}
          >
            {tokens.data.map((token) => (
              <tr key={token.id} data-testid={`token-${token.name}`}>
                <th scope="row">{token.name}</th>
                <td>{t(`admin.roleNames.${token.role}`)}</td>
                <td>{nameOf(token.organizationCode)}</td>
                <td>{t('admin.tokens.issuedBy', { time: formatDateTime(token.createdAt), user: token.createdBy })}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('admin.tokens.neverUsed')}</td>
                <td>
                  {token.revokedAt ? (
                    <Badge tone="neutral" icon="offline">
                      {t('admin.tokens.revokedAt', { time: formatDateTime(token.revokedAt) })}
                    </Badge>
                  ) : (
                    <Badge tone="normal" icon="check">
                      {t('admin.tokens.valid')}
                    </Badge>
                  )}
                </td>
                <td>
                  {token.revokedAt ? null : (
                    <button type="button" className="button button--link" onClick={() => setRevoking(token)}>
                      {t('admin.tokens.revoke')}
                      <span className="visually-hidden"> {token.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </CaptionedTable>
        )
      ) : null}
      <ConfirmDialog
        open={revoking !== null}
        title={t('admin.tokens.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('admin.tokens.revoke')}
        cancelLabel={t('admin.cancel')}
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: (token) => setMessage(t('admin.tokens.revoked', { name: token.name })),
            onError: () => setMessage(t('admin.saveFailed')),
            onSettled: () => setRevoking(null),
          })
        }
      >
        <p>{t('admin.tokens.revokeText')}</p>
      </ConfirmDialog>
    </div>
  );
}
