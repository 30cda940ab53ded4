import type { HelpRequest, RequestActor } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../utils/directory';
import { RequestCard } from './request-card';

/** The region's requests, those of the viewer's own organisation and those it can answer first. */
export function RequestList({
  requests,
  actor,
  directory,
}: {
  requests: readonly HelpRequest[];
  actor: RequestActor;
  directory: Directory;
}) {
  const { t } = useTranslation();
  const own = requests.filter((request) => request.requesterCode === actor.organizationCode);
  const others = requests.filter((request) => request.requesterCode !== actor.organizationCode);
  return (
    <>
      <section className="section" aria-labelledby="own-requests-title">
        <h2 id="own-requests-title">{t('requests.list.own', { organization: directory.nameOf(actor.organizationCode) })}</h2>
        {own.length === 0 ? <p className="muted">{t('requests.list.noneOwn')}</p> : null}
        {own.map((request) => (
          <RequestCard key={request.id} request={request} actor={actor} directory={directory} level={3} linked />
        ))}
      </section>
      <section className="section" aria-labelledby="other-requests-title">
        <h2 id="other-requests-title">{t('requests.list.others')}</h2>
        {others.length === 0 ? <p className="muted">{t('requests.list.noneOthers')}</p> : null}
        {others.map((request) => (
          <RequestCard key={request.id} request={request} actor={actor} directory={directory} level={3} linked />
        ))}
      </section>
    </>
  );
}
