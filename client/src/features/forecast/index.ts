// The forecast of short-term places, the residents in hospital it starts from, and the planned
// changes it is compared with. The chart loads lazily inside ForecastPanel (recharts).
import '../../styles/forecast.css';

export { useForecast, usePlannedCapacity, useShownForecast } from './api/forecast-api';
export { ForecastPanel } from './components/forecast-panel';
export { ForecastState } from './components/forecast-state';
export { EarlyWarnings, mayRequestFor } from './components/early-warnings';
export { ForecastRoundNote } from './components/round-forecast-note';
export { PlannedCapacityPanel } from './components/planned-capacity-panel';
export { ResidentsTable } from './components/residents-table';
export { ResidentsSummary } from './components/residents-summary';
export { residentsRows, type ResidentsRow } from './utils/residents';
