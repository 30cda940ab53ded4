// Sweden's 21 regions with their county codes and number of municipalities (290 in all).
// Dalarna (20) and Blekinge (10) ship as reference data with their real municipalities; the
// others get synthetic municipality codes `${county}${NN}` with plausible populations.
export const COUNTIES = [
  ['01', 'Region Stockholm', 26],
  ['03', 'Region Uppsala', 8],
  ['04', 'Region Sörmland', 9],
  ['05', 'Region Östergötland', 13],
  ['06', 'Region Jönköpings län', 13],
  ['07', 'Region Kronoberg', 8],
  ['08', 'Region Kalmar län', 12],
  ['09', 'Region Gotland', 1],
  ['10', 'Region Blekinge', 5],
  ['12', 'Region Skåne', 33],
  ['13', 'Region Halland', 6],
  ['14', 'Västra Götalandsregionen', 49],
  ['17', 'Region Värmland', 16],
  ['18', 'Region Örebro län', 12],
  ['19', 'Region Västmanland', 10],
  ['20', 'Region Dalarna', 15],
  ['21', 'Region Gävleborg', 10],
  ['22', 'Region Västernorrland', 7],
  ['23', 'Region Jämtland Härjedalen', 8],
  ['24', 'Region Västerbotten', 15],
  ['25', 'Region Norrbotten', 14],
].map(([code, name, municipalities]) => ({ code, name, municipalities }));

export const UNITS_PER_MUNICIPALITY = 3;
export const HOSPITALS_PER_REGION = 4;
