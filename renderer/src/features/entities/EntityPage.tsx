import { useMemo, useState } from 'react';
import { entityPage } from '../../core/entities/entityPage';
import { annotationText } from '../../core/model/annotation';
import type { ArticleSummary } from '../../core/model/article';
import type { Entity } from '../../core/model/entity';
import { otherEnd, type LinkTypeDef } from '../../core/model/link';
import type { TagSchema } from '../../core/model/tagSchema';
import { countOf } from '../../core/text/plural';
import { CommitInput } from '../common/CommitInput';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { liveValue, useLive } from '../common/useLive';
import type { OpenProject } from '../projects/useProjectSession';
import { EntityActions } from './entityActions';
import './entities.css';

export interface EntityPageProps {
  open: OpenProject;
  entityId: string;
  entities: ReadonlyMap<string, Entity>;
  articles: ReadonlyMap<string, ArticleSummary>;
  schema: TagSchema;
  linkTypes: readonly LinkTypeDef[];
  onOpenAnnotation(articleId: string, annotationId: string): void;
  onOpenEntity(id: string): void;
  onClose(): void;
}

type Asking = { kind: 'rename'; name: string } | { kind: 'merge'; into: Entity } | { kind: 'delete' } | null;

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One entity: its names, every mention with a line of context, the claims beside them and their links. */
export function EntityPage(props: EntityPageProps) {
  const { open, entityId, entities, articles, schema, linkTypes, onOpenAnnotation, onOpenEntity, onClose } = props;
  const entity = entities.get(entityId) ?? null;
  const actions = useMemo(() => new EntityActions(open.history, open.repo), [open]);
  const rows = liveValue(useLive(() => open.repo.entityPageRows(entityId), [open, entityId]), null);
  const data = useMemo(() => {
    if (!rows) return null;
    const claimsByArticle = new Map<string, typeof rows.claims>();
    for (const c of rows.claims) claimsByArticle.set(c.articleId, [...(claimsByArticle.get(c.articleId) ?? []), c]);
    return entityPage(rows.mentions, new Map(rows.bodies.map((b) => [b.id, b])), claimsByArticle, rows.links);
  }, [rows]);
  const claimText = useMemo(() => new Map((rows?.claims ?? []).map((c) => [c.id, annotationText(c)])), [rows]);
  const [asking, setAsking] = useState<Asking>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [alias, setAlias] = useState('');
  const [mergeWith, setMergeWith] = useState('');
  const entityTags = schema.tags.filter((t) => t.kind === 'entity');
  const others = [...entities.values()].filter((e) => e.id !== entityId).sort((a, b) => a.name.localeCompare(b.name));
  const mentionCount = rows?.mentions.length ?? 0;

  if (!entity) {
    return (
      <main className="pane entity-page" aria-label="Entity">
        <header className="page-header">
          <h1>Entity not found</h1>
          <button type="button" onClick={onClose}>
            Back to articles
          </button>
        </header>
        <p className="empty">This entity no longer exists: it was deleted or merged into another. Ctrl+Z brings it back if you just did that.</p>
      </main>
    );
  }

  const articleOrder = data ? [...data.mentions.keys()].sort((a, b) => (articles.get(b)?.publishedAt || '0').localeCompare(articles.get(a)?.publishedAt || '0')) : [];
  const typeLabel = (id: string) => linkTypes.find((t) => t.id === id)?.label ?? id;

  return (
    <main className="pane entity-page" aria-label="Entity">
      <header className="page-header">
        <h1>{entity.name}</h1>
        <span className="muted">{schema.tags.find((t) => t.id === entity.type)?.label ?? entity.type}</span>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Back to articles <kbd>Esc</kbd>
        </button>
      </header>
      <section className="entity-names" aria-label="Names">
        <label className="field">
          <span>Name</span>
          <CommitInput aria-label="Entity name" value={entity.name} onCommit={(name) => name.trim() && name.trim() !== entity.name && setAsking({ kind: 'rename', name })} />
        </label>
        <label className="field">
          <span>Type</span>
          <select aria-label="Entity type" value={entity.type} onChange={(e) => actions.retype(entity, e.target.value, schema.tags.find((t) => t.id === e.target.value)?.label ?? e.target.value)}>
            {entityTags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
            {!entityTags.some((t) => t.id === entity.type) && <option value={entity.type}>{entity.type}</option>}
          </select>
        </label>
        <div className="field">
          <span>Also called</span>
          <ul className="aliases" aria-label="Aliases">
            {entity.aliases.map((a) => (
              <li key={a} className="alias">
                {a}
                <button type="button" className="icon-button" aria-label={`Remove the alias ${a}`} onClick={() => actions.removeAlias(entity, a)}>
                  ×
                </button>
              </li>
            ))}
            <li>
              <form
                className="alias-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const r = actions.addAlias(entity, alias);
                  setRefusal(r);
                  if (!r) setAlias('');
                }}
              >
                <input aria-label="New alias" placeholder="Add another name" value={alias} onChange={(e) => setAlias(e.target.value)} />
                <button type="submit">Add</button>
              </form>
            </li>
          </ul>
        </div>
        {refusal && (
          <p className="field-error" role="alert">
            {refusal}
          </p>
        )}
        <div className="entity-tools">
          <label className="field inline">
            <span>Merge into</span>
            <select aria-label="Entity to merge into" value={mergeWith} onChange={(e) => setMergeWith(e.target.value)}>
              <option value="">choose an entity…</option>
              {others.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!mergeWith} onClick={() => entities.get(mergeWith) && setAsking({ kind: 'merge', into: entities.get(mergeWith) as Entity })}>
            Merge…
          </button>
          <span className="spacer" />
          <button type="button" className="danger" onClick={() => setAsking({ kind: 'delete' })}>
            Delete entity…
          </button>
        </div>
      </section>

      <section className="entity-mentions" aria-label="Mentions">
        <h2 className="section-title">
          Mentions <span className="muted">{countOf(mentionCount, 'mention', 'mentions')} in {countOf(articleOrder.length, 'article', 'articles')}</span>
        </h2>
        {data && mentionCount === 0 && <p className="empty">No mention is linked yet. Select a mention in an article and press E.</p>}
        {articleOrder.map((articleId) => {
          const article = articles.get(articleId);
          return (
            <article key={articleId} className="mention-article" aria-label={article?.title ?? 'Unknown article'}>
              <h3>
                {article?.title ?? 'Unknown article'} <span className="muted small">{article?.source || 'Unknown outlet'} · {article?.publishedAt || 'no date'}</span>
              </h3>
              <ul className="mention-rows" aria-label={`Mentions in ${article?.title ?? 'article'}`}>
                {(data?.mentions.get(articleId) ?? []).map(({ mention, context, claims }) => (
                  <li key={mention.id} className="mention-row">
                    <button type="button" className="mention-context" onClick={() => onOpenAnnotation(articleId, mention.id)} title="Open the article at this mention">
                      {context ? (
                        <>
                          {context.before}
                          <mark>{context.exact}</mark>
                          {context.after}
                        </>
                      ) : (
                        <mark>{annotationText(mention)}</mark>
                      )}
                    </button>
                    {claims.length > 0 && (
                      <ul className="mention-claims" aria-label="Claims in this sentence">
                        {claims.map((c) => (
                          <li key={c.id}>
                            <button type="button" className="link-button claim-link" onClick={() => onOpenAnnotation(c.articleId, c.id)}>
                              Claim: {shorten(annotationText(c), 140)}
                            </button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </article>
          );
        })}
      </section>

      {data && data.links.length > 0 && (
        <section className="entity-links" aria-label="Links between these claims">
          <h2 className="section-title">Links between these claims</h2>
          <ul className="rows">
            {data.links.map((l) => (
              <li key={l.id} className="entity-link-row">
                <span className="link-chip" data-link-type={l.type}>
                  {typeLabel(l.type)}
                </span>{' '}
                <span className="muted small">{l.status}</span> “{shorten(claimText.get(l.fromId) ?? '', 90)}” — “{shorten(claimText.get(otherEnd(l, l.fromId).annotationId) ?? '', 90)}”
              </li>
            ))}
          </ul>
        </section>
      )}

      {asking?.kind === 'rename' && (
        <ConfirmDialog
          title="Rename entity"
          confirm="Rename"
          onClose={() => setAsking(null)}
          onConfirm={() => {
            setRefusal(actions.rename(entity, asking.name, [...entities.values()]));
            setAsking(null);
          }}
        >
          <p>
            Rename <strong>{entity.name}</strong> to <strong>{asking.name.trim()}</strong>? The old name stays as an alias. Ctrl+Z undoes it.
          </p>
        </ConfirmDialog>
      )}
      {asking?.kind === 'merge' && (
        <ConfirmDialog
          title="Merge entities"
          confirm={`Merge into ${asking.into.name}`}
          onClose={() => setAsking(null)}
          onConfirm={() => {
            const into = asking.into;
            setAsking(null);
            setMergeWith('');
            void actions.merge(into, entity).then(() => onOpenEntity(into.id));
          }}
        >
          <p>
            Merge <strong>{entity.name}</strong> into <strong>{asking.into.name}</strong>? Its {countOf(mentionCount, 'mention', 'mentions')} and its names go to {asking.into.name}; “Split off” on a
            mention takes it back out. Ctrl+Z undoes the merge.
          </p>
        </ConfirmDialog>
      )}
      {asking?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete entity"
          confirm="Delete"
          danger
          onClose={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            actions.delete(entity);
            onClose();
          }}
        >
          <p>
            Delete <strong>{entity.name}</strong>? Its {countOf(mentionCount, 'mention', 'mentions')} stay as annotations, linked to no entity. Ctrl+Z brings it back.
          </p>
        </ConfirmDialog>
      )}
    </main>
  );
}
