import { networkSchema, type Network } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useCreateNetwork } from '../api/networks-api';

/** A new network: its name, how it decides, and the § it numbers from (empty: no numbering). */
export function CreateNetworkForm({ region, onCreated }: { region: string; onCreated: (network: Network) => void }) {
  const { t } = useTranslation();
  const create = useCreateNetwork(region);
  const [draft, setDraft] = useState({ name: '', decisionPhrase: '', nextParagraph: '' });
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const paragraph = draft.nextParagraph.trim() === '' ? null : Number(draft.nextParagraph);
    const parsed = parse(networkSchema, { name: draft.name, decisionPhrase: draft.decisionPhrase, nextParagraph: paragraph });
    if (parsed === null) return;
    setErrors({});
    create.mutate(parsed, { onSuccess: onCreated, onError: showServerErrors });
  }

  return (
    <details className="section">
      <summary>{t('networks.create.title')}</summary>
      <form className="form-grid" onSubmit={submit} noValidate aria-label={t('networks.create.title')}>
        <TextField
          id="network-name"
          label={t('networks.form.name')}
          value={draft.name}
          onChange={(name) => setDraft({ ...draft, name })}
          error={errors.name}
          required
        />
        <TextField
          id="network-phrase"
          label={t('networks.form.decisionPhrase')}
          hint={t('networks.form.decisionPhraseHint')}
          value={draft.decisionPhrase}
          onChange={(decisionPhrase) => setDraft({ ...draft, decisionPhrase })}
          error={errors.decisionPhrase}
          required
        />
        <TextField
          id="network-paragraph"
          label={t('networks.form.nextParagraph')}
          hint={t('networks.form.nextParagraphHint')}
          optional
          value={draft.nextParagraph}
          onChange={(nextParagraph) => setDraft({ ...draft, nextParagraph })}
          error={errors.nextParagraph}
        />
        <div className="form-grid__submit">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t('networks.create.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
