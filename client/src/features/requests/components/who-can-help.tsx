import { whoCanHelp, type PlaceUnitKind } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../../../components/captioned-table';
import { useLiveSituation } from '../../../lib/live';
import { formatNumber } from '../../../lib/format';

/**
 * Whom to ask: the municipalities with free places of that kind now (the live picture, less what
 * they have already promised), nearest first, with their staffing. Follows the picture live.
 */
export function WhoCanHelp({
  region,
  requesterCode,
  unitKind = 'short_term',
}: {
  region: string;
  requesterCode: string;
  unitKind?: PlaceUnitKind;
}) {
  const { t } = useTranslation();
  const live = useLiveSituation(region);
  if (!live.situation) return null;
  const helpers = whoCanHelp(live.situation, requesterCode, unitKind);
  return (
    <section className="section who-can-help" aria-labelledby="who-can-help-title" data-testid="who-can-help">
      <h2 id="who-can-help-title">{t('requests.helpers.title')}</h2>
      <p className="muted">{t('requests.helpers.lead', { kind: t(`unitKind.${unitKind}`).toLocaleLowerCase() })}</p>
      {helpers.length === 0 ? (
        <p>{t('requests.helpers.none')}</p>
      ) : (
        <CaptionedTable
          id="helpers"
          caption={t('requests.helpers.caption')}
          headers={[
            t('requests.helpers.municipality'),
            t('requests.helpers.free'),
            t('requests.helpers.staffing'),
            t('requests.helpers.distance'),
          ]}
        >
          {helpers.map((helper) => (
            <tr key={helper.code} data-testid={`helper-${helper.code}`}>
              <th scope="row">{helper.name}</th>
              <td className="num">{formatNumber(helper.free)}</td>
              <td>{helper.staffing ? t(`staffing.${helper.staffing}`) : '–'}</td>
              <td className="num">
                {helper.distanceKm === null ? '–' : t('requests.helpers.km', { km: formatNumber(helper.distanceKm) })}
              </td>
            </tr>
          ))}
        </CaptionedTable>
      )}
    </section>
  );
}
