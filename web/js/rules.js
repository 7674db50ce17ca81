// The rule reference, generated from checker.rules(): one entry per rule with what it checks,
// why, the legal basis and the two examples (which are run as tests in the core).
import { h, clear } from './dom.js';
import { SEVERITY_LABEL, SEVERITY_ICON } from './labels.js';

export function ruleAnchor(id) { return `rule-${id}`; }

export function renderRules(container, rules, version) {
  clear(container);
  container.appendChild(h('p', { class: 'muted' }, `共 ${rules.length} 条规则 · nianbao ${version || ''}`));
  const toc = h('nav', { class: 'rule-toc', 'aria-label': '规则目录' });
  const byFamily = new Map();
  for (const r of rules) {
    const fam = r.id.split('.')[0];
    if (!byFamily.has(fam)) byFamily.set(fam, []);
    byFamily.get(fam).push(r);
  }
  for (const [fam, list] of byFamily) {
    toc.appendChild(h('div', null, h('b', null, fam), ' ', list.map((r) => [h('a', { href: `#${ruleAnchor(r.id)}` }, r.id), ' '])));
  }
  container.appendChild(toc);
  for (const r of rules) {
    const sev = r.severity || 'warning';
    container.appendChild(h('article', { class: 'rule', id: ruleAnchor(r.id), tabindex: '-1' },
      h('h3', null, h('code', null, r.id), ' ', h('span', { class: `badge sev-${sev}` }, `${SEVERITY_ICON[sev]} ${SEVERITY_LABEL[sev]}`), ' ', r.summary || ''),
      field('检查什么', r.what), field('为什么', r.why), field('依据', r.basis),
      example('会报告的例子', r.fires, 'fires'), example('不会报告的例子', r.quiet, 'quiet')));
  }
}

function field(label, text) {
  return text ? h('p', null, h('b', null, `${label}：`), text) : null;
}

function example(label, text, cls) {
  return text ? h('div', { class: `example ${cls}` }, h('div', { class: 'ex-label' }, label), h('pre', null, text)) : null;
}
