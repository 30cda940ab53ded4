import { describe, expect, it } from 'vitest';
import { report } from '../../../test/factories';
import { fieldErrorsFromServer, formStateFrom, parseNumber, validateUnit } from './form-values';

describe('parseNumber', () => {
  it('reads numbers as Swedish users type them', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('1 200')).toBe(1200);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('1e3')).toBeNaN();
  });
});

describe('formStateFrom', () => {
  it('prefills yesterday’s figures but not yesterday’s comment', () => {
    const state = formStateFrom(report({ comment: 'Igår', sickLeavePct: 11.5 }), false);
    expect(state).toMatchObject({ capacity: '34', occupied: '30', staffing: 'normal', comment: '', sickLeavePct: '11,5' });
  });
});

describe('validateUnit', () => {
  const valid = formStateFrom(report(), true);

  it('accepts a complete unit and turns empty optionals into null', () => {
    const result = validateUnit({ ...valid, surgeCapacity: '', covidPatients: '' });
    expect(result).toMatchObject({
      ok: true,
      values: { capacity: 34, surgeCapacity: null, covidPatients: null, dischargesByDestination: null },
    });
  });

  it('gives the shared message keys per field', () => {
    const result = validateUnit({ ...valid, occupied: '-3', capacity: '', staffing: '', sickLeavePct: '140' });
    expect(result).toEqual({
      ok: false,
      errors: {
        capacity: 'validation.required',
        occupied: 'validation.wholeNumber',
        staffing: 'validation.required',
        sickLeavePct: 'validation.percent',
      },
    });
  });

  it('checks the rules across fields: surge below capacity, destinations that do not add up', () => {
    const surge = validateUnit({ ...valid, surgeCapacity: '10' });
    expect(surge).toEqual({ ok: false, errors: { surgeCapacity: 'validation.surgeBelowCapacity' } });
    const sum = validateUnit({
      ...valid,
      discharges: '3',
      destinations: { home: '1', shortTerm: '1', nursingHome: '0', other: '0' },
    });
    expect(sum).toEqual({ ok: false, errors: { dischargesByDestination: 'validation.destinationSum' } });
  });

  it('asks for every destination once one is given', () => {
    const result = validateUnit({ ...valid, destinations: { home: '1', shortTerm: '', nursingHome: '', other: '' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['dischargesByDestination.shortTerm']).toBe('validation.required');
  });
});

describe('fieldErrorsFromServer', () => {
  it('prefers message keys, and falls back to the server text', () => {
    expect(
      fieldErrorsFromServer({
        statusCode: 400,
        message: 'Bad Request',
        errors: { occupied: ['Ange ett heltal, 0 eller större.'], comment: ['För lång'] },
        codes: { occupied: ['validation.wholeNumber'] },
      }),
    ).toEqual({ occupied: 'validation.wholeNumber', comment: 'För lång' });
  });
});
