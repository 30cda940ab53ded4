import 'reflect-metadata';
import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { AppModule } from './app.module.js';
import { IS_PUBLIC } from './common/public.decorator.js';
import type { AppConfig } from './config/config.js';

export interface RouteInfo {
  method: string;
  path: string;
  isPublic: boolean;
}

function join(...parts: string[]): string {
  return `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;
}

function collectControllers(module: unknown, seen = new Set<unknown>(), found: Type[] = []): Type[] {
  if (!module || seen.has(module)) return found;
  seen.add(module);
  const dynamic = module as { module?: Type; imports?: unknown[]; controllers?: Type[] };
  const moduleClass = dynamic.module ?? (module as Type);
  const controllers = [
    ...((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, moduleClass) as Type[] | undefined) ?? []),
    ...(dynamic.controllers ?? []),
  ];
  found.push(...controllers);
  const imports = [
    ...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) as unknown[] | undefined) ?? []),
    ...(dynamic.imports ?? []),
  ];
  for (const imported of imports) collectControllers(imported, seen, found);
  return found;
}

/**
 * Every HTTP route the server serves, read from the controllers' own metadata, so a test can
 * check each one (a new route cannot slip past the access matrix unchecked).
 */
export function listRoutes(): RouteInfo[] {
  const root = AppModule.forRoot({ databaseUrl: 'postgres://unused' } as AppConfig & { databaseUrl: string });
  const routes: RouteInfo[] = [];
  for (const controller of new Set(collectControllers(root))) {
    const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
    const classPublic = Reflect.getMetadata(IS_PUBLIC, controller) === true;
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (typeof handler !== 'function' || name === 'constructor') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const path = (Reflect.getMetadata(PATH_METADATA, handler) as string | undefined) ?? '';
      routes.push({
        method: RequestMethod[method],
        path: join('api', base, path),
        isPublic: classPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true,
      });
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}
