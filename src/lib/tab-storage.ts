/**
 * The tab's sessionStorage (the session, bulk runs), or undefined where the browser refuses it (storage disabled,
 * some private modes throw on access): the console then keeps them in memory only.
 */
export function tabStorage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}
