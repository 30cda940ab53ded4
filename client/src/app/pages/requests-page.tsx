import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/states';
import { directoryOf, RequestList, useRequestActor, useRequests } from '../../features/requests';
import { useOrganizations } from '../../features/situation';
import { useCurrentUser } from '../shell/shell-context';
import '../../styles/requests.css';
import { usePageTitle } from '../use-page-title';

/** The region's requests (avrop): the viewer's own first, then those it may answer; live. */
export function RequestsPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const user = useCurrentUser();
  const requests = useRequests(region);
  const organizations = useOrganizations(region);
  const actor = useRequestActor(user);
  usePageTitle(t('requests.pageTitle'));

  return (
    <div className="page page--wide">
      <div className="page__heading">
        <h1>{t('requests.pageTitle')}</h1>
      </div>
      <p className="lead">{t('requests.intro')}</p>
      <div className="toolbar">
        <Link className="button button--primary" to={`/region/${region}/requests/new`}>
          {t('requests.new')}
        </Link>
        <Link to={`/region/${region}/equipment`}>{t('equipment.title')}</Link>
      </div>
      {requests.isPending ? <Loading label={t('common.loading')} /> : null}
      {requests.isError ? <ErrorMessage>{t('requests.unavailable')}</ErrorMessage> : null}
      {requests.data ? (
        <RequestList requests={requests.data.requests} actor={actor} directory={directoryOf(organizations.data)} />
      ) : null}
    </div>
  );
}
