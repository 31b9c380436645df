import { useMemo } from 'react';
import { anchorAll } from '../../core/anchoring/anchorAnnotation';
import type { ArticleSummary } from '../../core/model/article';
import type { Annotation } from '../../core/model/annotation';
import { annotationsAt } from '../../core/anchoring/annotationsAt';
import type { TagSchema } from '../../core/model/tagSchema';
import { ArticleViewer } from '../../editor/ArticleViewer';
import { highlightsOf } from '../common/highlightsOf';
import type { ProjectRepository } from '../../storage/projectRepository';
import { liveValue, useLive } from '../common/useLive';

export interface BesidePaneProps {
  repo: ProjectRepository;
  articleId: string;
  /** The articles one can open beside (all but the one being read). */
  articles: readonly ArticleSummary[];
  schema: TagSchema;
  onChooseArticle(id: string): void;
  /** A claim clicked in this article. */
  onPick(annotation: Annotation): void;
  onClose(): void;
}

const NONE: Annotation[] = [];

/**
 * A second article opened beside the one being read, to pick the claim to link to by
 * clicking it. Its claims are shown (entities are not: they cannot be linked).
 */
export function BesidePane({ repo, articleId, articles, schema, onChooseArticle, onPick, onClose }: BesidePaneProps) {
  const body = liveValue(useLive(() => repo.getBody(articleId), [repo, articleId]), undefined);
  const annotations = liveValue(useLive(() => repo.annotationsFor(articleId), [repo, articleId]), NONE);
  const claims = useMemo(() => (body ? anchorAll(body.text, annotations.filter((a) => a.kind === 'claim')) : []), [body, annotations]);
  const highlights = useMemo(() => highlightsOf(claims, schema), [claims, schema]);
  const summary = articles.find((a) => a.id === articleId);

  const pickAt = (offset: number) => {
    const hit = annotationsAt(claims, offset)[0];
    if (hit) onPick(hit);
  };

  return (
    <section className="beside" aria-label="Article beside">
      <header className="beside-head">
        <select aria-label="Article to open beside" value={articleId} onChange={(e) => onChooseArticle(e.target.value)}>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={onClose}>
          Cancel linking
        </button>
      </header>
      <p className="beside-hint muted small">
        {summary?.source || 'Unknown outlet'} · {summary?.publishedAt || 'no date'} · click a claim to link to it
        {claims.length === 0 && body ? ' (this article has no claims yet)' : ''}
      </p>
      <div className="beside-scroll">
        {body && (
          <ArticleViewer
            key={body.id}
            article={body}
            highlights={highlights}
            selectedId={null}
            onSelectText={() => undefined}
            onSelectionGone={() => undefined}
            onClickText={pickAt}
          />
        )}
      </div>
    </section>
  );
}
