import type { UnitKind } from '@lagesbild/shared';

// Realistic demo figures around what the county network minutes say (PRODUCT.md, "Figures the
// minutes give"). Everything not listed there is plausible invention.
export interface UnitProfile {
  capacity: number;
  /** Capacity from a date on (Ludvika opens 10 new places on 1 June). */
  capacityFrom?: { date: string; capacity: number };
  /** Days before today when capacity changed (Sölvesborg raised from 15 to 18). */
  capacityRaisedDaysAgo?: { days: number; before: number };
  surgeCapacity?: number;
  occupancy: number;
  sickLeavePct?: number;
  covidShare?: number;
  /** Hospital beds closed for lack of staff on an ordinary day (the figure grows over the last weeks). */
  closedBeds?: number;
}

export const UNIT_PROFILES: Record<string, UnitProfile> = {
  '2080-lunden': { capacity: 34, surgeCapacity: 40, occupancy: 0.88 },
  '2081-angen': { capacity: 20, occupancy: 0.85 },
  '2081-kvarnsveden': { capacity: 14, occupancy: 0.8 },
  '2084-korttid': { capacity: 14, surgeCapacity: 14, occupancy: 1.08 },
  '2085-korttid': { capacity: 18, capacityFrom: { date: '2026-06-01', capacity: 28 }, occupancy: 0.8 },
  '2061-korttid': { capacity: 15, occupancy: 0.33 },
  '2062-korttid': { capacity: 16, occupancy: 0.9 },
  '2029-korttid': { capacity: 12, occupancy: 0.85 },
  '2031-korttid': { capacity: 10, occupancy: 0.8 },
  '2083-korttid': { capacity: 12, occupancy: 0.9 },
  '2082-korttid': { capacity: 8, occupancy: 0.75 },
  '2026-korttid': { capacity: 8, occupancy: 0.7 },
  '2023-korttid': { capacity: 8, occupancy: 0.75 },
  '2034-korttid': { capacity: 6, occupancy: 0.8 },
  '2039-korttid': { capacity: 6, occupancy: 0.7 },
  '2021-korttid': { capacity: 6, occupancy: 0.7 },
  '1083-korttid': { capacity: 18, capacityRaisedDaysAgo: { days: 30, before: 15 }, occupancy: 0.92, sickLeavePct: 25 },
  '1080-korttid': { capacity: 16, occupancy: 0.9 },
  '1080-palliativ': { capacity: 6, occupancy: 0.8 },
  '1081-korttid': { capacity: 12, occupancy: 0.85 },
  '1081-sabo-reserv': { capacity: 26, occupancy: 0.0 },
  '1082-korttid': { capacity: 14, occupancy: 0.85 },
  '1060-korttid': { capacity: 8, occupancy: 0.75 },
  '20-falu-lasarett': { capacity: 420, occupancy: 0.97, covidShare: 0.02, closedBeds: 8 },
  '20-mora-lasarett': { capacity: 160, occupancy: 0.95, covidShare: 0.02, closedBeds: 3 },
  '20-avesta-lasarett': { capacity: 90, occupancy: 0.98, covidShare: 0.02 },
  '20-ludvika-lasarett': { capacity: 110, occupancy: 0.94, covidShare: 0.02 },
  '20-iva': { capacity: 24, occupancy: 0.8, covidShare: 0.08 },
  // Blekinge lacks ~20 staffed beds and has 38 patients above capacity, 5 COVID, 1 in ICU.
  '10-karlskrona': { capacity: 300, occupancy: 1.08, covidShare: 0.01, closedBeds: 12 },
  '10-karlshamn': { capacity: 130, occupancy: 1.1, covidShare: 0.01, closedBeds: 8 },
  '10-valjeviken': { capacity: 6, occupancy: 0.9 },
  '10-iva': { capacity: 12, occupancy: 0.85, covidShare: 0.08 },
};

export const DEFAULT_PROFILE: Record<UnitKind, UnitProfile> = {
  short_term: { capacity: 10, occupancy: 0.8 },
  palliative: { capacity: 6, occupancy: 0.8 },
  nursing_home_reserve: { capacity: 10, occupancy: 0.1 },
  hospital: { capacity: 100, occupancy: 0.95, covidShare: 0.02 },
  icu: { capacity: 10, occupancy: 0.8, covidShare: 0.05 },
};

/**
 * Municipalities whose reporting today is left out, so every state of the dashboard shows:
 * value = days since the last report (1: reported yesterday; 2: carried forward in the estimate;
 * 5: too old to carry forward). Tests rely on these staying unreported today.
 */
export const SILENT_MUNICIPALITIES: Record<string, number> = {
  '2034': 1, // Orsa
  '2039': 2, // Älvdalen
  '2021': 5, // Vansbro
  '2083': 1, // Hedemora
  '1060': 1, // Olofström
};

export const DEMO_COMMENTS = [
  'Två patienter väntar på plats i särskilt boende.',
  'Ansträngt läge helg, inhyrd personal täcker nattpass.',
  'Vinterkräksjuka på en avdelning, intagningsstopp i två dagar.',
  'Öppnar två extra platser från måndag.',
  'Sjukfrånvaron har ökat bland undersköterskor.',
  'Lugnt läge, alla planerade hemgångar genomförda.',
];
