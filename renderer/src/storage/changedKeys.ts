/** A node of Dexie's interval tree of mutated keys, as it arrives (from another tab it is a plain object). */
interface KeyRangeNode {
  from?: unknown;
  to?: unknown;
  l?: KeyRangeNode | null;
  r?: KeyRangeNode | null;
}

/**
 * The primary keys a change touched, from the parts of Dexie's `storagemutated` event for one
 * table (`idb://db/table/` for rows written, `idb://db/table/:dels` for rows deleted); `'all'`
 * when a part is a range rather than single keys (a clear, a range delete) or when there are
 * more than `limit` keys, so that reading them one by one would cost more than reading again.
 */
export function changedKeys(parts: Readonly<Record<string, unknown>>, db: string, table: string, limit = 1000): string[] | 'all' | null {
  // `all` is what Dexie sends when a page comes back from the back-forward cache: anything may have changed.
  if (parts.all) return 'all';
  const prefix = `idb://${db}/${table}/`;
  const keys = new Set<string>();
  let touched = false;
  for (const part of [prefix, `${prefix}:dels`]) {
    const tree = parts[part] as KeyRangeNode | undefined;
    if (!tree) continue;
    touched = true;
    const stack: KeyRangeNode[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop() as KeyRangeNode;
      if (node.l) stack.push(node.l);
      if (node.r) stack.push(node.r);
      if (node.from === undefined) continue; // an empty tree
      if (typeof node.from !== 'string' || node.to !== node.from) return 'all';
      keys.add(node.from);
      if (keys.size > limit) return 'all';
    }
  }
  return touched ? [...keys] : null;
}
