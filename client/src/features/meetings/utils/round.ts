// The round: the overview (step null) sits between the end and the start, so stepping on from
// the last organisation returns to the overview, and stepping back from the overview reaches it.

export type Step = number | null;
export type RoundCommand = 'next' | 'previous' | 'overview' | 'last';
export type PresentCommand = RoundCommand | 'leave' | 'fullscreen' | 'theme' | 'follow' | 'nextItem' | 'previousItem';

/** A step that still exists in a round of `count` organisations (the list may have shrunk). */
export function clampStep(step: Step, count: number): Step {
  if (step === null || count === 0) return null;
  return step >= 0 && step < count ? step : null;
}

export function moveStep(step: Step, count: number, command: RoundCommand): Step {
  if (count === 0) return null;
  const current = clampStep(step, count);
  switch (command) {
    case 'overview':
      return null;
    case 'last':
      return count - 1;
    case 'next':
      if (current === null) return 0;
      return current + 1 < count ? current + 1 : null;
    case 'previous':
      if (current === null) return count - 1;
      return current > 0 ? current - 1 : null;
    default: {
      const unreachable: never = command;
      throw new Error(`unknown round command ${String(unreachable)}`);
    }
  }
}

export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The element the key was typed in; typing in a field is never a command. */
  target?: EventTarget | null;
}

const KEYS: Readonly<Record<string, PresentCommand>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'overview',
  End: 'last',
  Escape: 'leave',
  f: 'fullscreen',
  F: 'fullscreen',
  t: 'theme',
  T: 'theme',
  s: 'follow',
  S: 'follow',
  // A network's agenda: the next and the previous item on the shared screen.
  n: 'nextItem',
  N: 'nextItem',
  p: 'previousItem',
  P: 'previousItem',
};

function isTyping(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable;
}

/** The presentation's keys: arrows and Page Up/Down (clickers send those) step, Home is the overview. */
export function commandForKey(event: KeyLike): PresentCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return null;
  return KEYS[event.key] ?? null;
}

/** Where a viewer is: following the chair's step, or looking around on their own. */
export interface ViewerState {
  following: boolean;
  /** The step a viewer chose while not following. */
  ownStep: Step;
}

export type ViewerAction =
  { type: 'navigate'; command: RoundCommand; from: Step; count: number } | { type: 'follow' } | { type: 'unfollow'; at: Step };

export const FOLLOWING: ViewerState = { following: true, ownStep: null };

/** A viewer who steps leaves follow mode at once; "follow" takes them back to the chair's step. */
export function viewerReducer(state: ViewerState, action: ViewerAction): ViewerState {
  switch (action.type) {
    case 'navigate':
      return { following: false, ownStep: moveStep(action.from, action.count, action.command) };
    case 'follow':
      return FOLLOWING;
    case 'unfollow':
      return { following: false, ownStep: action.at };
    default: {
      const unreachable: never = action;
      throw new Error(`unknown viewer action ${String(unreachable)}`);
    }
  }
}

/** "3 of 16" and who comes next, for the line under the stage. */
export function roundPosition(step: Step, participants: readonly string[]): { number: number | null; next: string | null } {
  const current = clampStep(step, participants.length);
  const nextStep = moveStep(current, participants.length, 'next');
  return { number: current === null ? null : current + 1, next: nextStep === null ? null : (participants[nextStep] ?? null) };
}
