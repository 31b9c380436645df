import { useCallback, useMemo } from 'react';
import type { ArticleSummary } from '../../core/model/article';
import type { LinkTypeDef } from '../../core/model/link';
import type { TagSchema } from '../../core/model/tagSchema';
import { countOf } from '../../core/text/plural';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { AnnotationLinks } from '../links/AnnotationLinks';
import type { Reader } from '../reader/useReader';
import { AnnotationDetails } from './AnnotationDetails';
import { AnnotationList } from './AnnotationList';
import type { Entity } from '../../core/model/entity';
import type { CountedThing } from '../../core/model/figure';
import { ClaimFactsPanel } from '../claims/ClaimFactsPanel';
import { MentionEntity, SameTextBanner } from '../entities/MentionEntity';

/** The right pane: the open article's annotations in text order, and the selected one's details. */
export interface SidebarPaneProps {
  reader: Reader;
  schema: TagSchema;
  articleOpen: boolean;
  articles: ReadonlyMap<string, ArticleSummary>;
  linkTypes: readonly LinkTypeDef[];
  entities: ReadonlyMap<string, Entity>;
  counted: readonly CountedThing[];
  onOpenEntity(id: string): void;
}

export function SidebarPane({ reader, schema, articleOpen, articles, linkTypes, entities, counted, onOpenEntity }: SidebarPaneProps) {
  const { state, controller } = reader;
  const selected = state.anchored.find((x) => x.annotation.id === state.selectedId)?.annotation ?? null;
  const onNoteFocused = useCallback(() => controller.store.noteFocused(), [controller]);
  const onSelect = useCallback((id: string) => controller.show(id), [controller]);
  const entityList = useMemo(() => [...entities.values()].sort((a, b) => a.name.localeCompare(b.name)), [entities]);
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
              onAttribute={(id, value, label) => controller.setAttribute(selected, id, value, label)}
              focusNote={state.noteRequest === selected.id}
              onNoteFocused={onNoteFocused}
            />
          )}
          {state.sameText && <SameTextBanner offer={state.sameText} actions={reader.mentions} />}
          {selected?.kind === 'entity' && (
            <MentionEntity
              mention={selected}
              entity={selected.entityId ? (entities.get(selected.entityId) ?? null) : null}
              typeLabel={entityType(schema, selected.entityId ? entities.get(selected.entityId) : undefined)}
              actions={reader.mentions}
              onPick={() => controller.startEntityLink()}
              onOpen={onOpenEntity}
            />
          )}
          {selected?.kind === 'claim' && state.body && (
            <ClaimFactsPanel claim={selected} text={state.body.text} counted={counted} entities={entityList} reader={controller} />
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

function entityType(schema: TagSchema, entity: Entity | undefined): string {
  return entity ? (schema.tags.find((t) => t.id === entity.type)?.label ?? entity.type) : '';
}
