import { z } from 'zod';
import { isoDate } from './fields.js';

export const situationQuerySchema = z.object({ date: isoDate().optional() });
export const historyQuerySchema = z.object({ from: isoDate().optional(), to: isoDate().optional() });
export const escalationHistoryQuerySchema = z.object({ organization: z.string().min(1).max(20).optional() });
export const remindersQuerySchema = z.object({ date: isoDate().optional() });
