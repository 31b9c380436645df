import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { matchEntities, type EntityMatch } from '../../core/entities/matchEntities';
import { annotationText, type Annotation } from '../../core/model/annotation';
import type { Entity } from '../../core/model/entity';
import type { TagSchema } from '../../core/model/tagSchema';
import { Dialog } from '../common/Dialog';
import { useLoaded } from '../common/useLoaded';

export interface EntityPickerProps {
  mention: Annotation;
  /** The project's entities, read when the picker opens. */
  loadEntities(): Promise<Entity[]>;
  schema: TagSchema;
  onLink(entity: Entity): void;
  onCreate(name: string, type: string): void;
  onClose(): void;
}

/** Why an entity is offered, in words: by its name, or by one of its aliases. */
function why(m: EntityMatch): string {
  const alias = m.matched === m.entity.name ? null : `“${m.matched}”`;
  switch (m.how) {
    case 'exact':
      return alias ? `alias ${alias}` : 'same name';
    case 'variant':
      return alias ? `another spelling of ${alias}` : 'another spelling of the name';
    case 'fuzzy':
      return alias ? `close to ${alias}` : 'a close spelling of the name';
    case 'prefix':
      return alias ? `the start of ${alias}` : 'the start of the name';
  }
}

/**
 * E: the entities the mention may be (by name, alias, spelling variant or a close spelling),
 * or a new one made from it. Typing searches all entities; arrows and Enter pick, as in the link picker.
 */
export function EntityPicker({ mention, loadEntities, schema, onLink, onCreate, onClose }: EntityPickerProps) {
  const text = annotationText(mention);
  const { value: entities, error } = useLoaded(loadEntities, 'entities');
  const [query, setQuery] = useState(text);
  const [active, setActive] = useState(0);
  const entityTags = schema.tags.filter((t) => t.kind === 'entity');
  const [type, setType] = useState(entityTags.some((t) => t.id === mention.tag) ? mention.tag : (entityTags[0]?.id ?? mention.tag));

  const matches = useMemo(() => (entities && query.trim() ? matchEntities(query.trim(), entities, 8) : []), [entities, query]);
  const name = query.trim();
  // The last row makes a new entity; Enter on it creates.
  const rows = matches.length + (name ? 1 : 0);
  useEffect(() => setActive(0), [query]);

  const pick = (i: number) => {
    const m = matches[i];
    if (m) onLink(m.entity);
    else if (i === matches.length && name) onCreate(name, type);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, rows - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active);
    }
  };
  const tagLabel = (id: string) => schema.tags.find((t) => t.id === id)?.label ?? id;

  return (
    <Dialog title="Link this mention to an entity" onClose={onClose} actions={<button type="button" onClick={onClose}>Cancel</button>}>
      <blockquote className="picker-from">{text}</blockquote>
      <input
        type="search"
        autoFocus
        aria-label="Find an entity"
        placeholder="Type a name or alias"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKey}
        aria-controls="entity-candidates"
        aria-activedescendant={rows ? `ent-${active}` : undefined}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {entities && entities.length === 0 && <p className="muted small">The project has no entities yet: Enter makes this the first.</p>}
      <ul className="picker-list" id="entity-candidates" role="listbox" aria-label="Entities">
        {matches.map((m, i) => (
          <li
            key={m.entity.id}
            id={`ent-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'picker-row active' : 'picker-row'}
            onMouseEnter={() => setActive(i)}
            onClick={() => pick(i)}
          >
            <span className="picker-quote">
              {m.entity.name} <span className="muted small">{tagLabel(m.entity.type)}</span>
            </span>
            <span className="picker-meta">
              {why(m)}
              {m.entity.aliases.length > 0 && ` · also called ${m.entity.aliases.slice(0, 4).join(', ')}${m.entity.aliases.length > 4 ? '…' : ''}`}
            </span>
          </li>
        ))}
        {name && (
          <li
            id={`ent-${matches.length}`}
            role="option"
            aria-selected={active === matches.length}
            className={active === matches.length ? 'picker-row active new-entity' : 'picker-row new-entity'}
            onMouseEnter={() => setActive(matches.length)}
            onClick={() => pick(matches.length)}
          >
            <span className="picker-quote">New entity “{name}”</span>
            <span className="picker-meta">as {tagLabel(type)}</span>
          </li>
        )}
      </ul>
      <label className="field inline">
        <span>A new entity is a</span>
        <select value={type} onChange={(e) => setType(e.target.value)} aria-label="Type of a new entity">
          {entityTags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
