// 确认 / 忽略 and a note beside each finding of the findings list (findings.js renders the list;
// its buttons carry data-finding = the finding's index). A dismissed finding is greyed. The
// decision itself is the caller's: onDecide(finding, status | null, note) stores it and re-checks.
import { h } from '../dom.js';

const STATUS_LABEL = { confirmed: '已确认', dismissed: '已忽略' };

export function attachDecisionControls(container, report, { onDecide }) {
  const findings = report.findings || [];
  for (const button of container.querySelectorAll('button.fbtn[data-finding]')) {
    const f = findings[Number(button.dataset.finding)];
    const item = button.closest('li');
    if (!f || !item || !f.fingerprint) continue;
    const status = f.decision ? f.decision.status : null;
    if (status === 'dismissed') item.classList.add('dismissed');
    if (status === 'confirmed') item.classList.add('confirmed');
    item.dataset.fingerprint = f.fingerprint;
    const note = h('input', { type: 'text', class: 'note', placeholder: '备注（可选）', 'aria-label': `备注：${f.message}`,
      value: f.decision ? f.decision.note || '' : '' });
    const decide = (next) => onDecide(f, next, note.value.trim());
    item.appendChild(h('div', { class: 'decision', role: 'group', 'aria-label': '审核决定' },
      status ? h('span', { class: `decision-state st-${status}` }, STATUS_LABEL[status]) : null,
      h('button', { type: 'button', class: 'confirm', 'aria-pressed': String(status === 'confirmed'), onclick: () => decide(status === 'confirmed' ? null : 'confirmed') },
        status === 'confirmed' ? '取消确认' : '确认'),
      h('button', { type: 'button', class: 'dismiss', 'aria-pressed': String(status === 'dismissed'), onclick: () => decide(status === 'dismissed' ? null : 'dismissed') },
        status === 'dismissed' ? '取消忽略' : '忽略'),
      note));
    // A note edited after the decision is kept with it.
    if (status) note.addEventListener('change', () => onDecide(f, status, note.value.trim()));
  }
}
