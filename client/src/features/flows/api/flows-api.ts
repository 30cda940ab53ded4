import type { FlowRowInput, FlowsResponse } from '@lagesbild/shared';
import { apiRequest } from '../../../lib/api-client';

export function putFlows(region: string, date: string, rows: FlowRowInput[]): Promise<FlowsResponse> {
  return apiRequest<FlowsResponse>(`/api/regions/${encodeURIComponent(region)}/flows/${date}`, {
    method: 'PUT',
    body: { rows },
  });
}
