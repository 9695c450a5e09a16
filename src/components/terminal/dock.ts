// The terminal's collapse/expand toggle (button[data-action="toggle"], aria-expanded, data-label-collapse and
// data-label-expand): a collapsed terminal carries data-collapsed and its body is hidden by CSS.

/** Shows or hides the terminal's body; `refit` measures xterm again once it is visible. */
export function setExpanded(host: HTMLElement, expanded: boolean, refit: () => void): void {
  const toggle = host.querySelector<HTMLButtonElement>('[data-action="toggle"]');
  if (!toggle) return;
  toggle.setAttribute('aria-expanded', String(expanded));
  toggle.textContent = expanded ? (toggle.dataset.labelCollapse ?? '') : (toggle.dataset.labelExpand ?? '');
  host.toggleAttribute('data-collapsed', !expanded);
  if (expanded) requestAnimationFrame(refit);
}

export function wireDockToggle(host: HTMLElement, refit: () => void): void {
  const toggle = host.querySelector<HTMLButtonElement>('[data-action="toggle"]');
  toggle?.addEventListener('click', () => {
    const expanded = toggle.getAttribute('aria-expanded') !== 'false';
    setExpanded(host, !expanded, refit);
  });
}
