import { Dialog } from '../features/common/Dialog';
import { COMMANDS } from './commands';

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
          {COMMANDS.map((c) => (
            <tr key={`${c.where} ${c.keys}`}>
              <th>
                <kbd>{c.keys}</kbd>
              </th>
              <td className="muted small">{c.where}</td>
              <td>{c.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">On macOS, Cmd works wherever Ctrl is listed.</p>
    </Dialog>
  );
}
