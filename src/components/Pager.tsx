// Light pagination: a native select for the page size and two buttons. (MUI's TablePagination brings Select,
// Menu and Popover, about 10 kB gzip, onto the first paint.)
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useT } from '../i18n/I18nProvider.tsx';

export interface PagerProps {
  /** 0-based. */
  page: number;
  pageSize: number;
  total: number;
  pageSizes: readonly number[];
  label: string;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

export function Pager({ page, pageSize, total, pageSizes, label, onPage, onPageSize }: PagerProps) {
  const id = useId();
  const t = useT();
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  const last = Math.max(0, Math.ceil(total / pageSize) - 1);
  return (
    <Box
      component="nav"
      aria-label={t.common.pages}
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        flexWrap: 'wrap',
        gap: 2,
        px: 2,
        py: 1,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography component="label" htmlFor={id} variant="body2">
          {label}
        </Typography>
        <Box
          component="select"
          id={id}
          value={pageSize}
          onChange={(e) => onPageSize(Number(e.target.value))}
          sx={{
            font: 'inherit',
            fontSize: 14,
            color: 'text.primary',
            bgcolor: 'background.paper',
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            px: 1,
            py: 0.5,
          }}
        >
          {pageSizes.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Box>
      </Box>
      <Typography variant="body2">{t.common.range(from, to, total)}</Typography>
      <Box>
        <IconButton aria-label={t.common.previousPage} disabled={page <= 0} onClick={() => onPage(page - 1)}>
          <ChevronLeftIcon />
        </IconButton>
        <IconButton aria-label={t.common.nextPage} disabled={page >= last} onClick={() => onPage(page + 1)}>
          <ChevronRightIcon />
        </IconButton>
      </Box>
    </Box>
  );
}
