import { expect } from 'vitest';
import type { Api } from './api.js';

/**
 * Turns a region's escalation triggers off, for tests that count their own changes exactly: with
 * them on, figures they save may make a suggestion (escalation.suggestion) a few seconds later,
 * one more change in the region's seq.
 */
export async function turnTriggersOff(admin: Api, region: string): Promise<void> {
  const { version, updatedAt: _at, updatedBy: _by, ...settings } = (await admin.escalationSettings(region)).body;
  const off = { enabled: false };
  const triggers = {
    occupancy: { ...settings.triggers.occupancy, ...off },
    overcrowding: { ...settings.triggers.overcrowding, ...off },
    criticalMunicipalities: { ...settings.triggers.criticalMunicipalities, ...off },
  };
  expect((await admin.putEscalationSettings(region, { ...settings, triggers, expectedVersion: version })).status).toBe(200);
}
