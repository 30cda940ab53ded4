import { describe, expect, it } from 'vitest';
import { commandForKey, FOLLOWING, moveStep, roundPosition, viewerReducer, type Step } from './round';

describe('moveStep', () => {
  it('goes round: overview, each organisation in turn, and back to the overview', () => {
    const steps: Step[] = [null];
    for (let i = 0; i < 4; i += 1) steps.push(moveStep(steps.at(-1) ?? null, 3, 'next'));
    expect(steps).toEqual([null, 0, 1, 2, null]);
  });

  it('steps back the same way, reaching the last organisation from the overview', () => {
    expect(moveStep(null, 3, 'previous')).toBe(2);
    expect(moveStep(0, 3, 'previous')).toBeNull();
    expect(moveStep(2, 3, 'previous')).toBe(1);
  });

  it('jumps to the overview or the last, and survives a round that shrank under it', () => {
    expect(moveStep(1, 3, 'overview')).toBeNull();
    expect(moveStep(null, 3, 'last')).toBe(2);
    expect(moveStep(7, 3, 'next')).toBe(0);
    expect(moveStep(1, 0, 'next')).toBeNull();
  });
});

describe('commandForKey', () => {
  it('maps arrows, clicker keys, Home, End, Escape and the letters', () => {
    expect(commandForKey({ key: 'ArrowRight' })).toBe('next');
    expect(commandForKey({ key: 'PageDown' })).toBe('next');
    expect(commandForKey({ key: 'ArrowLeft' })).toBe('previous');
    expect(commandForKey({ key: 'PageUp' })).toBe('previous');
    expect(commandForKey({ key: 'Home' })).toBe('overview');
    expect(commandForKey({ key: 'End' })).toBe('last');
    expect(commandForKey({ key: 'Escape' })).toBe('leave');
    expect(commandForKey({ key: 'f' })).toBe('fullscreen');
    expect(commandForKey({ key: 'T' })).toBe('theme');
    expect(commandForKey({ key: 's' })).toBe('follow');
    expect(commandForKey({ key: 'x' })).toBeNull();
  });

  it('leaves shortcuts with modifiers and keys typed into fields alone', () => {
    expect(commandForKey({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(commandForKey({ key: 'f', ctrlKey: true })).toBeNull();
    const input = document.createElement('input');
    expect(commandForKey({ key: 'ArrowLeft', target: input })).toBeNull();
    expect(commandForKey({ key: 'ArrowLeft', target: document.createElement('button') })).toBe('previous');
  });
});

describe('viewerReducer', () => {
  it('a viewer who steps leaves follow mode, and can follow the chair again', () => {
    const own = viewerReducer(FOLLOWING, { type: 'navigate', command: 'next', from: 4, count: 16 });
    expect(own).toEqual({ following: false, ownStep: 5 });
    expect(viewerReducer(own, { type: 'follow' })).toEqual(FOLLOWING);
    expect(viewerReducer(FOLLOWING, { type: 'unfollow', at: 3 })).toEqual({ following: false, ownStep: 3 });
  });
});

describe('roundPosition', () => {
  it('says where the round is and who is next', () => {
    expect(roundPosition(null, ['20', '2080'])).toEqual({ number: null, next: '20' });
    expect(roundPosition(0, ['20', '2080'])).toEqual({ number: 1, next: '2080' });
    expect(roundPosition(1, ['20', '2080'])).toEqual({ number: 2, next: null });
  });
});
