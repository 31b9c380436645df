export interface MoveButtonsProps {
  /** What moves, in the buttons' names ("tag Person"). */
  name: string;
  first: boolean;
  last: boolean;
  onMove(delta: -1 | 1): void;
}

/**
 * Up and down. At an end the button says it cannot move rather than being disabled, so the
 * focus stays on it when a move brings the row to the top or the bottom.
 */
export function MoveButtons({ name, first, last, onMove }: MoveButtonsProps) {
  return (
    <span className="move-buttons">
      <button type="button" className="quiet" aria-label={`Move ${name} up`} title="Move up (Alt+↑)" aria-disabled={first} onClick={() => !first && onMove(-1)}>
        ↑
      </button>
      <button type="button" className="quiet" aria-label={`Move ${name} down`} title="Move down (Alt+↓)" aria-disabled={last} onClick={() => !last && onMove(1)}>
        ↓
      </button>
    </span>
  );
}

/** Alt+ArrowUp / Alt+ArrowDown anywhere in a row moves it; returns the handler for the row's onKeyDown. */
export function moveKeys(onMove: (delta: -1 | 1) => void) {
  return (e: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; preventDefault(): void }) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    // Also keeps a select in the row from opening on Alt+ArrowDown.
    e.preventDefault();
    onMove(e.key === 'ArrowUp' ? -1 : 1);
  };
}
