export { useAudit, auditExportUrl, type AuditRecord } from './api/audit-api';
export { AuditFilterForm } from './components/audit-filter-form';
export { AuditTable } from './components/audit-table';
export { filtersFromSearch, searchFromFilters, type AuditFilters } from './utils/audit-query';
