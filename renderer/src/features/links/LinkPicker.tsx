import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../core/model/article';
import { annotationText, type Annotation } from '../../core/model/annotation';
import type { LinkTypeDef } from '../../core/model/link';
import { countOf } from '../../core/text/plural';
import { Dialog } from '../common/Dialog';
import { useLoaded } from '../common/useLoaded';
import { DEFAULT_LINK_TYPES } from '../../core/model/link';
import { OKABE_ITO } from '../../core/model/tagSchema';
import type { NewLinkType } from './linkTypeActions';

export interface LinkPickerProps {
  from: Annotation;
  /** Every claim of the project (read when the picker opens). */
  loadClaims(): Promise<Annotation[]>;
  articles: ReadonlyMap<string, ArticleSummary>;
  types: readonly LinkTypeDef[];
  /** Makes the link; returns why it was refused, or null when it was made. */
  onLink(to: Annotation, type: LinkTypeDef): string | null;
  onClose(): void;
  /** Adds a project link type; returns why it was refused, or null. */
  onAddType(input: NewLinkType): string | null;
  /** Deletes a project link type; resolves to why it was refused, or null. */
  onDeleteType(type: LinkTypeDef): Promise<string | null>;
  /** A claim already picked (in the article beside): the picker asks for the type only. */
  target?: Annotation | null;
  /** Leaves the list for an article opened beside this one, to click the claim in it. */
  onPickBeside?(): void;
  /** With a target from beside: back to picking there. */
  onChangeTarget?(): void;
}

const SHOWN = 200;

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * L: choose the claim to link to (type to filter, arrows and Enter, or click), then the link
 * type (its key, or click). Claims of other articles come first; the article's own are allowed.
 */
