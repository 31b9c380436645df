import { useEffect, useMemo, useRef } from 'react';
import { anchorAnnotation } from '../../core/anchoring/anchorAnnotation';
import type { ArticleBody, ArticleSummary } from '../../core/model/article';
import type { Annotation } from '../../core/model/annotation';
import type { TagSchema } from '../../core/model/tagSchema';
import { ArticleViewer, type ArticleViewerHandle } from '../../editor/ArticleViewer';
import { highlightsOf } from '../common/highlightsOf';
import { dateOf, outletOf } from './linkText';

export interface ClaimPaneProps {
  /** The region's accessible name ("First claim's article"). */
  name: string;
  /** The claim: undefined while being read, null when deleted. */
  annotation: Annotation | null | undefined;
  /** Its article's text: undefined while being read, null when deleted. */
  body: ArticleBody | null | undefined;
  summary: ArticleSummary | undefined;
  schema: TagSchema;
}

// The review reads; selecting and clicking text belongs to the reader.
const ignore = () => {};

/** One end of the link: its article, scrolled to the claim, which is the only highlight and outlined. */
export function ClaimPane({ name, annotation, body, summary, schema }: ClaimPaneProps) {
  const viewer = useRef<ArticleViewerHandle | null>(null);
  const anchor = useMemo(() => (body && annotation ? anchorAnnotation(body.text, annotation) : null), [body, annotation]);
  const highlights = useMemo(() => (annotation && anchor ? highlightsOf([{ annotation, anchor }], schema) : []), [annotation, anchor, schema]);
  const start = anchor?.status === 'anchored' ? (anchor.ranges[0]?.start ?? null) : null;
  const annotationId = annotation?.id ?? null;

  // Once the viewer shows the text (a new article mounts a new one), the claim comes to the middle.
  useEffect(() => {
    if (start !== null) viewer.current?.scrollToOffset(start);
  }, [start, body, annotationId]);

  let problem: string | null = null;
  if (body === null) problem = 'This article no longer exists.';
  else if (annotation === null) problem = 'This claim no longer exists: it was deleted.';
  else if (anchor?.status === 'orphaned') problem = "The claim's text was not found in the article; it may have been edited.";

  return (
    <section className="review-pane" role="region" aria-label={name}>
      <header className="review-pane-head">
        <h3>{summary?.title ?? 'Article not found'}</h3>
        <p className="article-meta">
          <span>{outletOf(summary)}</span>
          <span>{dateOf(summary)}</span>
        </p>
        {problem && (
          <p className="review-pane-problem" role="note">
            {problem}
          </p>
        )}
      </header>
      <div className="review-pane-scroll">
        {body ? (
          <ArticleViewer
            key={body.id}
            ref={viewer}
            article={body}
            highlights={highlights}
            selectedId={annotationId}
            onSelectText={ignore}
            onSelectionGone={ignore}
            onClickText={ignore}
          />
        ) : (
          body === undefined && <p className="empty">Reading the article…</p>
        )}
      </div>
    </section>
  );
}
