import { HttpException, HttpStatus, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Response } from 'express';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** How many downloads one server instance streams at once; each holds one connection meanwhile. */
export const MAX_DOWNLOADS = 3;
/** What a refused download is told to wait, in seconds: about what the largest download takes. */
export const DOWNLOAD_RETRY_AFTER_SECONDS = 10;
// A download is one cursor read at the browser's pace, and PostgreSQL times the whole cursor as one
// statement: this is the longest a download may take.
const DOWNLOAD_STATEMENT_TIMEOUT_MS = 10 * 60_000;
// A browser that stops reading altogether gives its slot back after this long.
const STALLED_DOWNLOAD_MS = 60_000;

/**
 * Downloads stream for seconds while the browser reads, each holding a database connection. They get
 * a small pool and a limit of their own, so however many are asked for at once, logins, writes and
 * the live picture keep the app's pool to themselves.
 */
@Injectable()
export class DownloadPool implements OnModuleDestroy {
  private readonly logger = new Logger('DownloadPool');
  private readonly pool: pg.Pool;
  private active = 0;

  constructor(dataSource: DataSource) {
    this.pool = new pg.Pool({
      // The same database as the app's pool (databaseOptions gives it as a URL).
      connectionString: (dataSource.options as { url?: string }).url,
      max: MAX_DOWNLOADS,
      application_name: 'lagesbild-download',
      statement_timeout: DOWNLOAD_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: 60_000,
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection lost with a PostgreSQL restart is replaced by the pool; it must not end the process.
    this.pool.on('error', (error) => this.logger.warn(`download connection lost: ${error.message}`));
  }

  /**
   * Takes a download slot until the response is done, or answers 429 with Retry-After when every
   * slot is taken. Call it after the request is known to be allowed, before anything is streamed.
   */
  admit(response: Response): void {
    if (this.active >= MAX_DOWNLOADS) {
      response.setHeader('Retry-After', String(DOWNLOAD_RETRY_AFTER_SECONDS));
      throw new HttpException(
        { statusCode: 429, message: 'Många nedladdningar pågår just nu. Försök igen om en stund.' },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    this.active += 1;
    response.once('close', () => {
      this.active -= 1;
    });
    response.setTimeout(STALLED_DOWNLOAD_MS, () => response.destroy());
  }

  connect(): Promise<pg.PoolClient> {
    return this.pool.connect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
