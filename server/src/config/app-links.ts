import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppConfigService } from './app-config.service.js';

/**
 * Absolute links into the client, for mail: PUBLIC_URL when set, else this server on localhost
 * (the demo's address). Never taken from a request's Host header, which a caller can forge to
 * put a link to another site into a mail sent in the region's name.
 */
@Injectable()
export class AppLinks {
  constructor(
    private readonly config: AppConfigService,
    private readonly http: HttpAdapterHost,
  ) {}

  /** `path` is a client path such as `/account/confirm-email?token=…`. */
  absolute(path: string): string {
    if (!path.startsWith('/')) throw new Error(`a client path starts with "/": ${path}`);
    return `${this.base()}${path}`;
  }

  private base(): string {
    if (this.config.value.publicUrl) return this.config.value.publicUrl;
    const server = this.http.httpAdapter?.getHttpServer() as Server | undefined;
    const address: AddressInfo | string | null | undefined = server?.address();
    const port = typeof address === 'object' && address ? address.port : this.config.value.port;
    return `http://localhost:${port}`;
  }
}
