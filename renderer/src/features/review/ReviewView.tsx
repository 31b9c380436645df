import type { TagSchema } from '../../core/model/tagSchema';
import { ClaimPane } from './ClaimPane';
import { QueuePanel } from './QueuePanel';
import type { ReviewController } from './reviewController';
import type { ReviewState } from './reviewStore';
import { VerdictBar } from './VerdictBar';
import './review.css';

export { useReview, type Review, type ReviewProject } from './useReview';
export type { ReviewState } from './reviewStore';

export interface ReviewViewProps {
  controller: ReviewController;
  state: ReviewState;
  schema: TagSchema;
  /** Opens the claim in the reader ("Show in article"). */
  onOpenClaim(articleId: string, annotationId: string): void;
  /** Back to the articles. */
  onClose(): void;
}

/**
 * The side-by-side review of links: the queue on the left; the selected link's two articles,
 * each scrolled to its claim, and the verdict bar under them. It fills the grid cell it is
 * put in (it spans every column of the workbench's grid).
 */
export function ReviewView({ controller, state, schema, onOpenClaim, onClose }: ReviewViewProps) {
  const { selected: link, claims, bodies, quotes, articles, links, queue } = state;
  const fromArticle = link ? articles?.get(link.fromArticleId) : undefined;
  const toArticle = link ? articles?.get(link.toArticleId) : undefined;

  // The queue says why it is empty; this side says what to do about it, in other words.
  let empty = 'Select a link in the queue.';
  if (!links) empty = '';
  else if (links.length === 0) empty = 'Links made between claims are reviewed here, side by side.';
  else if (queue.length === 0) empty = 'Change or clear the filters to see links.';

  return (
    <div className="review">
      <QueuePanel controller={controller} state={state} onClose={onClose} />
      {link ? (
        <div className="review-main">
          <div className="review-panes">
            <ClaimPane name="First claim's article" annotation={claims.get(link.fromId)} body={bodies.get(link.fromArticleId)} summary={fromArticle} schema={schema} />
            <ClaimPane name="Second claim's article" annotation={claims.get(link.toId)} body={bodies.get(link.toArticleId)} summary={toArticle} schema={schema} />
          </div>
          <VerdictBar
            link={link}
            types={state.types}
            controller={controller}
            explaining={state.explaining}
            from={claims.get(link.fromId)}
            to={claims.get(link.toId)}
            fromQuote={quotes.get(link.fromId)}
            toQuote={quotes.get(link.toId)}
            fromArticle={fromArticle}
            toArticle={toArticle}
            notice={state.notice}
            onOpenClaim={onOpenClaim}
          />
        </div>
      ) : (
        <div className="review-main empty centered">
          <p>{empty}</p>
          {state.notice && <p role="status">{state.notice}</p>}
        </div>
      )}
    </div>
  );
}
