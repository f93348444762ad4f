// On a phone's screen (below 600 px, where the rows are cards: see pages.css) the first paint draws the cards the
// screen shows, and the rest of the page follows at once in a background render. Styling and laying out all 20 cards
// (some 800 elements) in the first frame was the longest task of a phone's first visit; a phone shows three or four.
import { startTransition, useEffect, useState } from 'react';

/** The media query of the cards, as in pages.css. */
const CARDS = '(max-width: 599.95px)';
/** Cards in the first paint: a phone's screen holds three or four. */
export const FIRST_CARDS = 5;

const drawsCards = () => typeof matchMedia === 'function' && matchMedia(CARDS).matches;

/** The rows to draw now: all of them, except in a phone's first paint. */
export function useShownRows<T>(rows: readonly T[]): readonly T[] {
  const [all, setAll] = useState(() => !drawsCards());
  useEffect(() => {
    if (!all) startTransition(() => setAll(true));
  }, [all]);
  return all ? rows : rows.slice(0, FIRST_CARDS);
}
