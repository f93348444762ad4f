// Texts of the recycleBin screens.
export const recycleBin = {};
