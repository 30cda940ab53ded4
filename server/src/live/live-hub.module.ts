import { Global, Module } from '@nestjs/common';
import { ChangeLogService } from './change-log.service.js';
import { LiveHub } from './live-hub.js';

/**
 * The bottom half of the live layer, below every service: a service records its change in the
 * change log inside its own transaction and publishes it through the hub after commit. The hub
 * depends on nothing but the socket namespace the gateway hands it at start. The gateway (the top
 * half, LiveModule) depends on services (auth, situation, meetings) to answer sockets, so the hub
 * must not live with it, or every service that publishes would import the gateway's dependencies
 * and the modules would import each other in a circle.
 */
@Global()
@Module({ providers: [ChangeLogService, LiveHub], exports: [ChangeLogService, LiveHub] })
export class LiveHubModule {}
