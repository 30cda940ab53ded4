import type { RequestActor } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/states';
import { useRequests } from '../api/requests-api';
import type { Directory } from '../utils/directory';
import { requestsOf } from '../utils/request-summary';
import { RequestCard } from './request-card';

/** A municipality's page: the requests it made, and those it has offered on, each with its offers. */
export function OrganizationRequests({
  region,
  organizationCode,
  actor,
  directory,
}: {
  region: string;
  organizationCode: string;
  actor: RequestActor;
  directory: Directory;
}) {
  const { t } = useTranslation();
  const requests = useRequests(region);
  const all = requests.data?.requests ?? [];
  const own = all.filter((request) => request.requesterCode === organizationCode && request.status !== 'draft');
  const offeredOn = [...new Set(requestsOf(all, organizationCode).offering.map(({ request }) => request))];
  const name = directory.nameOf(organizationCode);
  return (
    <section className="section" aria-labelledby="org-requests-title" data-testid="organization-requests">
      <h2 id="org-requests-title">{t('requests.organization.title')}</h2>
      {requests.isPending ? <Loading label={t('common.loading')} /> : null}
      {requests.data && own.length === 0 && offeredOn.length === 0 ? (
        <p className="muted">{t('requests.organization.none', { organization: name })}</p>
      ) : null}
      {[...own, ...offeredOn].map((request) => (
        <RequestCard key={request.id} request={request} actor={actor} directory={directory} level={3} linked />
      ))}
      <p>
        <Link to={`/region/${region}/requests`}>{t('requests.organization.all')}</Link>
      </p>
    </section>
  );
}
