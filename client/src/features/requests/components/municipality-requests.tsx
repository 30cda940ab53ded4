import { lineSubject, type HelpRequest } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { requestsOf } from '../utils/request-summary';

/**
 * One municipality's requests in a line of the overview: what it asks for (and still needs) and
 * what it offers others. Nothing at all when it has neither.
 */
export function MunicipalityRequests({ requests, code }: { requests: readonly HelpRequest[]; code: string }) {
  const { t } = useTranslation();
  const { asking, offering } = requestsOf(requests, code);
  if (asking.length === 0 && offering.length === 0) return null;
  return (
    <ul className="inline-list request-badges" data-testid={`requests-${code}`}>
      {asking.map(({ request }) => (
        <li key={request.id}>
          <Link to={`/region/${request.region}/requests/${request.id}`} className="request-badge-link">
            <Badge tone="strained" icon="warning">
              {t('requests.badge.asking', {
                subject: request.lines
                  .filter((line) => line.quantities.open > 0)
                  .map((line) => lineSubject(line, line.quantities.open))
                  .join(', '),
              })}
            </Badge>
          </Link>
        </li>
      ))}
      {offering.map(({ request, line, offer }) => (
        <li key={offer.id}>
          <Link to={`/region/${request.region}/requests/${request.id}`} className="request-badge-link">
            <Badge tone="info" icon="changed">
              {t('requests.badge.offering', { subject: lineSubject(line, offer.quantity), number: request.number })}
            </Badge>
          </Link>
        </li>
      ))}
    </ul>
  );
}
