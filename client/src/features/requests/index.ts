// Avrop: requests for places, staff and equipment, offers, loans and the region's equipment.
export { useRequests, useRequest, requestsKey } from './api/requests-api';
export { useEquipment } from './api/equipment-api';
export { useRequestActor } from './hooks/use-request-actor';
export { directoryOf, type Directory } from './utils/directory';
export { draftFromParams, type RequestDraft } from './utils/request-draft';
export { RequestCard } from './components/request-card';
export { RequestForm } from './components/request-form';
export { RequestList } from './components/request-list';
export { WhoCanHelp } from './components/who-can-help';
export { MunicipalityRequests } from './components/municipality-requests';
export { OrganizationRequests } from './components/organization-requests';
export { MeetingRequests } from './components/meeting-requests';
export { EquipmentInventory } from './components/equipment-inventory';
export { RequestsSummary } from './components/requests-summary';
