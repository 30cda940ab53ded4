import { describe, expect, it } from 'vitest';
import {
  fitHoltWinters,
  holtWintersCoefficients,
  holtWintersForecast,
  holtWintersStart,
  runHoltWinters,
} from './holt-winters.js';

// Worked example: R's own documentation example for stats::HoltWinters, `(m <- HoltWinters(co2))`,
// on the monthly Mauna Loa CO2 concentrations 1959–1997 (Keeling & Whorf, R `datasets::co2`, 468
// values, period 12). R prints (R 4.2.2; the coefficients are the ones quoted in countless
// tutorials of this example):
//   alpha: 0.5126484  beta: 0.009497669  gamma: 0.4728868
//   a 364.7616237  b 0.1247438  s1 0.2215275 … s12 -0.5844250,  SSE 43.12986
//   predict(m, 3): 365.1079 365.9664 366.7343 (Jan–Mar 1998)
const CO2 = [
  315.42, 316.31, 316.5, 317.56, 318.13, 318.0, 316.39, 314.65, 313.68, 313.18, 314.66, 315.43, 316.27, 316.81, 317.42, 318.87,
  319.87, 319.43, 318.01, 315.74, 314.0, 313.68, 314.84, 316.03, 316.73, 317.54, 318.38, 319.31, 320.42, 319.61, 318.42, 316.63,
  314.83, 315.16, 315.94, 316.85, 317.78, 318.4, 319.53, 320.42, 320.85, 320.45, 319.45, 317.25, 316.11, 315.27, 316.53, 317.53,
  318.58, 318.92, 319.7, 321.22, 322.08, 321.31, 319.58, 317.61, 316.05, 315.83, 316.91, 318.2, 319.41, 320.07, 320.74, 321.4,
  322.06, 321.73, 320.27, 318.54, 316.54, 316.71, 317.53, 318.55, 319.27, 320.28, 320.73, 321.97, 322.0, 321.71, 321.05, 318.71,
  317.66, 317.14, 318.7, 319.25, 320.46, 321.43, 322.23, 323.54, 323.91, 323.59, 322.24, 320.2, 318.48, 317.94, 319.63, 320.87,
  322.17, 322.34, 322.88, 324.25, 324.83, 323.93, 322.38, 320.76, 319.1, 319.24, 320.56, 321.8, 322.4, 322.99, 323.73, 324.86,
  325.4, 325.2, 323.98, 321.95, 320.18, 320.09, 321.16, 322.74, 323.83, 324.26, 325.47, 326.5, 327.21, 326.54, 325.72, 323.5,
  322.22, 321.62, 322.69, 323.95, 324.89, 325.82, 326.77, 327.97, 327.91, 327.5, 326.18, 324.53, 322.93, 322.9, 323.85, 324.96,
  326.01, 326.51, 327.01, 327.62, 328.76, 328.4, 327.2, 325.27, 323.2, 323.4, 324.63, 325.85, 326.6, 327.47, 327.58, 329.56,
  329.9, 328.92, 327.88, 326.16, 324.68, 325.04, 326.34, 327.39, 328.37, 329.4, 330.14, 331.33, 332.31, 331.9, 330.7, 329.15,
  327.35, 327.02, 327.99, 328.48, 329.18, 330.55, 331.32, 332.48, 332.92, 332.08, 331.01, 329.23, 327.27, 327.21, 328.29, 329.41,
  330.23, 331.25, 331.87, 333.14, 333.8, 333.43, 331.73, 329.9, 328.4, 328.17, 329.32, 330.59, 331.58, 332.39, 333.33, 334.41,
  334.71, 334.17, 332.89, 330.77, 329.14, 328.78, 330.14, 331.52, 332.75, 333.24, 334.53, 335.9, 336.57, 336.1, 334.76, 332.59,
  331.42, 330.98, 332.24, 333.68, 334.8, 335.22, 336.47, 337.59, 337.84, 337.72, 336.37, 334.51, 332.6, 332.38, 333.75, 334.78,
  336.05, 336.59, 337.79, 338.71, 339.3, 339.12, 337.56, 335.92, 333.75, 333.7, 335.12, 336.56, 337.84, 338.19, 339.91, 340.6,
  341.29, 341.0, 339.39, 337.43, 335.72, 335.84, 336.93, 338.04, 339.06, 340.3, 341.21, 342.33, 342.74, 342.08, 340.32, 338.26,
  336.52, 336.68, 338.19, 339.44, 340.57, 341.44, 342.53, 343.39, 343.96, 343.18, 341.88, 339.65, 337.81, 337.69, 339.09, 340.32,
  341.2, 342.35, 342.93, 344.77, 345.58, 345.14, 343.81, 342.21, 339.69, 339.82, 340.98, 342.82, 343.52, 344.33, 345.11, 346.88,
  347.25, 346.62, 345.22, 343.11, 340.9, 341.18, 342.8, 344.04, 344.79, 345.82, 347.25, 348.17, 348.74, 348.07, 346.38, 344.51,
  342.92, 342.62, 344.06, 345.38, 346.11, 346.78, 347.68, 349.37, 350.03, 349.37, 347.76, 345.73, 344.68, 343.99, 345.48, 346.72,
  347.84, 348.29, 349.23, 350.8, 351.66, 351.07, 349.33, 347.92, 346.27, 346.18, 347.64, 348.78, 350.25, 351.54, 352.05, 353.41,
  354.04, 353.62, 352.22, 350.27, 348.55, 348.72, 349.91, 351.18, 352.6, 352.92, 353.53, 355.26, 355.52, 354.97, 353.75, 351.52,
  349.64, 349.83, 351.14, 352.37, 353.5, 354.55, 355.23, 356.04, 357.0, 356.07, 354.67, 352.76, 350.82, 351.04, 352.69, 354.07,
  354.59, 355.63, 357.03, 358.48, 359.22, 358.12, 356.06, 353.92, 352.05, 352.11, 353.64, 354.89, 355.88, 356.63, 357.72, 359.07,
  359.58, 359.17, 356.94, 354.92, 352.94, 353.23, 354.09, 355.33, 356.63, 357.1, 358.32, 359.41, 360.23, 359.55, 357.53, 355.48,
  353.67, 353.95, 355.3, 356.78, 358.34, 358.89, 359.95, 361.25, 361.67, 360.94, 359.55, 357.49, 355.84, 356.0, 357.59, 359.05,
  359.98, 361.03, 361.66, 363.48, 363.82, 363.3, 361.94, 359.5, 358.11, 357.8, 359.61, 360.74, 362.09, 363.29, 364.06, 364.76,
  365.45, 365.01, 363.7, 361.54, 359.51, 359.65, 360.8, 362.38, 363.23, 364.06, 364.61, 366.4, 366.84, 365.68, 364.52, 362.57,
  360.24, 360.83, 362.49, 364.34,
];

