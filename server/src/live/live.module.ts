import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { SituationModule } from '../situation/situation.module.js';
import { LiveGateway } from './live.gateway.js';

@Module({ imports: [AuthModule, SituationModule, MeetingsModule], providers: [LiveGateway] })
export class LiveModule {}
