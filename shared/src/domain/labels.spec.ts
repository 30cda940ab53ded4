import { describe, expect, it } from 'vitest';
import { domainLabel, domainLabelResources } from './labels.js';
import { LINE_KINDS, OFFER_STATUSES, REQUEST_STATUSES, STAFF_ROLES, URGENCIES } from './requests.js';
import { PLANNED_CAPACITY_MODES } from './forecast.js';
import { COMMON_MEASURES, ESCALATION_LEVELS } from './escalation.js';
import { ROLES } from './roles.js';
import { ORGANIZATION_KINDS, STAFFING_LEVELS, UNIT_KINDS } from './units.js';

describe('domain labels', () => {
  it('name every value of the glossary in Swedish and English, capitalised', () => {
    const resources = { sv: domainLabelResources('sv'), en: domainLabelResources('en') };
    for (const language of ['sv', 'en'] as const) {
      const groups = resources[language];
      expect(Object.keys(groups.staffing)).toEqual([...STAFFING_LEVELS]);
      expect(Object.keys(groups.unitKind)).toEqual([...UNIT_KINDS]);
      expect(Object.keys(groups.organizationKind)).toEqual([...ORGANIZATION_KINDS]);
      expect(Object.keys(groups.roles)).toEqual([...ROLES]);
      expect(Object.keys(groups.requestStatus)).toEqual([...REQUEST_STATUSES]);
      expect(Object.keys(groups.offerStatus)).toEqual([...OFFER_STATUSES]);
      expect(Object.keys(groups.lineKind)).toEqual([...LINE_KINDS]);
      expect(Object.keys(groups.staffRole)).toEqual([...STAFF_ROLES]);
      expect(Object.keys(groups.urgency)).toEqual([...URGENCIES]);
      expect(Object.keys(groups.plannedCapacityMode)).toEqual([...PLANNED_CAPACITY_MODES]);
      expect(Object.keys(groups.escalationLevel)).toEqual([...ESCALATION_LEVELS]);
      expect(Object.keys(groups.escalationMeasure)).toEqual([...COMMON_MEASURES]);
      for (const text of Object.values(groups).flatMap((labels) => Object.values(labels))) {
        expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
      }
    }
    expect(domainLabel('staffing', 'strained')).toBe('Ansträngd');
    expect(domainLabel('unitKind', 'hospital', 'en')).toBe('Hospital ward');
    expect(domainLabel('escalationLevel', 'staff')).toBe('Stabsläge');
  });

  it('shows a value it has no label for as it is, prototype keys included', () => {
    expect(domainLabel('staffing', 'overwhelmed')).toBe('overwhelmed');
    expect(domainLabel('roles', 'constructor')).toBe('constructor');
  });
});
