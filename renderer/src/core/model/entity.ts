/** A canonical entity of the project: one thing however many names the articles use for it. */
export interface Entity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  createdAt: string;
  updatedAt: string;
}
