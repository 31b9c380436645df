/** Random, sortable-enough ids; `crypto.randomUUID` is not available to the DOM-free core's types. */
export function newId(prefix: string): string {
  const time = Date.now().toString(36);
  let rand = '';
  for (let i = 0; i < 10; i++) rand += Math.floor(Math.random() * 36).toString(36);
  return `${prefix}_${time}${rand}`;
}
