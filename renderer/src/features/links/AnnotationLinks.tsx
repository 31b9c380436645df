import type { ArticleSummary } from '../../core/model/article';
import { annotationText, type Annotation } from '../../core/model/annotation';
import { LINK_STATUSES, linkTypeOf, otherEnd, STATUS_LABELS, type Link, type LinkStatus, type LinkTypeDef } from '../../core/model/link';

export interface AnnotationLinksProps {
  annotation: Annotation;
  links: readonly Link[];
  ends: ReadonlyMap<string, Annotation>;
  articles: ReadonlyMap<string, ArticleSummary>;
  types: readonly LinkTypeDef[];
  onFollow(link: Link): void;
  onStatus(link: Link, status: LinkStatus): void;
  onRetype(link: Link, type: LinkTypeDef): void;
  onDelete(link: Link): void;
  onStartLink(): void;
}

function shorten(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** How a link reads from this claim: "contradicts", "updates →" or "← updates" for directed types. */
function relation(link: Link, type: LinkTypeDef | undefined, fromHere: boolean): string {
  const label = (type?.label ?? link.type).toLowerCase();
  if (!type?.directed) return label;
  return fromHere ? `${label} →` : `← ${label}`;
}

/** The selected claim's links: what each says of which claim in which article, its status, and the way there. */
export function AnnotationLinks({ annotation, links, ends, articles, types, onFollow, onStatus, onRetype, onDelete, onStartLink }: AnnotationLinksProps) {
  const isClaim = annotation.kind === 'claim';
  if (!isClaim && links.length === 0) return null;
  return (
    <section className="links" aria-label="Links">
      <div className="links-head">
        <h3>Links</h3>
        {isClaim && (
          <button type="button" onClick={onStartLink} title="Link this claim to another (L)">
            Link… <kbd>L</kbd>
          </button>
        )}
      </div>
      {links.length === 0 ? (
        <p className="muted small">Not linked yet. Press L to link it to a claim in another article.</p>
      ) : (
        <ul className="link-rows">
          {links.map((link) => {
            const other = otherEnd(link, annotation.id);
            const end = ends.get(other.annotationId);
            const article = articles.get(other.articleId);
            const type = linkTypeOf(types, link.type);
            return (
              <li key={link.id} className="link-row" data-link-type={link.type}>
                <span className="link-relation">{relation(link, type, link.fromId === annotation.id)}</span>
                <button type="button" className="link-other" onClick={() => onFollow(link)} title="Open the other claim in its article">
                  <span className="link-quote">{end ? shorten(annotationText(end)) : 'a claim that no longer exists'}</span>
                  <span className="link-meta">
                    {other.articleId === annotation.articleId ? 'This article' : (article?.title ?? 'Unknown article')} · {article?.source || 'Unknown outlet'}
                  </span>
                </button>
                <span className="link-actions">
                  <select
                    aria-label="Link type"
                    value={link.type}
                    onChange={(e) => {
                      const next = linkTypeOf(types, e.target.value);
                      if (next) onRetype(link, next);
                    }}
                  >
                    {types.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.label}
                      </option>
                    ))}
                  </select>
                  <select aria-label="Link status" value={link.status} onChange={(e) => onStatus(link, e.target.value as LinkStatus)}>
                    {LINK_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="icon-button" aria-label="Delete this link" title="Delete this link" onClick={() => onDelete(link)}>
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
