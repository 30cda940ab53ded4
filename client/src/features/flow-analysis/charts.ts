// The lazily loaded half of the feature: everything that pulls in recharts.
export { MonthlyTrendChart, WeekdayChart } from './components/trend-charts';
