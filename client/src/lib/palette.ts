// Okabe–Ito, the colour-blind-safe palette, darkened where needed so every line has at least
// 3:1 contrast against the white chart background. Dash patterns tell lines apart as well.
export const SERIES_COLOURS = ['#0072B2', '#C24E00', '#007A5A', '#B0468C', '#8A6100', '#1F6E9E', '#4D4D4D', '#6A3D9A'] as const;
export const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '', '6 3', '2 3', '8 3 2 3'] as const;

export const CHART_COLOURS = {
  capacity: '#4D4D4D',
  occupied: '#0072B2',
  surge: '#007A5A',
  overcrowding: '#C24E00',
  closedBeds: '#B0468C',
  admissions: '#4D4D4D',
  home: '#0072B2',
  shortTerm: '#007A5A',
  nursingHome: '#B0468C',
  other: '#8A6100',
  readyForDischarge: '#C24E00',
  // The forecast goes on in the colour of what it forecasts, dashed, over its interval's light band.
  expected: '#0072B2',
  interval: '#9CC7E4',
  grid: '#D9D9D9',
  holiday: '#6A3D9A',
  readmissions: '#B0468C',
} as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#0072B2';
}

export function seriesDash(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length] ?? '';
}
