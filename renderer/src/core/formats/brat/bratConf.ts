/**
 * annotation.conf: what types a brat collection declares. Read to tell entity types from
 * event types and to warn about types a file uses that the collection never declared; written
 * so that brat accepts what the export holds.
 */

export interface AnnotationConf {
  entities: Set<string>;
  /** Relation types, with whether brat draws them both ways (`<REL-TYPE>:symmetric…`). */
  relations: Map<string, { symmetric: boolean }>;
  events: Set<string>;
  /** Attribute names, with their `Value:` list (empty for a binary attribute). */
  attributes: Map<string, string[]>;
}

type Section = 'entities' | 'relations' | 'events' | 'attributes';
const SECTIONS: readonly Section[] = ['entities', 'relations', 'events', 'attributes'];

export function emptyConf(): AnnotationConf {
  return { entities: new Set(), relations: new Map(), events: new Set(), attributes: new Map() };
}

/** Reads the four sections; macros (`<POG>=…`), overlap rules and other sections are passed over. */
export function parseAnnotationConf(text: string): AnnotationConf {
  const conf = emptyConf();
  let section: Section | null = null;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      const name = (header[1] ?? '').trim().toLowerCase();
      section = (SECTIONS as readonly string[]).includes(name) ? (name as Section) : null;
      continue;
    }
    if (!section || line.startsWith('<')) continue;
    const [first = '', ...others] = line.split(/\s+/);
    // `!Type` declares a type that only groups others (brat will not annotate with it).
    const name = first.replace(/^!/, '');
    if (!name) continue;
    const rest = others.join(' ');
    if (section === 'entities') conf.entities.add(name);
    else if (section === 'events') conf.events.add(name);
    else if (section === 'relations') conf.relations.set(name, { symmetric: /<REL-TYPE>\s*:\s*symmetric/i.test(rest) });
    else conf.attributes.set(name, valuesOf(rest));
  }
  return conf;
}

function valuesOf(spec: string): string[] {
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon > 0 && part.slice(0, colon).trim() === 'Value') {
      return part
        .slice(colon + 1)
        .split('|')
        .map((v) => v.trim())
        .filter(Boolean);
    }
  }
  return [];
}

export interface RelationDecl {
  name: string;
  arg1: readonly string[];
  arg2: readonly string[];
}

export interface AttributeDecl {
  name: string;
  /** The types whose annotations carry it. */
  args: readonly string[];
  /** Empty: a binary attribute. */
  values: readonly string[];
}

export interface ConfDecls {
  heading: string;
  entities: readonly string[];
  relations: readonly RelationDecl[];
  attributes: readonly AttributeDecl[];
}

/** annotation.conf with all four sections, as brat requires even when one is empty. */
export function writeAnnotationConf(decls: ConfDecls): string {
  const relation = (r: RelationDecl) => `${r.name}\tArg1:${r.arg1.join('|')}, Arg2:${r.arg2.join('|')}`;
  const attribute = (a: AttributeDecl) => `${a.name}\tArg:${a.args.join('|')}${a.values.length > 0 ? `, Value:${a.values.join('|')}` : ''}`;
  const section = (name: Section, lines: readonly string[]) => [`[${name}]`, '', ...lines, ...(lines.length > 0 ? [''] : [])];
  return [
    ...decls.heading.split('\n').map((l) => `# ${l}`),
    '',
    ...section('entities', decls.entities),
    ...section('relations', decls.relations.map(relation)),
    ...section('events', []),
    ...section('attributes', decls.attributes.map(attribute)),
  ].join('\n');
}
