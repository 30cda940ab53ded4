export const ROLES = ['reporter', 'analyst', 'chair', 'admin'] as const;
export type Role = (typeof ROLES)[number];
