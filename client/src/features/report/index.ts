export { ReportForm } from './components/report-form';
export type { FormUnit } from './hooks/use-report-form';
export { useRecentReports } from './api/report-api';
export { recentValuesFromReports } from './utils/recent-reports';
