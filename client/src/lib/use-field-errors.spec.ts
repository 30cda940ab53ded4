import { updateUnitSchema } from '@lagesbild/shared';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { useFieldErrors } from './use-field-errors';

describe('useFieldErrors', () => {
  it('shows the schema errors and returns null for bad input, the parsed data for good input', () => {
    const { result } = renderHook(() => useFieldErrors());
    let parsed: unknown;
    act(() => {
      parsed = result.current.parse(updateUnitSchema, { name: '' });
    });
    expect(parsed).toBeNull();
    expect(result.current.errors.name).toBeTruthy();

    act(() => {
      parsed = result.current.parse(updateUnitSchema, { name: 'Avdelning 3' });
    });
    expect(parsed).toEqual({ name: 'Avdelning 3' });
    // A valid input leaves earlier errors for the form to clear.
    expect(result.current.errors.name).toBeTruthy();
  });

  it("takes a 400's field messages and ignores other failures", () => {
    const { result } = renderHook(() => useFieldErrors());
    act(() => result.current.showServerErrors(new ApiError(500, null)));
    expect(result.current.errors).toEqual({});
    act(() =>
      result.current.showServerErrors(
        new ApiError(400, { statusCode: 400, message: 'Bad', codes: { name: ['validation.required'] } }),
      ),
    );
    expect(result.current.errors).toEqual({ name: 'validation.required' });
  });
});
