import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  children: ReactNode;
  onClose(): void;
  /** Buttons, right-aligned under the content. */
  actions: ReactNode;
  onSubmit?: () => void;
}

/** A modal on the native <dialog>: focus is trapped, Esc closes, the page behind is inert. */
export function Dialog({ title, children, onClose, actions, onSubmit }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.();
        }}
      >
        <h2 className="dialog-title">{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </form>
    </dialog>
  );
}

/** The usual pair under a form: Cancel, and the submit button that names the action. */
export function CancelSubmit(props: { submit: string; onCancel(): void; danger?: boolean; focusCancel?: boolean }) {
  return (
    <>
      <button type="button" autoFocus={props.focusCancel} onClick={props.onCancel}>
        Cancel
      </button>
      <button type="submit" className={props.danger ? 'danger' : 'primary'}>
        {props.submit}
      </button>
    </>
  );
}
