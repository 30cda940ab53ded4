import type { ReportValues, SavedReport } from '@lagesbild/shared';
import { apiRequest } from '../../../lib/api-client';

export function putReport(unitId: string, date: string, values: ReportValues, expectedVersion?: number): Promise<SavedReport> {
  const body = expectedVersion === undefined ? values : { ...values, expectedVersion };
  return apiRequest<SavedReport>(`/api/units/${encodeURIComponent(unitId)}/reports/${date}`, { method: 'PUT', body });
}
