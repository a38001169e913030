/** An element with attributes and plain text. Text always goes through textContent, never HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name] as string);
  if (text !== undefined) node.textContent = text;
  return node;
}
