import type { AttributeDecl, ConfDecls, RelationDecl } from './bratConf';

/** Gathers, while the documents are written, the types annotation.conf has to declare: those used, no more. */
export class ConfCollector {
  private readonly entities = new Set<string>();
  private readonly relations = new Map<string, { arg1: Set<string>; arg2: Set<string> }>();
  private readonly attributes = new Map<string, { args: Set<string>; values: string[] }>();

  entity(type: string): void {
    this.entities.add(type);
  }

  relation(name: string, arg1: string, arg2: string): void {
    const r = this.relations.get(name) ?? { arg1: new Set<string>(), arg2: new Set<string>() };
    r.arg1.add(arg1);
    r.arg2.add(arg2);
    this.relations.set(name, r);
  }

  /** `choices`: the values the tag's attribute offers, declared before the ones used. */
  attribute(name: string, arg: string, value: string | true, choices: readonly string[] = []): void {
    const a = this.attributes.get(name) ?? { args: new Set<string>(), values: [] };
    a.args.add(arg);
    for (const v of value === true ? choices : [...choices, value]) if (!a.values.includes(v) && isDeclarable(v)) a.values.push(v);
    this.attributes.set(name, a);
  }

  decls(heading: string, order: readonly string[]): ConfDecls {
    const rank = (t: string) => {
      const i = order.indexOf(t);
      return i < 0 ? order.length : i;
    };
    const sorted = (s: Set<string>) => [...s].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const relations: RelationDecl[] = [...this.relations].map(([name, r]) => ({ name, arg1: sorted(r.arg1), arg2: sorted(r.arg2) }));
    // A binary attribute has no Value list; one used both ways is declared with its values.
    const attributes: AttributeDecl[] = [...this.attributes].map(([name, a]) => ({ name, args: sorted(a.args), values: a.values }));
    return { heading, entities: sorted(this.entities), relations, attributes };
  }
}

/** annotation.conf separates values with `|` and settings with `,`: a value holding either cannot be declared. */
function isDeclarable(value: string): boolean {
  return value.trim() !== '' && !/[|,\t]/.test(value);
}
