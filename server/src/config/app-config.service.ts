import { Injectable } from '@nestjs/common';
import type { AppConfig } from './config.js';

/** The parsed environment, injectable. Provided with `useValue` by createApp. */
@Injectable()
export class AppConfigService {
  constructor(readonly value: AppConfig) {}
}
