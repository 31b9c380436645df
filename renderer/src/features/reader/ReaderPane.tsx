import { useEffect, useMemo } from 'react';
import type { ArticleSummary } from '../../core/model/article';
import { annotationEnd, annotationStart, type Annotation } from '../../core/model/annotation';
import type { LinkTypeDef } from '../../core/model/link';
import type { NewLinkType } from '../links/linkTypeActions';
import { LinkPicker } from '../links/LinkPicker';
import { EntityPicker } from '../entities/EntityPicker';
import type { Entity } from '../../core/model/entity';
import { BesidePane } from '../links/BesidePane';
import type { ProjectRepository } from '../../storage/projectRepository';
import type { TagSchema } from '../../core/model/tagSchema';
import { ArticleViewer } from '../../editor/ArticleViewer';
import { highlightsOf } from '../common/highlightsOf';
import { ArticleHeader } from './ArticleHeader';
import { HoverCard } from './HoverCard';
import { TagPopover } from './TagPopover';
import type { Reader } from './useReader';

export interface ReaderPaneProps {
  reader: Reader;
  summary: ArticleSummary | null;
  schema: TagSchema;
  /** What to say when no article is open. */
  emptyMessage: string;
  onEditDetails(article: ArticleSummary): void;
  articles: ReadonlyMap<string, ArticleSummary>;
  /** Every claim of the project, for the link picker. */
  loadClaims(): Promise<Annotation[]>;
  linkTypes: readonly LinkTypeDef[];
  onAddLinkType(input: NewLinkType): string | null;
  onDeleteLinkType(type: LinkTypeDef): Promise<string | null>;
  /** For the article opened beside this one while linking. */
  repo: ProjectRepository | null;
  /** The project's entities, for the entity picker. */
  loadEntities(): Promise<Entity[]>;
}

/** The centre pane: the open article with its highlights, the tag menu, the hover card and notices. */
export function ReaderPane(props: ReaderPaneProps) {
  const { reader, summary, schema, emptyMessage, onEditDetails, articles, loadClaims, linkTypes, onAddLinkType, onDeleteLinkType, repo, loadEntities } = props;
  const { state, controller, viewer } = reader;
  const { body, anchored, pending, hover, notice, selectedId, links, reveal, linking, beside } = state;
  const others = useMemo(() => [...articles.values()].filter((a) => a.id !== state.articleId).sort((a, b) => (b.publishedAt || '0').localeCompare(a.publishedAt || '0')), [articles, state.articleId]);

  const linked = useMemo(() => new Set(links.flatMap((l) => [l.fromId, l.toId])), [links]);

  // A followed link opened this article on its claim: scroll there once it is painted.
  useEffect(() => {
    if (!reveal || !body) return;
    const item = anchored.find((x) => x.annotation.id === reveal);
    if (!item) return;
    if (item.anchor.status === 'anchored') viewer.current?.scrollToOffset(item.anchor.ranges[0]?.start ?? 0);
    controller.store.revealed();
  }, [reveal, body, anchored, viewer, controller]);
  const linkFrom = linking ? (anchored.find((x) => x.annotation.id === linking)?.annotation ?? null) : null;
  const entityFrom = state.entityPicking ? (anchored.find((x) => x.annotation.id === state.entityPicking)?.annotation ?? null) : null;

  const highlights = useMemo(() => highlightsOf(anchored, schema, linked), [anchored, schema, linked]);

  const hovered = useMemo(
    () =>
      (hover?.ids ?? [])
        .flatMap((id) => anchored.find((x) => x.annotation.id === id)?.annotation ?? [])
        .sort((a, b) => annotationEnd(b) - annotationStart(b) - (annotationEnd(a) - annotationStart(a))),
    [hover, anchored],
  );

  return (
    <main className={beside && repo ? 'pane reader split' : 'pane reader'} aria-label="Article">
      {summary && body ? (
        <div className="reader-scroll" onScroll={() => controller.hover([], { x: 0, y: 0 })}>
          <ArticleHeader article={summary} onEdit={() => onEditDetails(summary)} />
          <ArticleViewer
            key={body.id}
            ref={viewer}
            article={body}
            highlights={highlights}
            selectedId={selectedId}
            onSelectText={(read, exact) => controller.selectText(read, exact)}
            onSelectionGone={() => controller.selectionGone()}
            onClickText={(offset) => controller.clickText(offset)}
            onHover={(ids, at) => controller.hover(ids, at)}
          />
        </div>
      ) : (
        <div className="empty centered">
          <p>{emptyMessage}</p>
        </div>
      )}
      {beside && repo && (
        <BesidePane
          repo={repo}
          articleId={beside.articleId}
          articles={others}
          schema={schema}
          onChooseArticle={(id) => controller.linkBeside(id)}
          onPick={(claim) => controller.pickBeside(claim)}
          onClose={() => controller.cancelLink()}
        />
      )}
      {hover && !pending && hovered.length > 0 && <HoverCard at={hover.at} schema={schema} items={hovered} />}
      {pending && body && (
        <TagPopover
          tags={schema.tags}
          anchor={pending.rect}
          quote={body.text.slice(pending.range.start, pending.range.end)}
          onTag={(tag) => controller.tagPending(tag)}
          onClose={() => controller.escape()}
        />
      )}
      {linkFrom && (!beside || beside.target) && (
        <LinkPicker
          key={beside?.target?.id ?? 'list'}
          from={linkFrom}
          target={beside?.target ?? null}
          onPickBeside={others[0] ? () => controller.linkBeside((others[0] as ArticleSummary).id) : undefined}
          onChangeTarget={() => controller.unpickBeside()}
          loadClaims={loadClaims}
          articles={articles}
          types={linkTypes}
          onLink={(to, type) => controller.link(to, type)}
          onClose={() => controller.cancelLink()}
          onAddType={onAddLinkType}
          onDeleteType={onDeleteLinkType}
        />
      )}
      {entityFrom && (
        <EntityPicker
          key={entityFrom.id}
          mention={entityFrom}
          loadEntities={loadEntities}
          schema={schema}
          onLink={(entity) => reader.mentions.link(entity)}
          onCreate={(name, type) => reader.mentions.create(name, type)}
          onClose={() => reader.mentions.cancel()}
        />
      )}
      {notice && (
        <div className="reader-notice" role="status">
          <span>{notice}</span>
          <button type="button" aria-label="Dismiss" onClick={() => controller.store.say(null)}>
            ×
          </button>
        </div>
      )}
    </main>
  );
}