const R_PARAMETERS = { alpha: 0.5126484, beta: 0.009497669, gamma: 0.4728868, trend: true };
const R_SEASON = [
  0.2215275, 0.9552801, 1.5984744, 2.8758029, 3.2820088, 2.440699, 0.8969433, -1.3796428, -3.4112376, -3.2570163, -1.913485,
  -0.584425,
];

describe('Holt-Winters, additive season (R HoltWinters(co2))', () => {
  it('starts from the decomposition of the first two years, as R does', () => {
    const start = holtWintersStart(CO2, 12);
    // R: decompose(ts(co2[1:24], frequency = 12))$figure and the line through its trend.
    expect(start.level).toBeCloseTo(315.76576388889, 8);
    expect(start.trend).toBeCloseTo(0.08830128205, 9);
    expect(start.season[0]).toBeCloseTo(-0.2344444444, 8);
    expect(start.season[4]).toBeCloseTo(3.1313888889, 8);
    expect(start.season[11]).toBeCloseTo(-0.9473611111, 8);
  });

  it('reproduces the coefficients, SSE and forecasts R prints for its parameters', () => {
    const start = holtWintersStart(CO2, 12);
    const { sse, state } = runHoltWinters(CO2, R_PARAMETERS, start, { season: 12 });
    const coefficients = holtWintersCoefficients(state, CO2.length - 1, 12);
    expect(coefficients.a).toBeCloseTo(364.7616237, 5);
    expect(coefficients.b).toBeCloseTo(0.1247438, 6);
    coefficients.s.forEach((value, index) => expect(value).toBeCloseTo(R_SEASON[index]!, 5));
    expect(sse).toBeCloseTo(43.12986, 4);
    const forecast = holtWintersForecast(state, CO2.length - 1, 3, 12);
    expect(forecast.map((value) => Math.round(value * 1e4) / 1e4)).toEqual([365.1079, 365.9664, 366.7343]);
  });

  it('the first one-step forecast is level + trend + seasonal start, by hand', () => {
    // R: head(fitted(m)[, "xhat"], 1) = 315.6196207 = 315.76576 + 0.08830 + (−0.23444).
    const start = holtWintersStart(CO2, 12);
    expect(start.level + start.trend + start.season[0]!).toBeCloseTo(315.6196207, 6);
  });

  it("fits parameters to within 0.1 % of the SSE R's optimiser finds, near R's parameters", () => {
    // The grid and compass search stop at a step of 0.004: close enough for daily places.
    const fit = fitHoltWinters(CO2, { season: 12 });
    expect(fit.sse).toBeLessThanOrEqual(43.12986 * 1.001);
    expect(Math.abs(fit.parameters.alpha - 0.5126484)).toBeLessThan(0.05);
    expect(Math.abs(fit.parameters.beta - 0.009497669)).toBeLessThan(0.01);
    expect(Math.abs(fit.parameters.gamma - 0.4728868)).toBeLessThan(0.05);
  });

  it('without trend, the level carries no slope into the forecast', () => {
    const weekly = Array.from({ length: 42 }, (_, t) => 10 + [0, 1, 2, 3, 2, -3, -5][t % 7]!);
    const fit = fitHoltWinters(weekly, { trend: false });
    const { state } = runHoltWinters(weekly, fit.parameters, fit.start);
    const forecast = holtWintersForecast(state, weekly.length - 1, 14);
    forecast.forEach((value, index) => expect(value).toBeCloseTo(weekly[(weekly.length + index) % 42]!, 6));
  });
});
