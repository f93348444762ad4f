import type { Messages } from '../en/index.ts';

export const session: Messages['session'] = {};
