import { Module } from '@nestjs/common';
import { DownloadPool } from './download-pool.js';
import { ExportController } from './export.controller.js';
import { ExportService } from './export.service.js';

@Module({ controllers: [ExportController], providers: [ExportService, DownloadPool] })
export class ExportsModule {}
