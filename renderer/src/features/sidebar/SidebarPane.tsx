import { useCallback } from 'react';
import type { TagSchema } from '../../core/model/tagSchema';
import type { Reader } from '../reader/useReader';
import { AnnotationDetails } from './AnnotationDetails';
import { AnnotationList } from './AnnotationList';

/** The right pane: the open article's annotations in text order, and the selected one's details. */
export function SidebarPane({ reader, schema, articleOpen }: { reader: Reader; schema: TagSchema; articleOpen: boolean }) {
  const { state, controller } = reader;
  const selected = state.anchored.find((x) => x.annotation.id === state.selectedId)?.annotation ?? null;
  const onNoteFocused = useCallback(() => controller.store.noteFocused(), [controller]);
  return (
    <aside className="pane sidebar" aria-label="Annotations">
      <h2 className="pane-title">
        Annotations <span className="muted">{articleOpen ? state.anchored.length : ''}</span>
      </h2>
      {articleOpen ? (
        <>
          <AnnotationList items={state.anchored} schema={schema} selectedId={state.selectedId} onSelect={(id) => controller.show(id)} />
          {selected && (
            <AnnotationDetails
              key={selected.id}
              annotation={selected}
              schema={schema}
              onRetag={(tag) => controller.retag(selected, tag)}
              onNote={(note, final) => controller.saveNote(selected.id, note, final)}
              onDelete={() => controller.deleteSelected()}
              focusNote={state.noteRequest === selected.id}
              onNoteFocused={onNoteFocused}
            />
          )}
        </>
      ) : (
        <p className="empty">Open an article to see its annotations.</p>
      )}
    </aside>
  );
}
