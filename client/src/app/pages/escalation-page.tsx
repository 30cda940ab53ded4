import { canAdminister, mayDeclareLevel, mayDecideForRegion } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/states';
import {
  DeclareLevelForm,
  LevelsList,
  OverduePanel,
  SettingsPanel,
  SuggestionsPanel,
  type DeclarableOrganization,
} from '../../features/escalation';
import { useLiveSituation } from '../../features/live';
import { useSituation } from '../../features/situation';
import { useCurrentUser } from '../shell/shell-context';
import { usePageTitle } from '../use-page-title';

/**
 * "Läge och rapportering": the declared levels and their history, declaring one, the triggers'
 * suggestions for the chair, the reporting deadlines and who is overdue for them.
 */
export function EscalationPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const user = useCurrentUser();
  const live = useLiveSituation(region);
  const initial = useSituation(region, undefined, live.situation === null);
  const situation = live.situation ?? initial.data ?? null;
  usePageTitle(t('escalation.title'));

  if (!situation) {
    return initial.isError ? <ErrorMessage>{t('escalation.failed')}</ErrorMessage> : <Loading label={t('common.loading')} />;
  }
  const decides = mayDecideForRegion(user, region);
  const declarable: DeclarableOrganization[] = [situation.region, user.organizationCode]
    .filter((code, index, codes) => codes.indexOf(code) === index && mayDeclareLevel(user, region, code))
    .map((code) => ({
      code,
      name:
        code === situation.region
          ? situation.regionName
          : (situation.organizations.find((org) => org.code === code)?.name ?? code),
      current: situation.levels.find((level) => level.organizationCode === code) ?? null,
    }));

  return (
    <div className="page page--wide escalation-page">
      <h1>{t('escalation.title')}</h1>
      <p className="lead">{t('escalation.intro', { region: situation.regionName })}</p>
      <LevelsList situation={situation} />
      {decides ? <SuggestionsPanel region={region} /> : null}
      {declarable.length > 0 ? (
        <section className="section">
          <DeclareLevelForm region={region} organizations={declarable} />
        </section>
      ) : null}
      <OverduePanel situation={situation} showLog={decides} />
      <SettingsPanel region={region} editable={canAdminister(user, region)} />
    </div>
  );
}
