import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'lagesbild:public';
/** Marks the few routes that answer without a session or token (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
