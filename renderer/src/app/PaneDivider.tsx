import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

export interface PaneDividerProps {
  /** The CSS custom property on the workbench that holds this pane's width, e.g. `--library-width`. */
  variable: string;
  label: string;
  initial: number;
  min: number;
  max: number;
  /** +1 when dragging right widens the pane (left pane), -1 when it narrows it (right pane). */
  direction: 1 | -1;
  storageKey: string;
}

function stored(key: string, fallback: number, min: number, max: number): number {
  const value = Number(localStorage.getItem(key));
  return Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

/**
 * A draggable, keyboard-operable divider (WAI-ARIA window splitter). Widths are kept per
 * user in localStorage; they are set through the CSSOM, which the CSP allows.
 */
export function PaneDivider({ variable, label, initial, min, max, direction, storageKey }: PaneDividerProps) {
  const [width, setWidth] = useState(() => stored(storageKey, initial, min, max));
  const drag = useRef<{ x: number; width: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const workbench = ref.current?.closest<HTMLElement>('.workbench');
    workbench?.style.setProperty(variable, `${width}px`);
    localStorage.setItem(storageKey, String(width));
  }, [width, variable, storageKey]);

  const clamp = useCallback((w: number) => Math.round(Math.min(max, Math.max(min, w))), [min, max]);

  const onPointerDown = (e: PointerEvent) => {
    drag.current = { x: e.clientX, width };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (drag.current) setWidth(clamp(drag.current.width + direction * (e.clientX - drag.current.x)));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 48 : 16;
    if (e.key === 'ArrowLeft') setWidth((w) => clamp(w - direction * step));
    else if (e.key === 'ArrowRight') setWidth((w) => clamp(w + direction * step));
    else if (e.key === 'Home') setWidth(min);
    else if (e.key === 'End') setWidth(max);
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={ref}
      className="pane-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={() => setWidth(initial)}
      title="Drag to resize; double-click to reset"
    />
  );
}
