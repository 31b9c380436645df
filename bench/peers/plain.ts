/** Reference: the same article as plain HTML, no editor, no highlights (the floor). */
import { peerData, peerPage, plainHtml } from './common';

const data = peerData();
const { api } = peerPage('Plain HTML', (container) => {
  container.innerHTML = plainHtml(data.article);
});
api.ready = true;
