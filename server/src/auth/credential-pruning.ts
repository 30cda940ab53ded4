import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

const EVERY_MS = 10 * 60_000;

/**
 * Deletes login counters and sessions that no longer count, at start and every ten minutes. Both
 * deletes are idempotent range scans on an index (`expires_at`), so every instance may run them
 * without coordinating. A session idle past its 30 minutes goes once its 12 hours are up.
 */
@Injectable()
export class CredentialPruning implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CredentialPruning');
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.prune();
    this.timer = setInterval(() => void this.prune(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async prune(): Promise<void> {
    try {
      await this.dataSource.query('DELETE FROM login_failures WHERE expires_at < now()');
      await this.dataSource.query('DELETE FROM sessions WHERE expires_at < now()');
    } catch (error) {
      // A database outage is noticed elsewhere; the next round catches up.
      this.logger.warn(`pruning skipped: ${String(error)}`);
    }
  }
}
