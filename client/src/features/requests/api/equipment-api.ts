import type { EquipmentInventory, EquipmentItem, EquipmentItemInput, EquipmentItemUpdate } from '@lagesbild/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useLiveInvalidation } from '../../../lib/live';

export const equipmentKey = (region: string) => ['equipment', region] as const;

/** The region's inventory, fetched again whenever a loan or an item changes (availability is live). */
export function useEquipment(region: string) {
  useLiveInvalidation(region, ['request.updated', 'equipment.updated'], equipmentKey(region));
  return useQuery({
    queryKey: equipmentKey(region),
    queryFn: ({ signal }) => apiRequest<EquipmentInventory>(`/api/regions/${encodeURIComponent(region)}/equipment`, { signal }),
  });
}

export function useCreateItem(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EquipmentItemInput) =>
      apiRequest<EquipmentItem>(`/api/regions/${encodeURIComponent(region)}/equipment`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: equipmentKey(region) }),
  });
}

export function useUpdateItem(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: EquipmentItemUpdate }) =>
      apiRequest<EquipmentItem>(`/api/equipment/${encodeURIComponent(id)}`, { method: 'PATCH', body: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: equipmentKey(region) }),
  });
}
