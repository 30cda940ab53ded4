import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import {
  FORECAST_DEFAULT_DAYS,
  forecastOccupancy,
  reportingDay,
  type ForecastQuery,
  type OccupancyForecast,
  type RegionForecast,
  type SeriesForecast,
} from '@lagesbild/shared';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion } from '../common/scope.js';
import { fieldError } from '../common/validation.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { hasFiguresBy, readForecastInputs } from './forecast-data.js';
import { seriesForecast, seriesJobs, type SeriesJob } from './forecast-series.js';

/**
 * The forecast of every municipality's short-term places and the region's total. Backtesting every
 * model costs ~2–10 ms of CPU per series (the largest region ~150 ms in all), so answers are kept:
 * the whole answer per region, asOf, horizon and seq (any change in the region gives a new seq, so
 * nothing stale is ever answered, on any instance), and each series' forecast per the very figures
 * it was made from, so after one unit's report only that municipality and the total are made again.
 */
@Injectable()
export class ForecastService {
  private readonly answers = new LRUCache<string, Promise<RegionForecast>>({ max: 64 });
  private readonly series = new LRUCache<string, OccupancyForecast>({ max: 4000 });

  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  async regionForecast(caller: Caller, regionCode: string, query: ForecastQuery): Promise<RegionForecast> {
    const regionName = await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const asOf = query.asOf ?? reportingDay();
    const horizon = query.days ?? FORECAST_DEFAULT_DAYS;
    if (asOf > reportingDay()) throw fieldError('asOf', 'validation.forecastFuture');
    if (query.asOf !== undefined && !(await hasFiguresBy(this.dataSource, regionCode, asOf))) {
      throw fieldError('asOf', 'validation.forecastBeforeData');
    }

    const seqRows = await this.dataSource.query<{ seq: number }[]>('SELECT seq FROM regions WHERE code = $1', [regionCode]);
    const key = `${regionCode}/${asOf}/${horizon}/${seqRows[0]?.seq ?? 0}`;
    const cached = this.answers.get(key);
    if (cached) return cached;
    // Requests that arrive while it is being made wait for the same answer.
    const answer = this.make({ code: regionCode, name: regionName }, asOf, horizon);
    this.answers.set(key, answer);
    void answer.catch(() => this.answers.delete(key));
    return answer;
  }

  private async make(region: { code: string; name: string }, asOf: string, horizon: number): Promise<RegionForecast> {
    // The seq and the figures from one snapshot: the answer is exactly the region at that seq.
    const { seq, inputs } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows = await manager.query<{ seq: number }[]>('SELECT seq FROM regions WHERE code = $1', [region.code]);
      return { seq: rows[0]?.seq ?? 0, inputs: await readForecastInputs(manager, region, asOf) };
    });
    const jobs = seriesJobs(inputs);
    const municipalities: SeriesForecast[] = [];
    for (const job of jobs.municipalities) {
      municipalities.push(await this.forecast(job, horizon));
    }
    const total = await this.forecast(jobs.total, horizon);
    return { region: region.code, asOf, horizon, seq, generatedAt: new Date().toISOString(), total, municipalities };
  }

  private async forecast(job: SeriesJob, horizon: number): Promise<SeriesForecast> {
    const key = createHash('sha256')
      .update(JSON.stringify([job.code, horizon, job.history]))
      .digest('base64url');
    let forecast = this.series.get(key);
    if (!forecast) {
      // One series at a time, each in its own turn of the event loop: other requests are answered
      // between them instead of after the whole region.
      await nextTurn();
      forecast = forecastOccupancy(job.history, { days: horizon });
      this.series.set(key, forecast);
    }
    return seriesForecast(job, forecast, horizon);
  }
}
