import { Global, Module } from '@nestjs/common';
import { Housekeeping } from './housekeeping.js';
import { JobsService } from './jobs.service.js';

/** Global: any feature injects JobsService to handle, send and schedule its jobs. */
@Global()
@Module({
  providers: [JobsService, Housekeeping],
  exports: [JobsService],
})
export class JobsModule {}
