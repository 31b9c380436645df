import { useState } from 'react';
import type { TagDef } from '../../core/model/tagSchema';
import type { ProjectRepository } from '../../storage/projectRepository';
import { AddTagForm } from './AddTagForm';
import { deleteTag, moveRow } from './settingsActions';
import type { Run, SettingsState } from './settingsStore';
import { TagDeleteDialog } from './TagDeleteDialog';
import { TagRow } from './TagRow';
import { useFocusRescue } from './useFocusRescue';
import { useRefusal } from './useRefusal';

export interface TagListProps {
  rows: SettingsState;
  /** Annotations per tag id; null while being counted. */
  use: ReadonlyMap<string, number> | null;
  run: Run;
  repo: ProjectRepository;
  say(message: string): void;
}

/** The project's tags in their order (the reader's tag menu follows it), and a form for a new one. */
export function TagList({ rows, use, run, repo, say }: TagListProps) {
  const [deleting, setDeleting] = useState<{ tag: TagDef; count: number } | null>(null);
  const [problem, setProblem] = useRefusal(rows.lastAction);
  const rescue = useFocusRescue<HTMLHeadingElement>();

  /** Read now, not from the count shown: a tag used by none goes at once (it is undoable); else ask. */
  const startDelete = (tag: TagDef) => {
    setProblem(null);
    repo.annotationsWithTag(tag.id).then(
      (using) => {
        if (using.length > 0) return setDeleting({ tag, count: using.length });
        rescue.arm();
        void deleteTag(run, repo, tag, 'delete').then((outcome) => {
          if (outcome.ok) return say(outcome.message);
          rescue.disarm();
          setProblem(outcome.refusal);
        });
      },
      (e: unknown) => setProblem(`The annotations of ${tag.label} could not be read: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  return (
    <section className="settings-section tags-section" aria-labelledby="settings-tags">
      <div className="section-head">
        <h2 id="settings-tags" tabIndex={-1} ref={rescue.target}>
          Tags
        </h2>
        <p className="muted small">In this order in the tag menu. A key from 1 to 9 tags the selected text in the reader.</p>
      </div>
      <div className="tag-columns" aria-hidden="true">
        <span />
        <span>Name</span>
        <span>Kind</span>
        <span>Key</span>
        <span>Used by</span>
      </div>
      {rows.tags.length === 0 ? (
        <p className="empty">No tags yet: add one below.</p>
      ) : (
        <ul className="tag-list" aria-label="Tags">
          {rows.tags.map((tag, i) => (
            <TagRow
              key={tag.id}
              tag={tag}
              index={i}
              rows={rows}
              uses={use ? (use.get(tag.id) ?? 0) : undefined}
              run={run}
              repo={repo}
              say={say}
              onMove={(delta) => moveRow(run, 'tags', rows.tags, i, delta, `tag ${tag.label}`)}
              onDelete={() => startDelete(tag)}
            />
          ))}
        </ul>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <AddTagForm rows={rows} run={run} />
      {deleting && (
        <TagDeleteDialog
          tag={deleting.tag}
          count={use?.get(deleting.tag.id) ?? deleting.count}
          tags={rows.tags}
          kinds={rows.kinds}
          onClose={() => setDeleting(null)}
          onConfirm={async (fate) => {
            rescue.arm();
            const outcome = await deleteTag(run, repo, deleting.tag, fate);
            if (!outcome.ok) {
              rescue.disarm();
              return outcome.refusal;
            }
            say(outcome.message);
            return null;
          }}
        />
      )}
    </section>
  );
}
