// Changing one kind's retention. Shortening the period or choosing Direct shows, per bin, what the next pass will
// expunge (counted on the server) and asks for that number typed; anything else is a plain confirmation.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { retentionQueries } from '../../api/retention.ts';
import type { ConfigChange } from '../../api/retention-change.ts';
import {
  POLICIES,
  type RetentionField,
  dueCutoff,
  needsTypedCount,
  validValue,
} from '../../api/retention-window.ts';
import { useApi } from '../../api/session.ts';
import { SelectField } from '../../components/plain/SelectField.tsx';
import { TextInput } from '../../components/plain/TextInput.tsx';
import { Alert } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/retention.ts';
import type { ResourceKind } from '../../zstack/inventories.ts';
import { ApplyFooter } from './ApplyFooter.tsx';
import { useApply } from './use-apply.ts';
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

type Values = Record<RetentionField, string>;

/** The form's values against what is in force: the changes, the first invalid one, and whether a count is typed. */
function useChangeForm(kind: ResourceKind, state: RetentionState) {
  const current = state.configs?.[kind];
  const [values, setValues] = useState<Values>({
    deletionPolicy: current?.policy ?? 'Delay',
    expungePeriod: String(current?.periodSeconds ?? ''),
    expungeInterval: String(current?.intervalSeconds ?? ''),
  });
  const [reviewing, setReviewing] = useState(false);
  const was: Values = {
    deletionPolicy: current?.policy ?? '',
    expungePeriod: String(current?.periodSeconds),
    expungeInterval: String(current?.intervalSeconds),
  };
  const changes: ConfigChange[] = (Object.keys(values) as RetentionField[])
    .map((field) => ({ kind, field, value: values[field].trim() }))
    .filter((c) => c.value !== was[c.field]);
  const invalid = changes.find((c) => !validValue(c.field, c.value));
  const typedNeeded =
    current !== undefined && changes.some((c) => needsTypedCount(current, c.field, c.value));
  const set = (field: RetentionField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setReviewing(false);
  };
  return { values, set, changes, invalid, typedNeeded, reviewing, setReviewing };
}

function Fields({ values, set }: { values: Values; set: (f: RetentionField, v: string) => void }) {
  const m = useT().retention;
  return (
    <>
      <SelectField
        id="change-policy"
        label={m.policyLabel}
        value={values.deletionPolicy}
        options={POLICIES.map((p) => ({ value: p, label: m.policies[p] }))}
        onChange={(v) => set('deletionPolicy', v)}
      />
      {(['expungePeriod', 'expungeInterval'] as const).map((field) => (
        <TextInput
          key={field}
          label={field === 'expungePeriod' ? m.periodLabel : m.intervalLabel}
          value={values[field]}
          inputMode="numeric"
          onChange={(v) => set(field, v)}
          aria-invalid={!validValue(field, values[field])}
        />
      ))}
    </>
  );
}

export function ChangePanel({ kind, state, onClose }: Props) {
  const m = useT().retention;
  const api = useApi();
  const form = useChangeForm(kind, state);
  const { changes, invalid, typedNeeded, reviewing } = form;
  const [typed, setTyped] = useState('');
  const apply = useApply(onClose, m.applied);
  const cutoff = dueCutoff(minute(state.nodeNow), Number(form.values.expungePeriod));
  const due = useQuery({
    ...retentionQueries.due(api, { vm: 0, volume: 0, image: 0, [kind]: cutoff }, state.offsetMinutes),
    enabled: reviewing && typedNeeded,
  });
  const confirmed = !typedNeeded || (due.data !== undefined && typed.trim() === String(due.data[kind]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reviewing) form.setReviewing(changes.length > 0 && !invalid);
    else if (confirmed) apply.run(changes);
  };
  return (
    <form className="rb-stack" aria-labelledby="change-title" onSubmit={submit}>
      <h2 id="change-title" className="rb-h6">
        {m.changeTitle(m.kinds[kind])}
      </h2>
      <Fields values={form.values} set={form.set} />
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
          direct={form.values.deletionPolicy === 'Direct'}
          typed={typed}
          setTyped={setTyped}
        />
      )}
      {reviewing && typedNeeded && typed !== '' && !confirmed && (
        <p className="rb-p" role="alert">
          {m.typedWrong}
        </p>
      )}
      <ApplyFooter
        apply={apply}
        label={reviewing ? m.apply : m.review}
        held={changes.length === 0 || !!invalid || (reviewing && !confirmed)}
        onClose={onClose}
      />
    </form>
  );
}
