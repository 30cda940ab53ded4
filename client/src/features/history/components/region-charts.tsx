import { HistoryRange } from './history-range';
import { HospitalChart } from './hospital-chart';
import { OccupancyChart } from './occupancy-chart';

/** The overview's trends; loaded lazily, since charts are the heaviest code in the app. */
export function RegionCharts({
  region,
  municipalities,
}: {
  region: string;
  municipalities: readonly { code: string; name: string }[];
}) {
  return (
    <HistoryRange region={region}>
      {(history) => (
        <div className="charts__grid">
          <OccupancyChart history={history} municipalities={municipalities} />
          <HospitalChart history={history} />
        </div>
      )}
    </HistoryRange>
  );
}
