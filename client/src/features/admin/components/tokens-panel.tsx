import {
  issueTokenSchema,
  TOKEN_DEFAULT_DAYS,
  TOKEN_MAX_DAYS,
  type ApiTokenInfo,
  type IssuedToken,
  type Role,
} from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../../../components/captioned-table';
import { SelectField, TextField } from '../../../components/form-field';
import { formatDateTime } from '../../../lib/format';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useIssueToken, useRevokeToken, useTokens } from '../api/admin-api';
import { organizationAfterRoleChange, organizationName, type OrganizationOption } from '../utils/roles';
import { AdminFormCard } from './admin-form';
import { AdminList, ConfirmRowAction, RowAction, StateBadge } from './admin-table-parts';
import { IssuedTokenNotice } from './issued-token';
import { RoleFields } from './role-fields';

// How long a new key lasts: a month, the default quarter, half a year or the longest allowed.
const VALIDITY_DAYS = [30, TOKEN_DEFAULT_DAYS, 180, TOKEN_MAX_DAYS] as const;

/** Whether a key still works, and if not, since when and why. */
function useTokenState(): (token: ApiTokenInfo) => { usable: boolean; text: string } {
  const { t } = useTranslation();
  return (token) => {
    if (token.revokedAt) {
      const key = token.revokedReason === 'issuer_deactivated' ? 'admin.tokens.endedWithIssuer' : 'admin.tokens.revokedAt';
      return { usable: false, text: t(key, { time: formatDateTime(token.revokedAt) }) };
    }
    if (Date.parse(token.expiresAt) <= Date.now()) {
      return { usable: false, text: t('admin.tokens.expiredAt', { time: formatDateTime(token.expiresAt) }) };
    }
    return { usable: true, text: t('admin.tokens.valid') };
  };
}

/** API keys for integrations: each bound to one organisation and role, expiring, revocable, with its last use. */
export function TokensPanel({ organizations }: { organizations: readonly OrganizationOption[] }) {
  const { t } = useTranslation();
  const tokens = useTokens();
  const issue = useIssueToken();
  const revoke = useRevokeToken();
  const stateOf = useTokenState();
  const [draft, setDraft] = useState({
    name: '',
    role: 'analyst' as Role,
    organizationCode: organizationAfterRoleChange('analyst', '', organizations),
    expiresInDays: TOKEN_DEFAULT_DAYS,
  });
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenInfo | null>(null);
  const [message, setMessage] = useState('');

  function submit(): void {
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
      <AdminFormCard
        titleId="issue-token-title"
        title={t('admin.tokens.issueTitle')}
        submitLabel={t('admin.tokens.issue')}
        mutation={issue}
        status={message}
        onSubmit={submit}
      >
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
        <SelectField
          id="new-token-validity"
          label={t('admin.tokens.validity')}
          hint={t('admin.tokens.validityHint')}
          value={String(draft.expiresInDays)}
          options={VALIDITY_DAYS.map((days) => ({ value: String(days), label: t('admin.tokens.days', { count: days }) }))}
          onChange={(days) => setDraft((d) => ({ ...d, expiresInDays: Number(days) }))}
          error={errors.expiresInDays}
        />
      </AdminFormCard>
      <AdminList query={tokens}>
        {(list) =>
          list.length === 0 ? (
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
                t('admin.tokens.expires'),
                t('admin.tokens.lastUsed'),
                t('admin.users.status'),
                t('admin.actions'),
              ]}
            >
              {list.map((token) => {
                const state = stateOf(token);
                return (
                  <tr key={token.id} data-testid={`token-${token.name}`}>
                    <th scope="row">{token.name}</th>
                    <td>{t(`roles.${token.role}`)}</td>
                    <td>{organizationName(organizations, token.organizationCode)}</td>
                    <td>{t('admin.tokens.issuedBy', { time: formatDateTime(token.createdAt), user: token.createdBy })}</td>
                    <td>{formatDateTime(token.expiresAt)}</td>
                    <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('admin.tokens.neverUsed')}</td>
                    <td>
                      <StateBadge ok={state.usable}>{state.text}</StateBadge>
                    </td>
                    <td>
                      {state.usable ? (
                        <RowAction label={t('admin.tokens.revoke')} target={token.name} onClick={() => setRevoking(token)} />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </CaptionedTable>
          )
        }
      </AdminList>
      <ConfirmRowAction
        target={revoking}
        title={(token) => t('admin.tokens.revokeTitle', { name: token.name })}
        confirmLabel={t('admin.tokens.revoke')}
        text={t('admin.tokens.revokeText')}
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={(token) =>
          revoke.mutate(token.id, {
            onSuccess: (revoked) => setMessage(t('admin.tokens.revoked', { name: revoked.name })),
            onError: () => setMessage(t('admin.saveFailed')),
            onSettled: () => setRevoking(null),
          })
        }
      />
    </div>
  );
}
