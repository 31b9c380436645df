import { useProjectSession } from '../features/projects/useProjectSession';
import { Workbench } from './Workbench';

export function App() {
  const session = useProjectSession();
  if (session.error) {
    return (
      <div className="fatal" role="alert">
        <h1>Crosscheck could not open its data</h1>
        <p>{session.error}</p>
        <p>Your projects are untouched. Reload the window to try again.</p>
      </div>
    );
  }
  if (session.loading) return <div className="loading">Opening Crosscheck…</div>;
  return <Workbench session={session} />;
}
