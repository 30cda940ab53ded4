import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/** Serves the client's build, with index.html for every non-API path (client-side routing). */
export function serveClient(server: Express, clientDist: string): boolean {
  const index = path.join(clientDist, 'index.html');
  if (!existsSync(index)) return false;
  // Hashed assets may be cached for good; index.html never, so a deploy is picked up at once.
  server.use('/assets', express.static(path.join(clientDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  server.use(express.static(clientDist, { index: false, maxAge: 0 }));
  server.get(/^\/(?!api\/|api$|socket\.io\/).*/, (_request, response) => {
    response.setHeader('Cache-Control', 'no-store');
    response.sendFile(index);
  });
  return true;
}
