import { useCallback, useRef, useState, type ReactNode } from 'react';
import { dataFileKind } from '../../core/formats/dataFileRules';
import type { PickedFile } from '../../platform/platform';
import { Dialog } from '../common/Dialog';
import type { OpenProject } from '../projects/useProjectSession';
import type { ProjectSnapshot } from '../../core/formats/projectSnapshot';
import type { ImportPlan } from './importPlan';
import { ImportReportList } from './ImportReportList';
import { planArchive } from './planArchive';
import './transfer.css';

type State = { step: 'idle' } | { step: 'working'; label: string } | { step: 'plan'; plan: ImportPlan } | { step: 'done'; message: string };

export interface DataImport {
  /** Whether a picked file is data (an archive, a table, brat, W3C) rather than an article. */
  isData(file: PickedFile): boolean;
  start(files: readonly PickedFile[]): void;
  view: ReactNode;
}

const latin1 = new TextDecoder('latin1');

function headOf(file: PickedFile): string {
  return 'bytes' in file ? latin1.decode(file.bytes.subarray(0, 512)) : '';
}

/**
 * Imports of data files: each is read and checked whole first, and the analyst sees what it
 * holds and every problem with its place before choosing how to import it, or not to.
 */
export function useDataImport(open: OpenProject | null, createFrom: (s: ProjectSnapshot) => Promise<unknown>): DataImport {
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = useRef(false);

  const isData = useCallback((file: PickedFile) => dataFileKind(file.name, headOf(file)) !== null, []);

  const start = useCallback(
    (files: readonly PickedFile[]) => {
      if (busy.current || files.length === 0) return;
      busy.current = true;
      void (async () => {
        try {
          const unreadable = files.find((f) => !('bytes' in f));
          if (unreadable && 'error' in unreadable) {
            setState({ step: 'done', message: `${unreadable.name} could not be read: ${unreadable.error}. Nothing was imported.` });
            return;
          }
          const readable = files as readonly { name: string; bytes: Uint8Array }[];
          const kinds = new Set(readable.map((f) => dataFileKind(f.name, headOf(f))));
          const first = readable[0] as { name: string; bytes: Uint8Array };
          setState({ step: 'working', label: `Reading ${first.name}…` });
          if (kinds.size === 1 && kinds.has('archive') && readable.length === 1) {
            setState({ step: 'plan', plan: await planArchive(first.name, first.bytes, open, createFrom) });
            return;
          }
          setState({ step: 'done', message: `${readable.map((f) => f.name).join(', ')}: import one project archive at a time, or the files of one brat collection, one table or one W3C file.` });
        } catch (e) {
          setState({ step: 'done', message: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}` });
        } finally {
          busy.current = false;
        }
      })();
    },
    [open, createFrom],
  );

  const close = () => setState({ step: 'idle' });
  const choose = async (run: () => Promise<string>) => {
    setState({ step: 'working', label: 'Importing…' });
    try {
      setState({ step: 'done', message: await run() });
    } catch (e) {
      setState({ step: 'done', message: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  let view: ReactNode = null;
  if (state.step === 'working') {
    view = (
      <div className="progress-bar" role="status" aria-label="Import progress">
        <span>{state.label}</span>
        <progress />
      </div>
    );
  } else if (state.step === 'plan') {
    const { plan } = state;
    view = (
      <Dialog
        title={plan.title}
        onClose={close}
        actions={
          <>
            <button type="button" onClick={close}>
              {plan.choices.length ? 'Cancel' : 'Close'}
            </button>
            {plan.choices.map((c, i) => (
              <button key={c.label} type="button" className={i === plan.choices.length - 1 ? 'primary' : undefined} onClick={() => void choose(c.run)}>
                {c.label}
              </button>
            ))}
          </>
        }
      >
        {plan.summary.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <ImportReportList report={plan.report} />
        {plan.choices.length > 0 && <p className="muted small">Nothing has been imported yet.</p>}
      </Dialog>
    );
  } else if (state.step === 'done') {
    view = (
      <div className="toast" role="status">
        <span>{state.message}</span>
        <button type="button" aria-label="Dismiss" onClick={close}>
          ×
        </button>
      </div>
    );
  }
  return { isData, start, view };
}
