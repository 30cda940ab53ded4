import { z } from 'zod';
import { isoDate } from './fields.js';

export const situationQuerySchema = z.object({ date: isoDate().optional() });
export const historyQuerySchema = z.object({ from: isoDate().optional(), to: isoDate().optional() });
