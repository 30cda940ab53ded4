import { Module } from '@nestjs/common';
import { FlowAnalysisController } from './flow-analysis.controller.js';
import { FlowAnalysisService } from './flow-analysis.service.js';

@Module({ controllers: [FlowAnalysisController], providers: [FlowAnalysisService] })
export class FlowAnalysisModule {}
