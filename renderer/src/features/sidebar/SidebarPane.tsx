import { useCallback } from 'react';
import type { ArticleSummary } from '../../core/model/article';
import type { LinkTypeDef } from '../../core/model/link';
import type { TagSchema } from '../../core/model/tagSchema';
import { countOf } from '../../core/text/plural';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { AnnotationLinks } from '../links/AnnotationLinks';
import type { Reader } from '../reader/useReader';
import { AnnotationDetails } from './AnnotationDetails';
import { AnnotationList } from './AnnotationList';

/** The right pane: the open article's annotations in text order, and the selected one's details. */
export interface SidebarPaneProps {
  reader: Reader;
  schema: TagSchema;
  articleOpen: boolean;
  articles: ReadonlyMap<string, ArticleSummary>;
  linkTypes: readonly LinkTypeDef[];
}

export function SidebarPane({ reader, schema, articleOpen, articles, linkTypes }: SidebarPaneProps) {
  const { state, controller } = reader;
  const selected = state.anchored.find((x) => x.annotation.id === state.selectedId)?.annotation ?? null;
  const onNoteFocused = useCallback(() => controller.store.noteFocused(), [controller]);
  const onSelect = useCallback((id: string) => controller.show(id), [controller]);
  return (
    <aside className="pane sidebar" aria-label="Annotations">
      <h2 className="pane-title">
        Annotations <span className="muted">{articleOpen ? state.anchored.length : ''}</span>
      </h2>
      {articleOpen ? (
        <>
          <AnnotationList items={state.anchored} schema={schema} selectedId={state.selectedId} onSelect={onSelect} />
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
          {selected && (
            <AnnotationLinks
              annotation={selected}
              links={controller.store.linksOf(selected.id)}
              ends={state.linkEnds}
              articles={articles}
              types={linkTypes}
              onFollow={(link) => controller.follow(link, selected.id)}
              onStatus={(link, status) => controller.setLinkStatus(link, status)}
              onRetype={(link, type) => controller.retypeLink(link, type, linkTypes)}
              onDelete={(link) => controller.deleteLink(link)}
              onStartLink={() => controller.startLink()}
            />
          )}
          {state.confirmDelete && (
            <ConfirmDialog title="Delete annotation" confirm="Delete" danger onClose={() => controller.confirmDelete(false)} onConfirm={() => controller.confirmDelete(true)}>
              <p>
                This claim has {countOf(state.confirmDelete.links, 'link', 'links')} to other claims. Delete it and its links? Ctrl+Z brings them back.
              </p>
            </ConfirmDialog>
          )}
        </>
      ) : (
        <p className="empty">Open an article to see its annotations.</p>
      )}
    </aside>
  );
}
