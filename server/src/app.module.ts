import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountModule } from './account/account.module.js';
import { AdminModule } from './admin/admin.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { ApiErrorFilter } from './common/error.filter.js';
import { createValidationPipe } from './common/validation.js';
import { AppConfigService } from './config/app-config.service.js';
import { AppLinks } from './config/app-links.js';
import type { AppConfig } from './config/config.js';
import { databaseOptions } from './database/database-options.js';
import { DemoModule } from './demo/demo.module.js';
import { EscalationModule } from './escalation/escalation.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { FlowsModule } from './flows/flows.module.js';
import { ForecastModule } from './forecast/forecast.module.js';
import { HealthModule } from './health/health.module.js';
import { HolidaysModule } from './holidays/holidays.module.js';
import { FlowAnalysisModule } from './flow-analysis/flow-analysis.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { LiveHubModule } from './live/live-hub.module.js';
import { LiveModule } from './live/live.module.js';
import { MailModule } from './mail/mail.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { NetworksModule } from './networks/networks.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { RequestsModule } from './requests/requests.module.js';
import { SituationModule } from './situation/situation.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    const configProvider = { provide: AppConfigService, useValue: new AppConfigService(config) };
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(databaseOptions(config.databaseUrl)),
        JobsModule,
        MailModule,
        LiveHubModule,
        NotificationsModule,
        AuditModule,
        OrganizationsModule,
        AuthModule,
        ReportsModule,
        FlowsModule,
        SituationModule,
        ExportsModule,
        LiveModule,
        HealthModule,
        DemoModule,
        AdminModule,
        NetworksModule,
        MeetingsModule,
        AccountModule,
        HolidaysModule,
        FlowAnalysisModule,
        RequestsModule,
        ForecastModule,
        EscalationModule,
      ],
      providers: [
        configProvider,
        AppLinks,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ApiErrorFilter },
      ],
      exports: [configProvider, AppLinks],
    };
  }
}
