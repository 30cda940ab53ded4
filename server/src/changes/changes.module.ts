import { Global, Module } from '@nestjs/common';
import { ChangeLogService } from './change-log.service.js';
import { LiveHub } from './live-hub.js';

@Global()
@Module({ providers: [ChangeLogService, LiveHub], exports: [ChangeLogService, LiveHub] })
export class ChangesModule {}
