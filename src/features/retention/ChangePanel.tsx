// Changing one kind's retention. Shortening the period or choosing Direct shows, per bin, what the next pass will
// expunge (counted on the server) and asks for that number typed; anything else is a plain confirmation.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { retentionQueries } from '../../api/retention.ts';
import { type ConfigChange, useRetentionChange } from '../../api/retention-change.ts';
import {
  POLICIES,
  type RetentionField,
  dueCutoff,
  needsTypedCount,
  validValue,
} from '../../api/retention-window.ts';
import { useApi } from '../../api/session.ts';
import { useBusyGuard } from '../../components/busy-guard.ts';
import { ErrorCodeView } from '../../components/plain/ErrorCodeView.tsx';
import { useNotify } from '../../components/plain/Notifier.tsx';
import { TextInput } from '../../components/plain/TextInput.tsx';
import { Alert, PlainButton } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/retention.ts';
import type { ResourceKind } from '../../zstack/inventories.ts';
import { minute, type RetentionState } from './use-retention.ts';

interface Props {
  kind: ResourceKind;
  state: RetentionState;
  onClose: () => void;
}

function Impact(props: {
  kind: ResourceKind;
  n: number | undefined;
  failed: boolean;
  direct: boolean;
  typed: string;
  setTyped: (v: string) => void;
}) {
  const m = useT().retention;
  const { kind, n } = props;
  return (
    <div role="group" aria-labelledby="impact-title" className="rb-stack">
      <h3 id="impact-title" className="rb-h6">
        {m.impactTitle}
      </h3>
      {props.failed && <Alert severity="warning">{m.countFailed}</Alert>}
      <p className="rb-p" aria-live="polite">
        {n === undefined ? m.counting : props.direct ? m.directImpact(kind, n) : m.impactLine(kind, n)}
      </p>
      {n !== undefined && (
        <TextInput
          label={m.typeToConfirm(n)}
          value={props.typed}
          onChange={props.setTyped}
          inputMode="numeric"
          autoComplete="off"
        />
      )}
    </div>
  );
}

export function ChangePanel({ kind, state, onClose }: Props) {
  const m = useT().retention;
  const api = useApi();
  const notify = useNotify();
  const guard = useBusyGuard();
  const change = useRetentionChange();
  const current = state.configs?.[kind];
  const [policy, setPolicy] = useState(current?.policy ?? 'Delay');
  const [period, setPeriod] = useState(String(current?.periodSeconds ?? ''));
  const [interval, setInterval] = useState(String(current?.intervalSeconds ?? ''));
  const [reviewing, setReviewing] = useState(false);
  const [typed, setTyped] = useState('');
  const values: Record<RetentionField, string> = {
    deletionPolicy: policy,
    expungePeriod: period.trim(),
    expungeInterval: interval.trim(),
  };
  const was: Record<RetentionField, string> = {
    deletionPolicy: current?.policy ?? '',
    expungePeriod: String(current?.periodSeconds),
    expungeInterval: String(current?.intervalSeconds),
  };
  const changes: ConfigChange[] = (Object.keys(values) as RetentionField[])
    .filter((f) => values[f] !== was[f])
    .map((field) => ({ kind, field, value: values[field] }));
  const invalid = changes.find((c) => !validValue(c.field, c.value));
  const typedNeeded =
    current !== undefined && changes.some((c) => needsTypedCount(current, c.field, c.value));
  const cutoff = dueCutoff(minute(state.nodeNow), Number(values.expungePeriod));
  const due = useQuery({
    ...retentionQueries.due(api, { vm: 0, volume: 0, image: 0, [kind]: cutoff }, state.offsetMinutes),
    enabled: reviewing && typedNeeded,
  });
  const confirmed = !typedNeeded || (due.data !== undefined && typed.trim() === String(due.data[kind]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reviewing) {
      setReviewing(changes.length > 0 && !invalid);
      return;
    }
    if (!confirmed || !guard.claim()) return;
    change.mutate(changes, {
      onSuccess: () => {
        notify(m.applied);
        onClose();
      },
      onSettled: guard.release,
    });
  };
  return (
    <form className="rb-stack" aria-labelledby="change-title" onSubmit={submit}>
      <h2 id="change-title" className="rb-h6">
        {m.changeTitle(m.kinds[kind])}
      </h2>
      <div className="rb-field">
        <label className="rb-label" htmlFor="change-policy">
          {m.policyLabel}
        </label>
        <select
          id="change-policy"
          className="rb-input"
          value={policy}
          onChange={(e) => {
            setPolicy(e.target.value);
            setReviewing(false);
          }}
        >
          {POLICIES.map((p) => (
            <option key={p} value={p}>
              {m.policies[p]}
            </option>
          ))}
        </select>
      </div>
      <TextInput
        label={m.periodLabel}
        value={period}
        inputMode="numeric"
        onChange={(v) => {
          setPeriod(v);
          setReviewing(false);
        }}
        aria-invalid={!validValue('expungePeriod', period)}
      />
      <TextInput
        label={m.intervalLabel}
        value={interval}
        inputMode="numeric"
        onChange={(v) => {
          setInterval(v);
          setReviewing(false);
        }}
        aria-invalid={!validValue('expungeInterval', interval)}
      />
      {invalid && (
        <p className="rb-p" role="alert">
          {invalid.field === 'expungePeriod' ? m.invalidPeriod : m.invalidInterval}
        </p>
      )}
      {changes.length === 0 && <p className="rb-p">{m.noChange}</p>}
      {reviewing && typedNeeded && (
        <Impact
          kind={kind}
          n={due.data?.[kind]}
          failed={due.isError}
          direct={policy === 'Direct'}
          typed={typed}
          setTyped={setTyped}
        />
      )}
      {reviewing && typedNeeded && typed !== '' && !confirmed && (
        <p className="rb-p" role="alert">
          {m.typedWrong}
        </p>
      )}
      {change.isError && <ErrorCodeView error={change.error} title={m.refused} />}
      <div className="rb-row">
        <PlainButton
          type="submit"
          variant="contained"
          disabled={changes.length === 0 || !!invalid || (reviewing && !confirmed)}
        >
          {reviewing ? m.apply : m.review}
        </PlainButton>
        <PlainButton onClick={onClose}>{m.cancel}</PlainButton>
      </div>
    </form>
  );
}
