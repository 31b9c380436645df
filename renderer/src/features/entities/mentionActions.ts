import { aliasesWith, linkMentionsOps, newEntityOps, sameTextMentions, splitMentionOps, unlinkMentionOp } from '../../core/entities/entityOps';
import { annotationText, type Annotation } from '../../core/model/annotation';
import type { Entity } from '../../core/model/entity';
import { newId } from '../../core/model/ids';
import { countOf } from '../../core/text/plural';
import type { ProjectRepository } from '../../storage/projectRepository';
import type { ReaderController } from '../reader/readerController';

/** What the reader reads to link mentions: the project's entities and mentions, fresh from the store. */
export type MentionReads = Pick<ProjectRepository, 'entities' | 'entity' | 'allMentions' | 'mentionsOf' | 'annotationsByIds'>;

/**
 * Linking the reader's entity mentions to the project's entities (E), and the offer that
 * follows: the other mentions that read the same. Each is one undoable action through the
 * reader, so the sidebar shows it at once.
 */
export class MentionActions {
  constructor(
    private readonly reader: ReaderController,
    private readonly reads: MentionReads | null,
  ) {}

  private get store() {
    return this.reader.store;
  }

  private picked(): Annotation | null {
    return this.store.find(this.store.get().entityPicking);
  }

  cancel(): void {
    this.store.setEntityPicking(null);
  }

  /** Links the mention being picked for to `entity`. */
  link(entity: Entity): void {
    const mention = this.picked();
    if (!mention) return;
    this.store.setEntityPicking(null);
    void this.reader.run(`Link “${annotationText(mention)}” to ${entity.name}`, linkMentionsOps(entity, [mention]), mention.id).then((ok) => {
      if (ok) void this.offerOthers(mention, entity);
    });
    this.store.say(`“${annotationText(mention)}” is ${entity.name}.`);
  }

  /** Creates an entity from the mention being picked for, and links it. */
  create(name: string, type: string): void {
    const mention = this.picked();
    if (!mention) return;
    this.store.setEntityPicking(null);
    const id = newId('e');
    const at = new Date().toISOString();
    const ops = newEntityOps(id, name, type, [mention], at);
    const entity: Entity = { id, name: name.trim(), type, aliases: aliasesWith({ name: name.trim(), aliases: [] }, [annotationText(mention)]), createdAt: at, updatedAt: at };
    void this.reader.run(`New entity ${entity.name}`, ops, mention.id).then((ok) => {
      if (ok) void this.offerOthers(mention, entity);
    });
    this.store.say(`New entity ${entity.name}, linked.`);
  }

  /** After a link: the project's other unlinked mentions that read the same, offered with a count. */
  private async offerOthers(mention: Annotation, entity: Entity): Promise<void> {
    if (!this.reads) return;
    const others = sameTextMentions(mention, await this.reads.allMentions());
    if (others.length === 0) return;
    this.store.offerSameText({ entityId: entity.id, entityName: entity.name, text: annotationText(mention), mentionIds: others.map((m) => m.id) });
  }

  /** Links the offered mentions too, in one action (one undo step). Reads them again: some may have been linked since. */
  async acceptOffer(): Promise<void> {
    const offer = this.store.get().sameText;
    this.store.offerSameText(null);
    if (!offer || !this.reads) return;
    const [entity, mentions] = await Promise.all([this.reads.entity(offer.entityId), this.reads.annotationsByIds(offer.mentionIds)]);
    if (!entity) {
      this.store.say(`${offer.entityName} no longer exists; nothing was linked.`);
      return;
    }
    const still = mentions.filter((m) => m.entityId === null);
    if (still.length === 0) return;
    void this.reader.run(`Link ${countOf(still.length, 'mention', 'mentions')} to ${entity.name}`, linkMentionsOps(entity, still), undefined);
    this.store.say(`Linked ${countOf(still.length, 'more mention', 'more mentions')} of “${offer.text}” to ${entity.name}.`);
  }

  declineOffer(): void {
    this.store.offerSameText(null);
  }

  unlink(mention: Annotation): void {
    void this.reader.run(`Unlink “${annotationText(mention)}”`, [unlinkMentionOp(mention.id)], mention.id);
  }

  /** Splits the mention off its entity into a new one named as it reads (undoes a merge for it). */
  async splitOff(mention: Annotation): Promise<void> {
    if (!this.reads || !mention.entityId) return;
    const [entity, mentions] = await Promise.all([this.reads.entity(mention.entityId), this.reads.mentionsOf(mention.entityId)]);
    if (!entity) return;
    const ops = splitMentionOps(newId('e'), mention, entity, mentions, new Date().toISOString());
    void this.reader.run(`Split “${annotationText(mention)}” off ${entity.name}`, ops, mention.id);
    this.store.say(`“${annotationText(mention)}” is now an entity of its own.`);
  }
}