export function LinkPicker(props: LinkPickerProps) {
  const { from, loadClaims, articles, types, onLink, onClose, onAddType, onDeleteType, target = null, onPickBeside, onChangeTarget } = props;
  const { value: claims, error } = useLoaded(loadClaims, 'claims');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<Annotation | null>(target);
  const [refusal, setRefusal] = useState<string | null>(null);
  const typeList = useRef<HTMLDivElement>(null);

  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const rows = (claims ?? [])
      .filter((c) => c.id !== from.id)
      .map((c) => {
        const article = articles.get(c.articleId);
        return { claim: c, article, haystack: `${annotationText(c)} ${article?.title ?? ''} ${article?.source ?? ''} ${article?.publishedAt ?? ''}`.toLowerCase() };
      })
      .filter((r) => words.every((w) => r.haystack.includes(w)));
    // Other articles first (what links are for), then by article date, newest first.
    rows.sort(
      (a, b) =>
        Number(a.claim.articleId === from.articleId) - Number(b.claim.articleId === from.articleId) ||
        (b.article?.publishedAt ?? '').localeCompare(a.article?.publishedAt ?? '') ||
        (a.claim.ranges[0]?.start ?? 0) - (b.claim.ranges[0]?.start ?? 0),
    );
    return rows;
  }, [claims, query, articles, from]);

  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    if (chosen) typeList.current?.focus();
  }, [chosen]);

  const choose = (claim: Annotation | undefined) => {
    if (!claim) return;
    setRefusal(null);
    setChosen(claim);
  };
  const pickType = (type: LinkTypeDef | undefined) => {
    if (!chosen || !type) return;
    const refused = onLink(chosen, type);
    if (refused) setRefusal(refused);
  };

  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, Math.min(matches.length, SHOWN) - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(matches[active]?.claim);
    }
  };
  const onTypeKey = (e: KeyboardEvent) => {
    const type = types.find((t) => t.key === e.key);
    if (type) {
      e.preventDefault();
      pickType(type);
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      if (target && onChangeTarget) onChangeTarget();
      else setChosen(null);
    }
  };

  return (
    <Dialog title="Link this claim" onClose={onClose} actions={<button type="button" onClick={onClose}>Cancel</button>}>
      <blockquote className="picker-from">{shorten(annotationText(from), 160)}</blockquote>
      {chosen === null ? (
        <>
          <input
            type="search"
            autoFocus
            aria-label="Find a claim"
            placeholder="Type to find a claim, its article or outlet"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onSearchKey}
            aria-controls="link-candidates"
            aria-activedescendant={matches[active] ? `cand-${matches[active].claim.id}` : undefined}
          />
          {error && <p className="field-error" role="alert">{error}</p>}
          {claims && matches.length === 0 && (
            <p className="muted">{claims.length <= 1 ? 'There is no other claim yet: tag claims (key 1) in other articles first.' : 'No claim matches.'}</p>
          )}
          <ul className="picker-list" id="link-candidates" role="listbox" aria-label="Claims">
            {matches.slice(0, SHOWN).map((r, i) => (
              <li
                key={r.claim.id}
                id={`cand-${r.claim.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'picker-row active' : 'picker-row'}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(r.claim)}
              >
                <span className="picker-quote">{shorten(annotationText(r.claim), 140)}</span>
                <span className="picker-meta">
                  {r.claim.articleId === from.articleId ? 'This article' : (r.article?.title ?? 'Unknown article')} · {r.article?.source || 'Unknown outlet'} ·{' '}
                  {r.article?.publishedAt || 'no date'}
                </span>
              </li>
            ))}
          </ul>
          {matches.length > SHOWN && <p className="muted small">{countOf(matches.length - SHOWN, 'more claim', 'more claims')}: type to narrow the list.</p>}
          {onPickBeside && (
            <button type="button" className="link-button beside-open" onClick={onPickBeside}>
              Or open another article beside this one and click the claim there…
            </button>
          )}
        </>
      ) : (
        <div className="picker-types" tabIndex={-1} ref={typeList} onKeyDown={onTypeKey} role="group" aria-label="Link type">
          <p className="picker-to">
            to <q>{shorten(annotationText(chosen), 140)}</q>{' '}
            <button type="button" className="link-button" onClick={() => (target && onChangeTarget ? onChangeTarget() : setChosen(null))}>
              change
            </button>
          </p>
          {types.map((t) => (
            <div key={t.id} className="picker-type-row">
              <button type="button" className="picker-type" data-link-type={t.id} onClick={() => pickType(t)}>
                <kbd>{t.key}</kbd> {t.label}
                <span className="muted small">{t.directed ? ' (this claim → that one)' : ' (both ways)'}</span>
              </button>
              {!BUILT_IN.has(t.id) && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete the link type ${t.label}`}
                  title="Delete this link type"
                  onClick={() => void onDeleteType(t).then(setRefusal)}
                >
                  ×
                </button>
              )}
            </div>
          ))}
          <NewTypeForm onAdd={(input) => {
            const refused = onAddType(input);
            setRefusal(refused);
            return refused === null;
          }} />
          {refusal && (
            <p className="field-error" role="alert">
              {refusal}
            </p>
          )}
        </div>
      )}
    </Dialog>
  );
}

const BUILT_IN = new Set(DEFAULT_LINK_TYPES.map((t) => t.id));

/** A project's own link type: a name, a colour (the palette first, any colour allowed), directed or both ways. */
function NewTypeForm({ onAdd }: { onAdd(input: NewLinkType): boolean }) {
  const [label, setLabel] = useState('');
  const [color, setColor] = useState<string>(OKABE_ITO[0]);
  const [directed, setDirected] = useState(false);
  const add = () => {
    if (onAdd({ label, color, directed })) setLabel('');
  };
  return (
    <details className="new-type">
      <summary>New link type…</summary>
      <div className="new-type-fields">
        <input
          aria-label="Name of the new link type"
          placeholder="e.g. Revises casualty count"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          onKeyDown={(e) => {
            // Keys typed here are the name, not type keys of the list above.
            e.stopPropagation();
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <select aria-label="Colour" value={OKABE_ITO.includes(color as (typeof OKABE_ITO)[number]) ? color : 'custom'} onChange={(e) => e.target.value !== 'custom' && setColor(e.target.value)}>
          {OKABE_ITO.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          <option value="custom">Other…</option>
        </select>
        <input type="color" aria-label="Any colour" value={color.toLowerCase()} onChange={(e) => setColor(e.target.value.toUpperCase())} />
        <label className="inline">
          <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} /> directed
        </label>
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
    </details>
  );
}
