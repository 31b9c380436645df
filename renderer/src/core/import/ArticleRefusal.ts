/**
 * Thrown by a parser for a file it will not read, with the reason in the words the user
 * sees after the file's name ("the HTML is nested 2,013 levels deep; the limit is 500"),
 * so it is shown as it is rather than as a failure to parse.
 */
export class ArticleRefusal extends Error {
  override readonly name = 'ArticleRefusal';
}
