import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { ProbeMail } from './probe-mail.js';

/** Global: any feature injects MailService (send mail from a job; see docs/architecture.md). */
@Global()
@Module({
  providers: [MailService, ProbeMail],
  exports: [MailService],
})
export class MailModule {}
