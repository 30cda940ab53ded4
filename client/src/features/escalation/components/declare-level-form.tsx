import { declareLevelSchema, type EscalationLevelState } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useDeclareLevel } from '../api/escalation-api';
import { DeclarationFields, type DeclarationDraft } from './declaration-fields';

export interface DeclarableOrganization {
  code: string;
  name: string;
  current: EscalationLevelState | null;
}

function draftFrom(current: EscalationLevelState | null): DeclarationDraft {
  return {
    level: current?.level ?? 'normal',
    reason: current?.reason ?? '',
    measures: current?.measures ?? [],
    otherMeasures: current?.otherMeasures ?? '',
  };
}

/**
 * Declares the level of an organisation the user may declare for (the region's for its chair,
 * analysts and admins; a municipality's for its members). Sent against the version shown, so a
 * declaration made meanwhile by someone else is a conflict, not an overwrite.
 */
export function DeclareLevelForm({
  region,
  organizations,
}: {
  region: string;
  organizations: readonly DeclarableOrganization[];
}) {
  const { t } = useTranslation();
  const declare = useDeclareLevel(region);
  const [code, setCode] = useState(organizations[0]?.code ?? '');
  const organization = organizations.find((candidate) => candidate.code === code) ?? organizations[0];
  const [draft, setDraft] = useState<DeclarationDraft>(() => draftFrom(organization?.current ?? null));
  // The version the draft was started from: a declaration made meanwhile makes this one a 409.
  const [baseVersion, setBaseVersion] = useState(organization?.current?.version ?? 0);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const [status, setStatus] = useState('');
  if (!organization) return null;

  const choose = (next: string): void => {
    const current = organizations.find((candidate) => candidate.code === next)?.current ?? null;
    setCode(next);
    setDraft(draftFrom(current));
    setBaseVersion(current?.version ?? 0);
    setErrors({});
  };

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setStatus('');
    const body = { ...draft, expectedVersion: baseVersion };
    const parsed = parse(declareLevelSchema, body);
    if (!parsed || !organization) return;
    setErrors({});
    declare.mutate(
      { organizationCode: organization.code, body },
      {
        onSuccess: (level) => {
          setBaseVersion(level.version);
          setStatus(t('escalation.form.saved', { name: organization.name, level: t(`escalationLevel.${level.level}`) }));
        },
        onError: (error) => {
          if (isApiError(error, 409)) {
            // Show what stands now, to be changed again on purpose.
            const current = (error.body as { current?: EscalationLevelState | null } | null)?.current ?? null;
            setDraft(draftFrom(current));
            setBaseVersion(current?.version ?? 0);
            setStatus(t('escalation.form.conflict'));
          } else if (isApiError(error, 400)) showServerErrors(error);
          else setStatus(t('escalation.form.failed'));
        },
      },
    );
  }

  return (
    <form className="declare-form" onSubmit={submit} noValidate aria-labelledby="declare-title">
      <h2 id="declare-title">{t('escalation.form.title')}</h2>
      {organizations.length > 1 ? (
        <SelectField
          id="declare-organization"
          label={t('escalation.form.organization')}
          value={organization.code}
          options={organizations.map((candidate) => ({ value: candidate.code, label: candidate.name }))}
          onChange={choose}
        />
      ) : (
        <p className="muted">{t('escalation.form.for', { name: organization.name })}</p>
      )}
      <DeclarationFields idPrefix="declare" draft={draft} onChange={setDraft} errors={errors} />
      <button type="submit" className="button button--primary" disabled={declare.isPending}>
        {t('escalation.form.submit')}
      </button>
      <p role="status" className="form-status">
        {status}
      </p>
    </form>
  );
}
