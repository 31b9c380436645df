import { placeText, type ImportReport } from '../../core/formats/projectSnapshot';

const SHOWN = 200;

/** Every problem of an import with its place: errors first, then what was skipped, then warnings. */
export function ImportReportList({ report }: { report: ImportReport }) {
  const rows = [
    ...report.errors.map((p) => ({ kind: 'Error', p })),
    ...report.skipped.map((p) => ({ kind: 'Skipped', p })),
    ...report.warnings.map((p) => ({ kind: 'Note', p })),
  ];
  if (rows.length === 0) return null;
  return (
    <>
      <ul className="import-report" aria-label="Import report">
        {rows.slice(0, SHOWN).map(({ kind, p }, i) => (
          <li key={i}>
            <strong>{kind}</strong> {placeText(p)}: {p.message}
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && <p className="muted small">…and {rows.length - SHOWN} more.</p>}
    </>
  );
}
