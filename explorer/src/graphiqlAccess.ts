/**
 * What GraphiQL's markup lacks for assistive technology, added to its DOM as it renders (axe-core finds
 * these in graphiql 4.1): names for CodeMirror's hidden textareas, tabs that are buttons in a list rather
 * than `role="tab"` items holding two buttons each (nested interactive controls), and its scrolling editor
 * boxes reachable by keyboard. React leaves attributes it did not change alone, so a fix holds until
 * GraphiQL re-renders that element, and the observer applies it again.
 */

/** Names of GraphiQL's editors, by the box that holds each one's textarea. */
const EDITOR_NAMES: [selector: string, name: string][] = [
  ['.graphiql-query-editor', 'GraphQL query'],
  ['.graphiql-editor-tool', 'Variables (JSON)'],
  ['.graphiql-response', 'Response'],
];

export function makeGraphiqlAccessible(root: HTMLElement): void {
  const apply = () => {
    for (const [selector, name] of EDITOR_NAMES) {
      for (const textarea of root.querySelectorAll<HTMLTextAreaElement>(`${selector} textarea:not([aria-label])`)) {
        textarea.setAttribute('aria-label', name);
      }
    }
    // A plain list of buttons: the active tab says so with aria-current.
    for (const list of root.querySelectorAll('[role="tablist"]')) list.removeAttribute('role');
    for (const item of root.querySelectorAll('.graphiql-tab[role="tab"], .graphiql-tab[aria-selected]')) {
      const active = item.getAttribute('aria-selected') === 'true';
      item.removeAttribute('role');
      item.removeAttribute('aria-selected');
      const button = item.querySelector('.graphiql-tab-button');
      if (!button) continue;
      if (active) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    for (const box of root.querySelectorAll('.CodeMirror-scroll[tabindex="-1"]')) box.setAttribute('tabindex', '0');
  };
  apply();
  new MutationObserver(apply).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['role', 'aria-selected', 'tabindex'],
  });
}
