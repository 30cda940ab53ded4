import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { auditQuerySchema, type AuditQuery, type AuditRecord } from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { AuditQueryService } from './audit-query.service.js';

@Controller('regions/:region/audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  search(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: auditQuerySchema }) query: AuditQuery,
  ): Promise<AuditRecord[]> {
    return this.audit.search(caller, region, query);
  }

  @Get('export.csv')
  async exportCsv(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: auditQuerySchema }) query: AuditQuery,
  ): Promise<StreamableFile> {
    // The CSV type is set only once there is a file: a refused request is still answered as JSON.
    return new StreamableFile(Buffer.from(await this.audit.csv(caller, region, query), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="granskningslogg.csv"',
    });
  }
}
