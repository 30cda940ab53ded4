import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/states';
import { directoryOf, EquipmentInventory, useEquipment } from '../../features/requests';
import { useOrganizations } from '../../features/situation';
import '../../styles/requests.css';
import { usePageTitle } from '../use-page-title';

/** The region's equipment to lend (oxygen concentrators and the like), the lots out, overdue ones marked. */
export function EquipmentPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const inventory = useEquipment(region);
  const organizations = useOrganizations(region);
  usePageTitle(t('equipment.title'));

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={`/region/${region}/requests`}>{t('requests.back')}</Link>
      </p>
      <h1>{t('equipment.title')}</h1>
      <p className="lead">{t('equipment.intro')}</p>
      {inventory.isPending ? <Loading label={t('common.loading')} /> : null}
      {inventory.isError ? <ErrorMessage>{t('requests.unavailable')}</ErrorMessage> : null}
      {inventory.data ? <EquipmentInventory inventory={inventory.data} directory={directoryOf(organizations.data)} /> : null}
    </div>
  );
}
