// Pause (every deletionPolicy → Never, one confirmed action) and Resume (which policy to restore, and how many
// items per bin the next pass, which comes at once, will expunge).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { retentionQueries } from '../../api/retention.ts';
import { forgetBeforePause, notePolicies, readBeforePause } from '../../api/retention-memory.ts';
import { POLICIES, RETENTION_KINDS, dueCutoff, resumePolicy } from '../../api/retention-window.ts';
import { useApi } from '../../api/session.ts';
import { Alert, PlainButton } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/retention.ts';
import type { ResourceKind } from '../../zstack/inventories.ts';
import { ApplyFooter } from './ApplyFooter.tsx';
import { useApply } from './use-apply.ts';
import { minute, type RetentionState } from './use-retention.ts';

function ResumeForm({ state, onClose }: { state: RetentionState; onClose: () => void }) {
  const m = useT().retention;
  const api = useApi();
  const before = readBeforePause();
  const [choice, setChoice] = useState<Partial<Record<ResourceKind, string>>>(() =>
    Object.fromEntries(state.never.map((k) => [k, resumePolicy(before[k])])),
  );
  const configs = state.configs;
  // What a pass right now takes once the policy is no longer Never: everything past its period.
  const at = minute(state.nodeNow);
  const cutoff = (k: ResourceKind) =>
    configs && state.never.includes(k) ? dueCutoff(at, configs[k].periodSeconds) : 0;
  const cutoffs = { vm: cutoff('vm'), volume: cutoff('volume'), image: cutoff('image') };
  const due = useQuery({ ...retentionQueries.due(api, cutoffs, state.offsetMinutes), enabled: !!configs });
  const apply = useApply(() => {
    forgetBeforePause();
    onClose();
  }, m.resumedDone);
  const known = state.never.every((k) => before[k] !== undefined);
  return (
    <div role="group" aria-labelledby="resume-title" className="rb-stack">
      <h2 id="resume-title" className="rb-h6">
        {m.resumeTitle}
      </h2>
      <p className="rb-p">{known ? m.previousKnown : m.previousUnknown}</p>
      {state.never.map((k) => (
        <div className="rb-field" key={k}>
          <label className="rb-label" htmlFor={`restore-${k}`}>
            {m.restoreLabel(m.kinds[k])}
          </label>
          <select
            id={`restore-${k}`}
            className="rb-input"
            value={choice[k]}
            onChange={(e) => setChoice({ ...choice, [k]: e.target.value })}
          >
            {POLICIES.filter((p) => p !== 'Never').map((p) => (
              <option key={p} value={p}>
                {m.policies[p]}
              </option>
            ))}
          </select>
        </div>
      ))}
      {due.isError && (
        <Alert severity="warning" role="alert">
          {m.countFailed}
        </Alert>
      )}
      <ul className="rb-p" aria-live="polite">
        {state.never.map((k) => (
          <li key={k}>{due.data ? m.resumeImpact(k, due.data[k]) : m.counting}</li>
        ))}
      </ul>
      <ApplyFooter
        apply={apply}
        label={m.confirmResume}
        held={!due.data}
        onConfirm={() =>
          apply.run(
            state.never.map((k) => ({ kind: k, field: 'deletionPolicy', value: choice[k] ?? 'Delay' })),
          )
        }
        onClose={onClose}
      />
    </div>
  );
}

function PauseForm({ state, onClose }: { state: RetentionState; onClose: () => void }) {
  const m = useT().retention;
  const apply = useApply(onClose, m.pausedDone);
  const running = RETENTION_KINDS.filter((k) => !state.never.includes(k));
  const pause = () => {
    const before: Partial<Record<ResourceKind, string>> = {};
    for (const k of running) before[k] = state.configs?.[k].policy;
    apply.run(
      running.map((k) => ({ kind: k, field: 'deletionPolicy', value: 'Never' })),
      () => notePolicies(before),
    );
  };
  return (
    <div role="group" aria-labelledby="pause-title" className="rb-stack">
      <h2 id="pause-title" className="rb-h6">
        {m.pauseTitle}
      </h2>
      <p className="rb-p">{m.pauseMeans}</p>
      <ApplyFooter apply={apply} label={m.confirmPause} onConfirm={pause} onClose={onClose} />
    </div>
  );
}

export function PausePanel({ state }: { state: RetentionState }) {
  const m = useT().retention;
  const [open, setOpen] = useState<'pause' | 'resume'>();
  const close = () => setOpen(undefined);
  const allPaused = state.never.length === RETENTION_KINDS.length;
  return (
    <div className="rb-stack">
      <div className="rb-row">
        {!allPaused && (
          <PlainButton variant="outlined" onClick={() => setOpen('pause')} aria-expanded={open === 'pause'}>
            {m.pause}
          </PlainButton>
        )}
        {state.never.length > 0 && (
          <PlainButton variant="outlined" onClick={() => setOpen('resume')} aria-expanded={open === 'resume'}>
            {m.resume}
          </PlainButton>
        )}
      </div>
      {open === 'pause' && <PauseForm state={state} onClose={close} />}
      {open === 'resume' && <ResumeForm state={state} onClose={close} />}
    </div>
  );
}
