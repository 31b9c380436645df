import { DEFAULT_LINK_TYPES, type LinkTypeDef } from '../../model/link';
import type { AnnotationConf } from './bratConf';
import { namesThing, typeKey } from './bratNames';
import { paletteColour } from './bratTagMap';
import { hexColour, type VisualConf } from './visualConf';

/**
 * brat relation types (and the `<Event>-<Role>` types event roles become) → the project's link
 * types, by label or id; any other type becomes a new link type.
 */
export class BratLinkTypeMap {
  readonly newLinkTypes: LinkTypeDef[] = [];
  private readonly known: LinkTypeDef[];
  private readonly byType = new Map<string, LinkTypeDef>();

  constructor(
    linkTypes: readonly LinkTypeDef[],
    private readonly newId: (prefix: string) => string,
  ) {
    this.known = [...DEFAULT_LINK_TYPES, ...linkTypes.filter((t) => !DEFAULT_LINK_TYPES.some((d) => d.id === t.id))];
  }

  /** A link type of the project or of this import with this id. */
  byId(id: string): LinkTypeDef | undefined {
    return this.known.find((t) => t.id === id) ?? this.newLinkTypes.find((t) => t.id === id);
  }

  typeFor(type: string, visual: VisualConf | null, conf: AnnotationConf | null): { type: LinkTypeDef; added: boolean } {
    const key = typeKey(type);
    const found = this.byType.get(key) ?? this.known.find((t) => namesThing(type, t));
    if (found) {
      this.byType.set(key, found);
      return { type: found, added: false };
    }
    const def: LinkTypeDef = {
      id: this.newId('lt'),
      label: visual?.labels.get(type) ?? type.replace(/_/g, ' '),
      color: hexColour(visual?.drawing.get(type)?.get('color')) ?? paletteColour([...this.known, ...this.newLinkTypes].map((t) => t.color), this.newLinkTypes.length),
      // No direction where annotation.conf calls the relation symmetric, or visual.conf draws it without an arrowhead (as the export does).
      directed: !(conf?.relations.get(type)?.symmetric ?? false) && visual?.drawing.get(type)?.get('arrowHead') !== 'none',
      key: '',
    };
    this.newLinkTypes.push(def);
    this.byType.set(key, def);
    return { type: def, added: true };
  }
}
