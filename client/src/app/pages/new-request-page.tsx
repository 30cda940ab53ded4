import { reportingDay } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/states';
import { draftFromParams, RequestForm, useEquipment, WhoCanHelp, type RequestDraft } from '../../features/requests';
import { useCurrentUser } from '../shell/shell-context';
import '../../styles/requests.css';
import { usePageTitle } from '../use-page-title';

/**
 * A new request, prefilled from the address where another screen knows what is needed (the
 * forecast's early warning: `?kind=places&quantity=6&neededBy=…&unitKind=short_term`). Beside it,
 * live, who has places free to ask.
 */
export function NewRequestPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const equipment = useEquipment(region);
  const [initial] = useState(() => draftFromParams(params, reportingDay()));
  const [draft, setDraft] = useState<RequestDraft>(initial);
  usePageTitle(t('requests.newTitle'));
  if (region !== user.regionCode) return <ErrorMessage>{t('requests.unavailable')}</ErrorMessage>;
  const placesLine = draft.lines.find((line) => line.kind === 'places');

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={`/region/${region}/requests`}>{t('requests.back')}</Link>
      </p>
      <h1>{t('requests.newTitle')}</h1>
      <p className="lead">{t('requests.newIntro')}</p>
      <div className="request-layout">
        <RequestForm
          user={user}
          initial={initial}
          items={equipment.data?.items ?? []}
          onChange={setDraft}
          onCreated={(request) => void navigate(`/region/${region}/requests/${request.id}`)}
        />
        {placesLine ? <WhoCanHelp region={region} requesterCode={user.organizationCode} unitKind={placesLine.unitKind} /> : null}
      </div>
    </div>
  );
}
