// Builds DOM nodes from data without ever parsing HTML: text goes in as text nodes, so a school
// name such as "<img onerror=…>" is shown as those characters and never becomes an element.

/**
 * el('a', {href: '#/', class: 'x'}, 'text', child) creates an element. Attributes are set with
 * setAttribute (an "on…" attribute is refused), children that are strings become text nodes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error('event handlers are added with addEventListener');
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces all children of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}
