import { reportValuesSchema, type Report, type ReportField } from '@lagesbild/shared';

export type VersionedField = Exclude<ReportField, 'dischargesByDestination'>;
/** The figures a correction can change, in the order the shared schema has them (and they are shown). */
export const VERSIONED_FIELDS = Object.keys(reportValuesSchema.shape).filter(
  (field): field is VersionedField => field !== 'dischargesByDestination',
);

export interface FieldChange {
  field: VersionedField;
  before: Report[VersionedField] | undefined;
  after: Report[VersionedField];
}

/** What each version changed against the one before it (the first version: every given figure). */
export function versionChanges(versions: readonly Report[]): { version: Report; changes: FieldChange[] }[] {
  return versions.map((version, index) => {
    const previous = index > 0 ? versions[index - 1] : undefined;
    const changes = VERSIONED_FIELDS.filter((field) =>
      previous ? previous[field] !== version[field] : version[field] !== null && version[field] !== undefined,
    ).map((field) => ({ field, before: previous?.[field], after: version[field] }));
    return { version, changes };
  });
}
