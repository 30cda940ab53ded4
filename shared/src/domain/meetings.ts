// The words of a network's minutes, as string unions. Their labels live in labels.ts.

/** How an agenda item is marked in the minutes: "Information", "Beslut", "Dialog", "Lägesbild". */
export const AGENDA_ITEM_TYPES = ['information', 'decision', 'dialog', 'situation'] as const;
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];

/**
 * What an agenda item shows besides its title, text and links: the extension point of the agenda.
 * `text` is the generic item; `situation` runs the round on the frozen figures; `previous_minutes`
 * brings the last meeting's minutes to be put on file; `follow_up` lists the open actions of earlier
 * meetings. Another feature adds its own value here (and a renderer on each side, see
 * docs/architecture.md "An agenda item that shows something of its own").
 */
/** What an item shows under its text; 'holiday_plan' is the county's staffing over the coming holidays (a step the chair can add). */
export const AGENDA_CONTENTS = ['text', 'situation', 'previous_minutes', 'follow_up', 'holiday_plan'] as const;
/** The kinds a chair may choose for a new item; the others come with the prefilled agenda. */
export const CHOOSABLE_AGENDA_CONTENTS = ['text', 'holiday_plan'] as const;
export type AgendaContent = (typeof AGENDA_CONTENTS)[number];

/** An action's state: open until it is ticked off (done) or dropped (struck). */
export const ACTION_STATUSES = ['open', 'done', 'struck'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** A figure from the frozen snapshot a decision may cite: "Avesta 15 av 14 platser". */
export const DECISION_FIGURES = ['places', 'readyForDischarge', 'staffing'] as const;
export type DecisionFigure = (typeof DECISION_FIGURES)[number];
