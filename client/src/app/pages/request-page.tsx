import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/states';
import { isApiError } from '../../lib/api-client';
import { directoryOf, RequestCard, useRequest, useRequestActor, WhoCanHelp } from '../../features/requests';
import { useOrganizations } from '../../features/situation';
import { useCurrentUser } from '../shell/shell-context';
import '../../styles/requests.css';
import { usePageTitle } from '../use-page-title';

/** One request with its offers, live; the organisation that asked sees who has places free now. */
export function RequestPage() {
  const { t } = useTranslation();
  const { region = '', id = '' } = useParams();
  const user = useCurrentUser();
  const request = useRequest(region, id);
  const organizations = useOrganizations(region);
  const actor = useRequestActor(user);
  usePageTitle(request.data ? t('requests.number', { number: request.data.number }) : null);

  if (request.isError) {
    return <ErrorMessage>{t(isApiError(request.error, 404) ? 'requests.notFound' : 'requests.unavailable')}</ErrorMessage>;
  }
  if (!request.data) return <Loading label={t('common.loading')} />;
  const current = request.data;
  const openPlaces = current.lines.find((line) => line.kind === 'places' && line.quantities.open > 0);
  const asking = current.requesterCode === user.organizationCode && ['open', 'partly_covered'].includes(current.status);

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={`/region/${region}/requests`}>{t('requests.back')}</Link>
      </p>
      <div className="request-layout">
        <RequestCard request={current} actor={actor} directory={directoryOf(organizations.data)} level={2} />
        {asking && openPlaces?.kind === 'places' ? (
          <WhoCanHelp region={region} requesterCode={current.requesterCode} unitKind={openPlaces.unitKind} />
        ) : null}
      </div>
    </div>
  );
}
