import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/states';
import { canRunMeetings } from '../../features/meetings';
import { CalendarEditor, FeedPanel, MembersEditor, useNetwork } from '../../features/networks';
import { useOrganizations } from '../../features/situation';
import { isApiError } from '../../lib/api-client';
import { useCurrentUser } from '../shell/shell-context';
import '../../styles/meetings.css';
import { usePageTitle } from '../use-page-title';

/** A network: who sits in it, when it meets, and the calendar feed to subscribe to. */
export function NetworkPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const network = useNetwork(id);
  const organizations = useOrganizations(network.data?.region ?? user.regionCode);
  usePageTitle(network.data?.name ?? t('networks.title'));
  if (network.isPending) return <Loading label={t('common.loading')} />;
  if (!network.data)
    return <ErrorMessage>{isApiError(network.error, 403) ? t('networks.forbidden') : t('networks.unavailable')}</ErrorMessage>;
  const data = network.data;
  const editable = canRunMeetings(user, data.region);
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={`/region/${data.region}/meetings`}>{t('meetings.back')}</Link>
      </p>
      <div className="page__heading">
        <h1>{data.name}</h1>
        <p className="page__date">{data.description}</p>
      </div>
      <p>
        {t('networks.decides', { phrase: data.decisionPhrase })}{' '}
        {data.nextParagraph === null ? t('networks.unnumbered') : t('networks.numbered', { paragraph: data.nextParagraph })}
      </p>
      <CalendarEditor network={data} editable={editable} />
      <MembersEditor network={data} organizations={organizations.data ?? []} editable={editable} />
      <FeedPanel network={data} editable={editable} />
    </div>
  );
}
