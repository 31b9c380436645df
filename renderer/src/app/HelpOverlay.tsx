import { Dialog } from '../features/common/Dialog';

const KEYS: [string, string][] = [
  ['1 – 8', 'Tag the selection with the numbered tag; with no selection, retag the selected annotation'],
  ['Click', 'Select the annotation under the pointer (the innermost one)'],
  ['Alt + select', 'Select exactly, without growing to whole words'],
  ['Esc', 'Close the tag menu, clear the selection'],
  ['J / K', 'Next / previous annotation'],
  ['Delete', 'Delete the selected annotation'],
  ['N', 'Edit the note of the selected annotation (Ctrl+Enter saves)'],
  ['Ctrl+Z', 'Undo'],
  ['Shift+Ctrl+Z, Ctrl+Y', 'Redo'],
  ['?', 'This list'],
];

export function HelpOverlay({ onClose }: { onClose(): void }) {
  return (
    <Dialog
      title="Keyboard"
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="primary" autoFocus>
          Close
        </button>
      }
    >
      <table className="keys">
        <tbody>
          {KEYS.map(([k, what]) => (
            <tr key={k}>
              <th>
                <kbd>{k}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">On macOS, Cmd works wherever Ctrl is listed.</p>
    </Dialog>
  );
}
