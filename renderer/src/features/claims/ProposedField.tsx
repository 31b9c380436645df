import type { ReactNode } from 'react';

export interface ProposedFieldProps<T> {
  /** The region's name, for assistive technology and tests ("Figure"). */
  name: string;
  title: ReactNode;
  /** As stored: absent (the app may propose), null (the analyst cleared it), or the analyst's value. */
  value: T | null | undefined;
  proposal: T | null;
  /** The proposal in words, after "Proposed". */
  describe(proposal: T): ReactNode;
  /** Words for the states and buttons. */
  words: { accept: string; none: string; noProposal: string; cleared: string; add: string };
  /** What "Add" starts from. */
  empty: T;
  onSet(value: T | null | undefined, label?: string): void;
  /** The editor of a decided value. */
  children(value: T): ReactNode;
}

/**
 * A claim's field the app proposes and the analyst decides: the proposal to accept or refuse,
 * "none" with the way back to a proposal, or the analyst's value in its editor with Clear.
 */
export function ProposedField<T>({ name, title, value, proposal, describe, words, empty, onSet, children }: ProposedFieldProps<T>) {
  let body: ReactNode;
  if (value === undefined && proposal) {
    body = (
      <>
        <p className="proposal">
          <span className="proposal-tag">Proposed</span> {describe(proposal)}
        </p>
        <div className="fact-actions">
          <button type="button" className="primary" onClick={() => onSet(proposal, words.accept)}>
            Accept
          </button>
          <button type="button" onClick={() => onSet(null, words.none)}>
            {words.none}
          </button>
        </div>
      </>
    );
  } else if (value === undefined || value === null) {
    body = (
      <div className="fact-actions">
        <span className="muted small">{value === null ? words.cleared : words.noProposal}</span>
        <button type="button" onClick={() => onSet(empty, words.add)}>
          {words.add}
        </button>
        {value === null && (
          <button type="button" className="link-button" onClick={() => onSet(undefined)}>
            Propose one
          </button>
        )}
      </div>
    );
  } else {
    body = (
      <>
        {children(value)}
        <div className="fact-actions">
          <button type="button" onClick={() => onSet(null, `Clear ${name.toLowerCase()}`)}>
            Clear
          </button>
        </div>
      </>
    );
  }
  return (
    <section className="fact" aria-label={name}>
      <h3 className="fact-title">{title}</h3>
      {body}
    </section>
  );
}
