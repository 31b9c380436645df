import { aliasesWith, deleteEntityOp, mergeEntitiesOps, refuseEntityName, renameEntityOps } from '../../core/entities/entityOps';
import type { Entity } from '../../core/model/entity';
import { nameKey } from '../../core/entities/nameKey';
import type { ProjectRepository } from '../../storage/projectRepository';
import type { ActionHistory } from '../history/actionHistory';

/**
 * What the entity page does to an entity: each is one undoable action. Refusals come back
 * as a sentence to show next to the field; null means it was dispatched.
 */
export class EntityActions {
  constructor(
    private readonly history: ActionHistory,
    private readonly repo: ProjectRepository,
  ) {}

  private run(label: string, ops: Parameters<ActionHistory['execute']>[1]): void {
    this.history.execute(label, ops).stored.catch(() => undefined);
  }

  rename(entity: Entity, name: string, all: readonly Entity[]): string | null {
    const refusal = refuseEntityName(name, all, entity.id);
    if (refusal) return refusal;
    this.run(`Rename entity ${entity.name} to ${name.trim()}`, renameEntityOps(entity, name));
    return null;
  }

  retype(entity: Entity, type: string, label: string): void {
    if (entity.type !== type) this.run(`${entity.name} is a ${label.toLowerCase()}`, [{ table: 'entities', op: 'update', id: entity.id, set: { type } }]);
  }

  addAlias(entity: Entity, alias: string): string | null {
    const clean = alias.trim();
    if (!clean) return 'Type the other name first.';
    const aliases = aliasesWith(entity, [clean]);
    if (aliases.length === entity.aliases.length) return `${entity.name} already goes by “${clean}”.`;
    this.run(`Alias “${clean}” for ${entity.name}`, [{ table: 'entities', op: 'update', id: entity.id, set: { aliases } }]);
    return null;
  }

  removeAlias(entity: Entity, alias: string): void {
    const aliases = entity.aliases.filter((a) => nameKey(a) !== nameKey(alias));
    this.run(`Remove alias “${alias}” of ${entity.name}`, [{ table: 'entities', op: 'update', id: entity.id, set: { aliases } }]);
  }

  /** Merges `gone` into `keep`, reading what points at `gone` when the analyst confirms. */
  async merge(keep: Entity, gone: Entity): Promise<void> {
    const referring = await this.repo.annotationsReferring(gone.id);
    this.run(`Merge ${gone.name} into ${keep.name}`, mergeEntitiesOps(keep, gone, referring));
  }

  delete(entity: Entity): void {
    this.run(`Delete entity ${entity.name}`, [deleteEntityOp(entity.id)]);
  }
}
