// The lazily loaded half of the feature: everything that pulls in recharts.
export { RegionCharts } from './components/region-charts';
export { MunicipalityCharts } from './components/municipality-charts';
