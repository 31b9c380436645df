import { newId } from '../../core/model/ids';

const KEY = 'crosscheck.author';

/**
 * Who made an action: one id per installation, kept in this browser profile, until projects
 * are shared and analysts sign in. Every stored action carries it.
 */
export function authorId(): string {
  let id = localStorage.getItem(KEY);
  if (!id) {
    id = newId('u');
    localStorage.setItem(KEY, id);
  }
  return id;
}
