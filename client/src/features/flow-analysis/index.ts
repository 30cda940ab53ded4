// Charts are heavy (recharts); import them through React.lazy from ./charts, not from here.
export { useFlowStatistics, useWeekdayPattern } from './api/flow-analysis-api';
export { StatisticsTable } from './components/statistics-table';
export { WeekdayTable } from './components/weekday-table';
