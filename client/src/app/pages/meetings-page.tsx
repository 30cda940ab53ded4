import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/states';
import { reportingDay } from '@lagesbild/shared';
import {
  canRunMeetings,
  MeetingList,
  MeetingSearch,
  StartMeetingForm,
  StartNetworkMeeting,
  useMeetings,
} from '../../features/meetings';
import { CreateNetworkForm, NetworkList, useNetworks } from '../../features/networks';
import { useOrganizations } from '../../features/situation';
import { useCurrentUser } from '../shell/shell-context';
import '../../styles/meetings.css';
import { usePageTitle } from '../use-page-title';

/** The region's situation meetings: start one (chair, analyst), or read the minutes of past ones. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const meetings = useMeetings(region);
  const mayStart = canRunMeetings(user, region);
  const organizations = useOrganizations(region);
  const networks = useNetworks(region);
  const today = reportingDay();
  usePageTitle(t('meetings.title'));

  return (
    <div className="page">
      <h1>{t('meetings.title')}</h1>
      <p className="lead">{t('meetings.intro')}</p>
      <section className="section" aria-labelledby="networks-title">
        <h2 id="networks-title">{t('networks.title')}</h2>
        {networks.isError ? <ErrorMessage>{t('networks.unavailable')}</ErrorMessage> : null}
        {networks.data ? (
          <NetworkList
            networks={networks.data}
            action={
              mayStart
                ? (network) => (
                    <StartNetworkMeeting
                      region={region}
                      network={network}
                      today={today}
                      onCreated={(meeting) => void navigate(`/meetings/${meeting.id}`)}
                    />
                  )
                : undefined
            }
          />
        ) : null}
        {mayStart ? (
          <CreateNetworkForm region={region} onCreated={(network) => void navigate(`/networks/${network.id}`)} />
        ) : null}
      </section>
      {mayStart && organizations.data ? (
        <StartMeetingForm
          region={region}
          organizations={organizations.data}
          onCreated={(meeting) => void navigate(`/meetings/${meeting.id}`)}
        />
      ) : null}
      <section className="section" aria-labelledby="meetings-list-title">
        <h2 id="meetings-list-title">{t('meetings.list.title')}</h2>
        {meetings.isPending ? <Loading label={t('common.loading')} /> : null}
        {meetings.isError ? <ErrorMessage>{t('meetings.unavailable')}</ErrorMessage> : null}
        {meetings.data ? <MeetingList meetings={meetings.data} /> : null}
      </section>
      <MeetingSearch region={region} />
    </div>
  );
}
