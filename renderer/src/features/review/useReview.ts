import { useEffect, useMemo, useRef } from 'react';
import type { ProjectRepository } from '../../storage/projectRepository';
import type { ActionHistory } from '../history/actionHistory';
import { connectReview } from './connectReview';
import { ReviewController } from './reviewController';
import { ReviewStore, useReviewState, type ReviewState } from './reviewStore';

/** What the review needs of the open project (an OpenProject fits). */
export interface ReviewProject {
  record: { id: string };
  repo: ProjectRepository;
  history: ActionHistory;
}

export interface Review {
  controller: ReviewController;
  state: ReviewState;
}

/**
 * The review of the open project: its store and controller (one per project, starting where
 * the queue stood), fed by live queries while `open` is given. Pass null while the review is
 * hidden, so 20,000 links are not re-read on every change. Read errors go to `onError`, else
 * they show in the review itself.
 */
export function useReview(open: ReviewProject | null, onError?: (message: string) => void): Review {
  const projectId = open?.record.id ?? null;
  const history = open?.history ?? null;
  const repo = open?.repo ?? null;

  const { store, controller } = useMemo(() => {
    const store = new ReviewStore();
    return { store, controller: new ReviewController(store, history, projectId, repo) };
    // The repository belongs to the project, as the history does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projectId, history]);

  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  });

  useEffect(() => {
    if (!repo) return undefined;
    return connectReview(store, repo, (message) => (report.current ? report.current(message) : store.say(message)));
  }, [store, repo]);

  return { controller, state: useReviewState(store) };
}
