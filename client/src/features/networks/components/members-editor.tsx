import { networkMemberSchema, type Network, type OrganizationSummary } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../../../components/captioned-table';
import { SelectField, TextField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useNetworkCommand } from '../api/networks-api';

const EMPTY = { name: '', organizationCode: '', role: '', email: '', username: '', deputyFor: '' };

/** The network's members and their deputies; the chair adds and removes them. */
export function MembersEditor({
  network,
  organizations,
  editable,
}: {
  network: Network;
  organizations: OrganizationSummary[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const command = useNetworkCommand(network.id);
  const [draft, setDraft] = useState(EMPTY);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const orgName = (code: string | null) => organizations.find((o) => o.code === code)?.name ?? code ?? '';
  const nameOf = (id: string | null) => network.members.find((m) => m.id === id)?.name ?? '';
  const field = (name: keyof typeof EMPTY) => ({
    id: `member-${name}`,
    label: t(`networks.member.${name}`),
    value: draft[name],
    onChange: (value: string) => setDraft({ ...draft, [name]: value }),
    error: errors[name],
  });

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = parse(networkMemberSchema, {
      ...draft,
      organizationCode: draft.organizationCode || null,
      deputyFor: draft.deputyFor || null,
      username: draft.username || null,
    });
    if (parsed === null) return;
    setErrors({});
    command.mutate({ type: 'addMember', member: parsed }, { onSuccess: () => setDraft(EMPTY), onError: showServerErrors });
  }

  const headers = [
    t('networks.member.name'),
    t('networks.member.organizationCode'),
    t('networks.member.role'),
    t('networks.member.email'),
    t('networks.member.kind'),
  ];
  return (
    <section className="section" aria-labelledby="members-title">
      <h2 id="members-title">{t('networks.members')}</h2>
      <CaptionedTable
        id="members"
        caption={t('networks.membersCaption', { name: network.name })}
        headers={editable ? [...headers, t('meetings.remove')] : headers}
        testId="members"
      >
        {network.members.map((member) => (
          <tr key={member.id}>
            <th scope="row">{member.name}</th>
            <td>{orgName(member.organizationCode)}</td>
            <td>{member.role}</td>
            <td>{member.email ? <a href={`mailto:${member.email}`}>{member.email}</a> : null}</td>
            <td>
              {member.deputyFor
                ? t('networks.member.deputyOf', { name: nameOf(member.deputyFor) })
                : t('networks.member.regular')}
            </td>
            {editable ? (
              <td>
                <button
                  type="button"
                  className="button button--link"
                  disabled={command.isPending}
                  onClick={() => command.mutate({ type: 'removeMember', memberId: member.id })}
                >
                  {t('meetings.remove')}
                  <span className="visually-hidden">: {member.name}</span>
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </CaptionedTable>
      {editable ? (
        <form className="form-grid" onSubmit={submit} noValidate aria-label={t('networks.member.add')}>
          <TextField {...field('name')} required />
          <SelectField
            {...field('organizationCode')}
            optional
            options={[{ value: '', label: '–' }, ...organizations.map((o) => ({ value: o.code, label: o.name }))]}
          />
          <TextField {...field('role')} optional />
          <TextField {...field('email')} optional />
          <TextField {...field('username')} optional hint={t('networks.member.usernameHint')} />
          <SelectField
            {...field('deputyFor')}
            optional
            options={[
              { value: '', label: t('networks.member.regular') },
              ...network.members
                .filter((m) => m.deputyFor === null)
                .map((m) => ({ value: m.id, label: t('networks.member.deputyOf', { name: m.name }) })),
            ]}
          />
          <div className="form-grid__submit">
            <button type="submit" className="button button--primary" disabled={command.isPending}>
              {t('networks.member.add')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
