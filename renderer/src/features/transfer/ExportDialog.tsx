import { useEffect, useRef, useState } from 'react';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../core/formats/exportFormats';
import { getPlatform } from '../../platform/platform';
import type { ProjectRepository } from '../../storage/projectRepository';
import { Dialog } from '../common/Dialog';
import { exportProject } from './exportProject';
import './transfer.css';

export interface ExportDialogProps {
  repo: ProjectRepository;
  projectName: string;
  onClose(): void;
  /** What happened, for the status line ("Exported Sample project as W3C Web Annotation."). */
  onDone(message: string): void;
}

/** Export: the formats, each with what it keeps and loses, and a save. */
export function ExportDialog({ repo, projectName, onClose, onDone }: ExportDialogProps) {
  const [chosen, setChosen] = useState<ExportFormat>(EXPORT_FORMATS[0] as ExportFormat);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  // Closing the dialog stops an export under way.
  useEffect(() => () => running.current?.abort(), []);

  const cancel = () => {
    if (running.current) {
      running.current.abort();
      return;
    }
    onClose();
  };

  const run = async () => {
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setError(null);
    try {
      const data = await exportProject(repo, projectName, chosen, controller.signal, setProgress);
      running.current = null;
      const saved = await getPlatform().saveFile({ suggestedName: exportFileName(projectName, chosen), kind: chosen.label, extension: chosen.extension, data });
      if (saved === null) {
        setBusy(false);
        return;
      }
      onDone(`Exported ${projectName} as ${chosen.label} (${saved}).`);
      onClose();
    } catch (e) {
      running.current = null;
      setBusy(false);
      setProgress('');
      setError(controller.signal.aborted ? 'Export cancelled; nothing was saved.' : `The export failed; nothing was saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <Dialog
      title="Export the project"
      onClose={cancel}
      onSubmit={() => void run()}
      actions={
        <>
          {busy && (
            <span className="muted small" role="status">
              {progress}
            </span>
          )}
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Exporting…' : `Export as ${chosen.label}`}
          </button>
        </>
      }
    >
      <fieldset className="format-list">
        <legend>Format</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f.id} className={f.id === chosen.id ? 'format-choice chosen' : 'format-choice'}>
            <input type="radio" name="export-format" value={f.id} checked={f.id === chosen.id} onChange={() => setChosen(f)} />
            <span className="format-name">
              {f.label} <span className="muted small">.{f.extension}</span>
            </span>
            <span className="format-keeps small">Keeps: {f.keeps}</span>
            <span className="format-loses small muted">Loses: {f.loses}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
