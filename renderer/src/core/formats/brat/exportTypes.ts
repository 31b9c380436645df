import { DEFAULT_LINK_TYPES, type LinkTypeDef } from '../../model/link';
import { inOrder, type TagDef } from '../../model/tagSchema';
import { bratTypeName, NameAllocator } from './bratNames';

/**
 * The brat names an export gives tags, link types and attributes: made from labels, distinct,
 * and given to every tag and link type of the project in its order, used or not, so that a
 * type keeps its name from one export to the next.
 */
export class ExportTypes {
  private readonly types = new NameAllocator();
  private readonly tagNames = new Map<string, string>();
  private readonly linkNames = new Map<string, string>();
  private readonly attributeNames = new Map<string, { names: NameAllocator; byKey: Map<string, string> }>();
  readonly tags: TagDef[];
  readonly linkTypes: LinkTypeDef[];

  constructor(tags: readonly TagDef[], linkTypes: readonly LinkTypeDef[]) {
    this.tags = inOrder(tags);
    this.linkTypes = [...DEFAULT_LINK_TYPES, ...linkTypes.filter((t) => !DEFAULT_LINK_TYPES.some((d) => d.id === t.id))];
    for (const tag of this.tags) this.tagName(tag.id);
    for (const type of this.linkTypes) this.linkTypeName(type.id);
  }

  tag(id: string): TagDef | undefined {
    return this.tags.find((t) => t.id === id);
  }

  linkType(id: string): LinkTypeDef | undefined {
    return this.linkTypes.find((t) => t.id === id);
  }

  tagName(id: string): string {
    return remember(this.tagNames, id, () => this.types.take(bratTypeName(this.tag(id)?.label ?? '') || bratTypeName(id), 'Tag'));
  }

  linkTypeName(id: string): string {
    return remember(this.linkNames, id, () => this.types.take(bratTypeName(this.linkType(id)?.label ?? '') || bratTypeName(id), 'Link'));
  }

  /** Attribute names are distinct within a tag; two tags' attributes of one label share a name, and so a line in annotation.conf. */
  attributeName(tagId: string, key: string): string {
    let names = this.attributeNames.get(tagId);
    if (!names) {
      names = { names: new NameAllocator(), byKey: new Map() };
      this.attributeNames.set(tagId, names);
      for (const def of this.tag(tagId)?.attributes ?? []) {
        names.byKey.set(def.id, names.names.take(bratTypeName(def.label) || bratTypeName(def.id), 'Attribute'));
      }
    }
    const own = names;
    return remember(own.byKey, key, () => own.names.take(bratTypeName(key), 'Attribute'));
  }
}

function remember(map: Map<string, string>, key: string, make: () => string): string {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
