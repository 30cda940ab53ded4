export { useHolidayView, planWorkbookUrl } from './api/holidays-api';
export { PeriodPicker } from './components/period-picker';
export { DischargeComparison } from './components/discharge-comparison';
export { CountyPlan } from './components/county-plan';
export { PlanGrid } from './components/plan-grid';
// For a meeting's agenda: the county's plan as one self-contained step.
export { HolidayPlanStep } from './components/holiday-plan-step';
export type { PeriodQuery } from './utils/period-query';
