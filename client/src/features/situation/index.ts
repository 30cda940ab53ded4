export { useOrganizations, useRegions, useSituation } from './api/situation-api';
export { buildKeyFigures, type Scale } from './utils/key-figures';
export { buildMunicipalityRow, buildMunicipalityRows, type MunicipalityRow } from './utils/municipality-rows';
export { KeyFigures } from './components/key-figures';
export { CoverageNote } from './components/coverage-note';
export { MunicipalityTable } from './components/municipality-table';
export { PressureBadge } from './components/pressure-badge';
export { ReportAge } from './components/report-age';
export { UnitTable } from './components/unit-table';
