// Answers are untrusted, and some are deep: nothing here recurses, so a chain of any depth cannot overflow the stack.

/** How many levels of an ErrorCode's cause chain the console keeps; ZStack's own chains are a few levels deep. */
export const MAX_CAUSE_LEVELS = 32;

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The direct causes of a raw ErrorCode (`cause` and the members of `causes`) that are objects. */
function causesOf(node: Json): Json[] {
  const list: unknown[] = Array.isArray(node.causes) ? node.causes : [];
  return [node.cause, ...list].filter(isObject);
}

/** Sets a member as JSON.parse would: a key named `__proto__` stays an own member. */
function put(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** As put, but a plain assignment (much faster) for every other key: only `__proto__` would set the prototype. */
function setMember(target: Json, key: string, value: unknown): void {
  if (key === '__proto__') put(target, key, value);
  else target[key] = value;
}

/** How many levels lie below `roots` (1 when they have no causes of their own). */
function levelsBelow(roots: Json[]): number {
  let levels = 0;
  for (let layer = roots; layer.length > 0; layer = layer.flatMap(causesOf)) levels += 1;
  return levels;
}

/**
 * A copy of a raw ErrorCode with at most MAX_CAUSE_LEVELS levels. A level whose causes were cut says how many
 * levels were left out in `hiddenLevels`, which the console sets itself: one sent above the last level is dropped.
 */
export function cutCauseChain(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const top: Json = { ...raw };
  const stack: { node: Json; depth: number }[] = [{ node: top, depth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item;
    const below = causesOf(node);
    // Kept only where a cut leaves it (a chain read back from storage): anywhere else it was not ours.
    if (depth !== MAX_CAUSE_LEVELS || below.length > 0) delete node.hiddenLevels;
    if (below.length === 0) continue;
    if (depth >= MAX_CAUSE_LEVELS) {
      delete node.cause;
      delete node.causes;
      put(node, 'hiddenLevels', levelsBelow(below));
      continue;
    }
    if (isObject(node.cause)) {
      const cause: Json = { ...node.cause };
      node.cause = cause;
      stack.push({ node: cause, depth: depth + 1 });
    }
    if (Array.isArray(node.causes)) {
      const list: unknown[] = node.causes.map((c: unknown) => (isObject(c) ? { ...c } : c));
      node.causes = list;
      for (const c of list) if (isObject(c)) stack.push({ node: c, depth: depth + 1 });
    }
  }
  return top;
}

/** ZStack omits null members; servers that send them as `null` are read the same way. Nulls inside arrays stay. */
export function dropNulls(root: unknown): unknown {
  const holder: Json = {};
  const stack: { value: object; parent: Json | unknown[]; key: string | number }[] = [];
  // Primitives are copied at once; only objects and arrays wait on the stack (deep answers need no recursion).
  const place = (parent: Json | unknown[], key: string | number, value: unknown) => {
    const nested = typeof value === 'object' && value !== null;
    if (nested) stack.push({ value, parent, key });
    // An object's member is set even when nested (filled in later): it keeps the order the members were sent in.
    if (Array.isArray(parent)) parent[Number(key)] = nested ? undefined : value;
    else setMember(parent, String(key), nested ? undefined : value);
  };
  place(holder, 'root', root);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, parent, key } = item;
    let copy: unknown;
    if (Array.isArray(value)) {
      const list = new Array<unknown>(value.length);
      copy = list;
      value.forEach((x: unknown, i) => place(list, i, x));
    } else {
      const target: Json = {};
      copy = target;
      for (const [k, x] of Object.entries(value)) if (x !== null) place(target, k, x);
    }
    if (Array.isArray(parent)) parent[Number(key)] = copy;
    else setMember(parent, String(key), copy);
  }
  return holder.root;
}

/** JSON text of an answer's part, or undefined when it is too deep for JSON.stringify (its recursion throws). */
export function jsonText(value: unknown, space?: number): string | undefined {
  try {
    return JSON.stringify(value, null, space);
  } catch {
    return undefined;
  }
}
