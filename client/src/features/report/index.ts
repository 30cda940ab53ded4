export { ReportForm } from './components/report-form';
export type { FormUnit } from './hooks/use-report-form';
export { recentValuesForUnit } from './utils/recent-reports';
