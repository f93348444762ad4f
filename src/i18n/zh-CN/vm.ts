import type { Messages } from '../en/index.ts';

export const vm: Messages['vm'] = {};
