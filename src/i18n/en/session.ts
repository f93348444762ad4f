// Texts of the session screens.
export const session = {};
