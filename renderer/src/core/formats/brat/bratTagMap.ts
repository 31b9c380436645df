import type { AttributeValue } from '../../model/annotation';
import { inOrder, OKABE_ITO, type AttributeDef, type TagDef } from '../../model/tagSchema';
import { namesThing, typeKey } from './bratNames';
import { hexColour, type VisualConf } from './visualConf';

/** What an attribute line becomes on an annotation. */
export interface MappedAttribute {
  key: string;
  value: AttributeValue;
  /** False when the annotation's tag has no such attribute: the value is kept under the brat name, unseen in the sidebar. */
  defined: boolean;
}

/** The next colour of the Okabe-Ito palette, preferring one no tag uses yet. */
export function paletteColour(used: readonly string[], n: number): string {
  const free = OKABE_ITO.filter((c) => !used.includes(c));
  const from = free.length > 0 ? free : OKABE_ITO;
  return from[n % from.length] ?? '#999999';
}

/**
 * brat types → the project's tags. A type names a tag by label or id (case, `_` against space
 * not counted); any other type becomes a new tag, of kind `claim` when it is an event type (an
 * event mention states that something happened), else `entity`.
 */
export class BratTagMap {
  readonly newTags: TagDef[] = [];
  private readonly tags: TagDef[];
  private readonly byType = new Map<string, TagDef>();

  constructor(
    tags: readonly TagDef[],
    private readonly eventTypes: ReadonlySet<string>,
    private readonly newId: (prefix: string) => string,
  ) {
    this.tags = inOrder(tags);
  }

  /** A tag of the project or of this import, by id. */
  known(id: string): TagDef | undefined {
    return this.tags.find((t) => t.id === id) ?? this.newTags.find((t) => t.id === id);
  }

  /** The tag a type names, without adding one. */
  find(type: string): TagDef | undefined {
    return this.byType.get(typeKey(type)) ?? this.tags.find((t) => namesThing(type, t));
  }

  tagFor(type: string, visual: VisualConf | null): { tag: TagDef; added: boolean } {
    const key = typeKey(type);
    const known = this.byType.get(key) ?? this.tags.find((t) => namesThing(type, t));
    if (known) {
      this.byType.set(key, known);
      return { tag: known, added: false };
    }
    const tag: TagDef = {
      id: this.newId('tag'),
      label: visual?.labels.get(type) ?? type.replace(/_/g, ' '),
      kind: this.eventTypes.has(type) ? 'claim' : 'entity',
      color:
        hexColour(visual?.drawing.get(type)?.get('bgColor')) ??
        paletteColour(
          [...this.tags, ...this.newTags].map((t) => t.color),
          this.newTags.length,
        ),
      key: '',
      order: Math.max(0, ...this.tags.map((t) => t.order), ...this.newTags.map((t) => t.order)) + 1,
      attributes: [],
    };
    this.newTags.push(tag);
    this.byType.set(key, tag);
    return { tag, added: true };
  }

  /**
   * An attribute line on an annotation of `tag`: stored under the tag's attribute of that
   * name; a new tag gets the attribute (a choice of the declared values, `true` for a binary
   * one); a tag of the project that lacks it keeps the value under the brat name.
   */
  attribute(tag: TagDef, name: string, value: string | true, declared: readonly string[] | undefined): MappedAttribute {
    let def = tag.attributes.find((d) => namesThing(name, d));
    if (!def && this.newTags.includes(tag)) {
      def = { id: this.newId('attr'), label: name.replace(/_/g, ' '), type: 'choice', choices: [...(declared ?? [])] };
      tag.attributes.push(def);
    }
    if (!def) return { key: name, value, defined: false };
    if (this.newTags.includes(tag)) addChoice(def, value === true ? 'true' : value);
    return { key: def.id, value: typed(def, value), defined: true };
  }
}

function addChoice(def: AttributeDef, value: string): void {
  if (def.type === 'choice' && !def.choices.includes(value)) def.choices.push(value);
}

function typed(def: AttributeDef, value: string | true): AttributeValue {
  if (value === true || def.type !== 'number') return value;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}
