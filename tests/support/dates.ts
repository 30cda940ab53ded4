import { reportingDay, shiftDay } from '@lagesbild/shared';

export const today = () => reportingDay();
export const daysAgo = (days: number) => shiftDay(reportingDay(), -days);
