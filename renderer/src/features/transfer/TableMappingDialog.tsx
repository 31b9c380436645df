import { useState } from 'react';
import { MAPPING_FIELDS, refuseMapping, type ColumnMapping, type MappingField } from '../../core/formats/table/columnMapping';
import { countOf } from '../../core/text/plural';
import { Dialog } from '../common/Dialog';
import type { ReadTable } from './planTable';

export interface TableMappingDialogProps {
  read: ReadTable;
  initial: ColumnMapping | null;
  onEncoding(encoding: string): void;
  onImport(mapping: ColumnMapping): void;
  onClose(): void;
}

const ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'utf-16le', 'utf-16be', 'windows-1256', 'windows-1251', 'gb18030', 'shift_jis'];
const PREVIEW_ROWS = 5;

/** Which column is the text, the title, the outlet…: guessed from the names, shown on the first rows, changed by the analyst. */
export function TableMappingDialog({ read, initial, onEncoding, onImport, onClose }: TableMappingDialogProps) {
  const [mapping, setMapping] = useState<ColumnMapping>(initial ?? { text: '' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const { table, decoded } = read;
  const set = (field: MappingField, column: string) => {
    const next = { ...mapping };
    if (column) next[field] = column;
    else delete next[field];
    setMapping(next as ColumnMapping);
    setRefusal(null);
  };
  const errors = table.problems.filter((p) => p.effect === 'error');
  const shown = MAPPING_FIELDS.filter((f) => mapping[f.field]);
  return (
    <Dialog
      title={`Import the table ${read.file}`}
      onClose={onClose}
      onSubmit={() => {
        const refused = refuseMapping(mapping, table.columns);
        if (refused) setRefusal(refused);
        else onImport(mapping);
      }}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={errors.length > 0}>
            Read {countOf(table.rows.length, 'row', 'rows')}
          </button>
        </>
      }
    >
      <p>
        {countOf(table.rows.length, 'row', 'rows')} and {countOf(table.columns.length, 'column', 'columns')}
        {table.emptyRows > 0 ? `; ${countOf(table.emptyRows, 'empty row', 'empty rows')} left out` : ''}. Say which column holds what; only the text is needed.
      </p>
      <label className="field inline">
        <span>Encoding</span>
        <select aria-label="Encoding" value={decoded.encoding} onChange={(e) => onEncoding(e.target.value)}>
          {[...new Set([decoded.encoding, ...ENCODINGS])].map((enc) => (
            <option key={enc} value={enc}>
              {enc}
              {enc === decoded.encoding && decoded.detected ? ' (detected)' : ''}
            </option>
          ))}
        </select>
      </label>
      {decoded.problems.length > 0 && (
        <p className="field-error" role="alert">
          {countOf(decoded.problems.length, 'line has', 'lines have')} bytes that are not {decoded.encoding} (first: line {decoded.problems[0]?.line}); try another encoding.
        </p>
      )}
      {errors.map((p) => (
        <p key={`${p.line ?? 0}-${p.message}`} className="field-error" role="alert">
          {p.line !== undefined ? `Line ${p.line}: ` : ''}
          {p.message}
        </p>
      ))}
      <div className="mapping-grid">
        {MAPPING_FIELDS.map(({ field, label }) => (
          <label key={field} className="field-row">
            <span>
              {label.charAt(0).toUpperCase() + label.slice(1)}
              {field === 'text' ? ' (needed)' : ''}
            </span>
            <select aria-label={`Column for the ${label}`} value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)}>
              <option value="">{field === 'text' ? 'choose a column…' : 'none'}</option>
              {table.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
      {shown.length > 0 && (
        <table className="table-preview" aria-label="First rows as they will be read">
          <thead>
            <tr>
              <th>line</th>
              {shown.map((f) => (
                <th key={f.field}>{f.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                {shown.map((f) => (
                  <td key={f.field}>{row.values[mapping[f.field] as string] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
