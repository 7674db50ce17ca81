// One floating tooltip for the marks of the annotated view: shown on hover and on keyboard focus,
// hidden with Escape. Content is set with textContent only.
import { h, clear } from './dom.js';
import { SEVERITY_LABEL, SEVERITY_ICON } from './labels.js';

export function attachTooltip(container, getFindings) {
  const tip = h('div', { id: 'tip', role: 'tooltip', class: 'tip', hidden: true });
  document.body.appendChild(tip);
  let current = null;

  const show = (mark) => {
    const findings = getFindings();
    const ids = (mark.dataset.findings || '').split(' ').filter(Boolean).map(Number);
    if (!ids.length) return;
    clear(tip);
    for (const i of ids) {
      const f = findings[i];
      if (!f) continue;
      tip.appendChild(h('div', { class: `tip-item sev-${f.severity}` },
        h('span', { class: 'tip-sev' }, `${SEVERITY_ICON[f.severity]} ${SEVERITY_LABEL[f.severity]}`),
        h('code', { class: 'tip-rule' }, f.rule),
        h('div', { class: 'tip-msg' }, f.message),
        f.expected != null ? h('div', { class: 'tip-exp' }, `应为：${f.expected}`) : null));
    }
    tip.hidden = false;
    current = mark;
    mark.setAttribute('aria-describedby', 'tip');
    const r = mark.getBoundingClientRect();
    const tw = tip.offsetWidth, th = tip.offsetHeight;
    let left = Math.min(Math.max(8, r.left), window.innerWidth - tw - 8);
    let top = r.bottom + 6;
    if (top + th > window.innerHeight - 8) top = Math.max(8, r.top - th - 6);
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };
  const hide = () => {
    if (current) current.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };

  container.addEventListener('mouseover', (e) => { const m = e.target.closest('mark.f'); if (m && m !== current) show(m); });
  container.addEventListener('mouseout', (e) => {
    const m = e.target.closest('mark.f');
    if (m && !m.contains(e.relatedTarget) && document.activeElement !== m) hide();
  });
  container.addEventListener('focusin', (e) => { const m = e.target.closest('mark.f'); if (m) show(m); });
  container.addEventListener('focusout', () => hide());
  container.addEventListener('scroll', () => { if (current) show(current); }, { passive: true });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  return { show, hide };
}
