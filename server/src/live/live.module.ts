import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { SituationModule } from '../situation/situation.module.js';
import { LiveGateway } from './live.gateway.js';

@Module({ imports: [AuthModule, SituationModule], providers: [LiveGateway] })
export class LiveModule {}
