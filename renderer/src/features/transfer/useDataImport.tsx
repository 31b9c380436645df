import { useCallback, useRef, useState, type ReactNode } from 'react';
import { dataFileKind } from '../../core/formats/dataFileRules';
import type { PickedFile } from '../../platform/platform';
import { Dialog } from '../common/Dialog';
import type { OpenProject } from '../projects/useProjectSession';
import type { ProjectSnapshot } from '../../core/formats/projectSnapshot';
import type { ImportPlan } from './importPlan';
import { ImportReportList } from './ImportReportList';
import { planArchive } from './planArchive';
import { bratFiles, planBrat } from './planBrat';
import { planW3c } from './planW3c';
import { planTable, readTable, type ReadTable } from './planTable';
import { TableMappingDialog } from './TableMappingDialog';
import { guessMapping, type ColumnMapping } from '../../core/formats/table/columnMapping';
import './transfer.css';

type State =
  | { step: 'idle' }
  | { step: 'working'; label: string; done?: number; total?: number; cancel?: () => void }
  | { step: 'mapping'; read: ReadTable; initial: ColumnMapping | null }
  | { step: 'plan'; plan: ImportPlan }
  | { step: 'done'; message: string };

export interface DataImport {
  /**
   * Which picked files are data (archives, tables, brat, W3C) and which are articles. A .txt
   * picked with an .ann of the same name is a brat document, not an article of its own.
   */
  split(files: readonly PickedFile[]): { data: PickedFile[]; articles: PickedFile[] };
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

  const split = useCallback((files: readonly PickedFile[]) => {
    const base = (name: string) => name.replace(/\.[^.]*$/, '').toLowerCase();
    const annotated = new Set(files.filter((f) => f.name.toLowerCase().endsWith('.ann')).map((f) => base(f.name)));
    const isData = (f: PickedFile) => dataFileKind(f.name, headOf(f)) !== null || (f.name.toLowerCase().endsWith('.txt') && annotated.has(base(f.name)));
    return { data: files.filter(isData), articles: files.filter((f) => !isData(f)) };
  }, []);

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
          const kinds = new Set(readable.map((f) => dataFileKind(f.name, headOf(f)) ?? 'brat'));
          const first = readable[0] as { name: string; bytes: Uint8Array };
          setState({ step: 'working', label: `Reading ${first.name}…` });
          if (kinds.size === 1 && kinds.has('archive') && readable.length === 1) {
            setState({ step: 'plan', plan: await planArchive(first.name, first.bytes, open, createFrom) });
            return;
          }
          if (kinds.size === 1 && kinds.has('table') && readable.length === 1) {
            const read = readTable(first.name, first.bytes);
            if (typeof read === 'string') setState({ step: 'done', message: `${read} Nothing was imported.` });
            else setState({ step: 'mapping', read, initial: guessMapping(read.table.columns) });
            return;
          }
          if (kinds.size === 1 && kinds.has('w3c') && readable.length === 1 && open) {
            setState({ step: 'plan', plan: await planW3c(first.name, first.bytes, open) });
            return;
          }
          if (kinds.size === 1 && kinds.has('brat') && open) {
            const files = bratFiles(readable);
            if (typeof files === 'string') setState({ step: 'done', message: `${files} Nothing was imported.` });
            else setState({ step: 'plan', plan: await planBrat(readable.length === 1 ? first.name : `${readable.length} brat files`, files, open) });
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
  const convertTable = (read: ReadTable, mapping: ColumnMapping) => {
    if (!open) return;
    const controller = new AbortController();
    const cancel = () => controller.abort();
    setState({ step: 'working', label: `Reading ${read.file}…`, done: 0, total: read.table.rows.length, cancel });
    void planTable(read, mapping, open.repo, ({ done, total }) => setState({ step: 'working', label: `Reading ${read.file}: row ${done} of ${total}…`, done, total, cancel }), controller.signal).then(
      (plan) => setState(plan ? { step: 'plan', plan } : { step: 'done', message: `Import of ${read.file} cancelled; nothing was imported.` }),
      (e: unknown) => setState({ step: 'done', message: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };
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
        {state.total !== undefined ? <progress max={state.total} value={state.done ?? 0} /> : <progress />}
        {state.cancel && (
          <button type="button" onClick={state.cancel}>
            Cancel
          </button>
        )}
      </div>
    );
  } else if (state.step === 'mapping') {
    const { read, initial } = state;
    view = (
      <TableMappingDialog
        key={read.decoded.encoding}
        read={read}
        initial={initial}
        onClose={close}
        onEncoding={(encoding) => {
          const again = readTable(read.file, read.bytes, encoding);
          if (typeof again === 'string') setState({ step: 'done', message: again });
          else setState({ step: 'mapping', read: again, initial });
        }}
        onImport={(mapping) => convertTable(read, mapping)}
      />
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
  return { split, start, view };
}
