// The items of a restore plan: each with a checkbox to leave it out, what the run will do with it, its marks and,
// for a VM, its old IP address (optional).
import { Link } from 'react-router-dom';
import type { Plan, PlanItem } from '../../api/restore-plan.ts';
import { paths } from '../../components/paths.ts';
import { PlainTable } from '../../components/plain/PlainTable.tsx';
import { cls } from '../../components/plain/classes.ts';
import { TextInput } from '../../components/plain/TextInput.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/restore.ts';
import { markText } from '../../api/restore-marks.ts';
import { stepText } from './step-text.ts';

export interface PlanTableProps {
  plan: Plan;
  included: ReadonlySet<string>;
  onToggle: (uuid: string, on: boolean) => void;
  startAfter: boolean;
  ips: Readonly<Record<string, string>>;
  ipErrors: Readonly<Record<string, string>>;
  onIp: (uuid: string, value: string) => void;
}

function Marks({ item }: { item: PlanItem }) {
  const t = useT();
  const m = t.restore;
  if (item.marks.length === 0) return null;
  return (
    <ul className="rb-plan-marks">
      {item.marks.map((mark, i) => (
        <li key={i} className={`rb-plan-mark rb-plan-mark-${mark.severity}`}>
          <strong>{m.severity[mark.severity]}</strong> {markText(mark, t)}
        </li>
      ))}
    </ul>
  );
}

function Row({
  item,
  props,
  vmName,
}: {
  item: PlanItem;
  props: PlanTableProps;
  vmName: (u: string) => string;
}) {
  const t = useT();
  const m = t.restore;
  const on = props.included.has(item.uuid);
  const found = !item.marks.some((k) => k.rule === 'not-found');
  const ipError = props.ipErrors[item.uuid];
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          className="rb-checkbox"
          checked={on}
          aria-label={m.include(item.name)}
          onChange={(e) => props.onToggle(item.uuid, e.target.checked)}
        />
      </td>
      <td>
        {found ? (
          <Link className={cls.nameLink} to={paths.page(item.kind, item.uuid)}>
            {item.name}
          </Link>
        ) : (
          <span className="rb-mono">{item.name}</span>
        )}
        <div className="rb-muted">{m.kinds[item.kind]}</div>
      </td>
      <td>
        {stepText(item, on, props.startAfter, vmName, t)}
        {on && item.kind === 'vm' && (item.l3Networks?.length ?? 0) > 0 && (
          <>
            <TextInput
              label={m.ipLabel(item.name)}
              value={props.ips[item.uuid] ?? ''}
              onChange={(v) => props.onIp(item.uuid, v)}
              inputMode="decimal"
              autoComplete="off"
              aria-invalid={ipError !== undefined}
            />
            {ipError !== undefined && <p className="rb-help rb-help-invalid">{ipError}</p>}
          </>
        )}
      </td>
      <td>
        <Marks item={item} />
      </td>
    </tr>
  );
}

export function PlanTable(props: PlanTableProps) {
  const m = useT().restore;
  const names = new Map(props.plan.items.map((i) => [i.uuid, i.name]));
  const vmName = (uuid: string) => names.get(uuid) ?? uuid;
  return (
    <PlainTable
      label={m.tableLabel}
      headers={[m.columns.include, m.columns.item, m.columns.plan, m.columns.marks]}
    >
      {props.plan.items.map((item) => (
        <Row key={`${item.kind}:${item.uuid}`} item={item} props={props} vmName={vmName} />
      ))}
    </PlainTable>
  );
}
