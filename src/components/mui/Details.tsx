// Label/value pairs of one resource, as a definition list: two columns on a laptop, four on a wide screen, one
// on a phone. Each value is named by its label, so `getByRole('definition', { name })` finds it.
import Box from '@mui/material/Box';
import { type ReactNode, useId } from 'react';

export function Details({ children }: { children: ReactNode }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        columnGap: 2,
        rowGap: 1,
        alignItems: 'baseline',
        gridTemplateColumns: {
          xs: 'minmax(0, 1fr)',
          sm: 'minmax(8rem, max-content) minmax(0, 1fr)',
          lg: 'minmax(8rem, max-content) minmax(0, 1fr) minmax(8rem, max-content) minmax(0, 1fr)',
        },
        // Stacked on a phone: a little air above each label.
        '& dt:not(:first-of-type)': { mt: { xs: 1, sm: 0 } },
      }}
    >
      {children}
    </Box>
  );
}

export function Detail({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <Box component="dt" id={id} sx={{ color: 'text.secondary', fontWeight: 500 }}>
        {label}
      </Box>
      <Box component="dd" aria-labelledby={id} sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </>
  );
}
