import type { ReactNode } from 'react';
import { CancelSubmit, Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirm: string;
  danger?: boolean;
  onConfirm(): void;
  onClose(): void;
}

export function ConfirmDialog({ title, children, confirm, danger, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={onConfirm}
      actions={<CancelSubmit submit={confirm} onCancel={onClose} danger={danger} focusCancel />}
    >
      {children}
    </Dialog>
  );
}
