// Texts of the vm screens.
export const vm = {};
