import type { Messages } from '../en/index.ts';

export const recycleBin: Messages['recycleBin'] = {};
