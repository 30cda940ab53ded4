import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatShortDay } from '../../../lib/format';
import { useMeetingSearch } from '../api/meetings-api';
import { headlineParts } from '../utils/headline';

/** Earlier meetings found by what was said and decided. */
export function MeetingSearch({ region }: { region: string }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const hits = useMeetingSearch(region, query);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setQuery(typed);
  }

  return (
    <section className="section" aria-labelledby="meeting-search-title">
      <h2 id="meeting-search-title">{t('meetingSearch.title')}</h2>
      <form role="search" className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="meeting-search">{t('meetingSearch.label')}</label>
          <input id="meeting-search" type="search" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
        <button type="submit" className="button button--secondary">
          {t('meetingSearch.submit')}
        </button>
      </form>
      <div role="status">
        {hits.data ? t('meetingSearch.found', { count: hits.data.length }) : ''}
        {hits.isError ? t('meetings.unavailable') : ''}
      </div>
      {hits.data && hits.data.length > 0 ? (
        <ul className="search-hits" data-testid="search-hits">
          {hits.data.map((hit) => (
            <li key={hit.id}>
              <Link to={`/meetings/${hit.id}`}>
                {hit.networkName && !hit.title.startsWith(hit.networkName) ? `${hit.networkName}: ` : ''}
                {hit.title}
              </Link>{' '}
              <span className="muted">{formatShortDay(hit.date)}</span>
              <p className="search-hits__headline">
                {headlineParts(hit.headline).map((part, index) =>
                  part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
