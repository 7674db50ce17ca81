// Chinese labels for the stable keys of the result JSON.

export const SEVERITY_ORDER = ['error', 'warning', 'info'];
export const SEVERITY_RANK = { ok: 0, info: 1, warning: 2, error: 3 };

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示', ok: '通过' };
// Colour is never the only signal: each severity also has its own glyph and underline pattern (CSS).
export const SEVERITY_ICON = { error: '✖', warning: '▲', info: 'ℹ', ok: '✓' };

export const KIND_LABEL = { department: '部门', government: '人民政府', unknown: '未识别' };

export const TOPIC_LABEL = {
  overview: '总体情况',
  proactive: '主动公开政府信息情况',
  applications: '收到和处理政府信息公开申请情况',
  review_litigation: '行政复议、行政诉讼情况',
  fees: '收费及减免情况',
  problems: '存在的主要问题及改进情况',
  other: '其他需要报告的事项',
  annex: '附表',
  generic: '统计表（附表）',
};

export function topicLabel(topic) {
  return (topic && TOPIC_LABEL[topic]) || topic || '未归类';
}

export function worstSeverity(a, b) {
  return (SEVERITY_RANK[a] || 0) >= (SEVERITY_RANK[b] || 0) ? a : b;
}
