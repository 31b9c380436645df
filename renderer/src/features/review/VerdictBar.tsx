import type { ArticleSummary } from '../../core/model/article';
import { annotationText, type Annotation } from '../../core/model/annotation';
import { LINK_REASONS, STATUS_LABELS, type Link, type LinkTypeDef } from '../../core/model/link';
import { dateOf, linkTypeName, outletOf, reasonLabel } from './linkText';
import { RationaleField } from './RationaleField';
import type { ReviewController } from './reviewController';

export interface VerdictBarProps {
  link: Link;
  types: readonly LinkTypeDef[];
  controller: ReviewController;
  explaining: boolean;
  /** The claims: undefined while being read, null when deleted. */
  from: Annotation | null | undefined;
  to: Annotation | null | undefined;
  /** What the queue knows of the claims' texts, shown while the claims are read. */
  fromQuote: string | null | undefined;
  toQuote: string | null | undefined;
  fromArticle: ArticleSummary | undefined;
  toArticle: ArticleSummary | undefined;
  notice: string | null;
  onOpenClaim(articleId: string, annotationId: string): void;
}

interface EndProps {
  name: string;
  annotation: Annotation | null | undefined;
  quote: string | null | undefined;
  article: ArticleSummary | undefined;
  onShow(): void;
}

function End({ name, annotation, quote, article, onShow }: EndProps) {
  const text = annotation ? annotationText(annotation) : annotation === null ? null : quote;
  return (
    <div className="verdict-end" role="group" aria-label={name}>
      <blockquote className={text === null ? 'verdict-quote gone' : 'verdict-quote'}>
        {text === null ? 'This claim was deleted.' : text === undefined ? '…' : text}
      </blockquote>
      <p className="verdict-source">
        <span className="verdict-title">{article?.title ?? 'Article not found'}</span>
        <span>{outletOf(article)}</span>
        <span>{dateOf(article)}</span>
        <button type="button" className="link-button" onClick={onShow} disabled={!article}>
          Show in article
        </button>
      </p>
    </div>
  );
}

/** Under the two articles: both claims, the link, the verdict buttons and the rationale. */
export function VerdictBar(props: VerdictBarProps) {
  const { link, types, controller, explaining, from, to, fromQuote, toQuote, fromArticle, toArticle, notice, onOpenClaim } = props;
  const disabled = !controller.canEdit;
  return (
    <section className="verdict-bar" aria-label="Verdict" data-link-type={link.type}>
      <div className="verdict-ends">
        <End name="First claim" annotation={from} quote={fromQuote} article={fromArticle} onShow={() => onOpenClaim(link.fromArticleId, link.fromId)} />
        <div className="verdict-link">
          <span className="link-chip">{linkTypeName(types, link.type, true)}</span>
          <span className="link-status" data-status={link.status}>
            {STATUS_LABELS[link.status]}
            {link.reason && ` · ${reasonLabel(link.reason)}`}
          </span>
        </div>
        <End name="Second claim" annotation={to} quote={toQuote} article={toArticle} onShow={() => onOpenClaim(link.toArticleId, link.toId)} />
      </div>
      {link.why && (
        <p className="verdict-why">
          <span className="proposal-tag">Suggested</span> {link.why}
        </p>
      )}
      <div className="verdict-actions">
        <div className="verdict-buttons">
          <button type="button" className="verdict-confirm" aria-keyshortcuts="C" disabled={disabled} onClick={() => controller.confirm()}>
            Confirm <kbd>C</kbd>
          </button>
          <button type="button" className="verdict-reject" aria-keyshortcuts="R" disabled={disabled} onClick={() => controller.reject()}>
            Reject <kbd>R</kbd>
          </button>
          <button
            type="button"
            className={explaining ? 'verdict-explain active' : 'verdict-explain'}
            aria-keyshortcuts="X"
            aria-expanded={explaining}
            disabled={disabled}
            onClick={() => (explaining ? controller.cancel() : controller.explain())}
          >
            Explain <kbd>X</kbd>
          </button>
        </div>
        <RationaleField
          key={link.id}
          linkId={link.id}
          rationale={link.rationale}
          disabled={disabled}
          onRationale={(text, final, id) => controller.setRationale(text, final, id)}
        />
      </div>
      {explaining && (
        <div className="verdict-reasons" role="group" aria-label="Reason">
          <span className="muted">Explained by:</span>
          {LINK_REASONS.map((r) => (
            <button key={r.id} type="button" aria-keyshortcuts={r.key} onClick={() => controller.reason(r.key)}>
              {r.label} <kbd>{r.key}</kbd>
            </button>
          ))}
          <button type="button" className="link-button" aria-keyshortcuts="Escape" onClick={() => controller.cancel()}>
            Cancel <kbd>Esc</kbd>
          </button>
        </div>
      )}
      {notice && (
        <div className="verdict-notice" role="status">
          <span>{notice}</span>
          <button type="button" aria-label="Dismiss" onClick={() => controller.store.say(null)}>
            ×
          </button>
        </div>
      )}
    </section>
  );
}
