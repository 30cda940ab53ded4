import { Controller, Get, Header, Param, Query } from '@nestjs/common';
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
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="granskningslogg.csv"')
  exportCsv(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: auditQuerySchema }) query: AuditQuery,
  ): Promise<string> {
    return this.audit.csv(caller, region, query);
  }
}
