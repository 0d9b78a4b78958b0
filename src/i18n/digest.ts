// Digest email strings.
export const digestMessages = {
  'dg.title': { en: 'Daily Close digest', zh: '每日签单日报' },
  'dg.product': { en: 'Daily Close', zh: '每日签单' },
  'dg.subject': { en: 'Daily Close · {team} · {date}', zh: '每日签单 · {team} · {date}' },
  'dg.intro': { en: '{team} · {date} · for {manager}', zh: '{team} · {date} · 致 {manager}' },
  'dg.notWorkingDay': {
    en: 'Today is not a working day. Tomorrow’s targets are for {next}.',
    zh: '今天不是工作日。明日目标指 {next}。',
  },
  'dg.undelivered': {
    en: 'The digest to {list} kept failing for 7 days and was given up: check that address on the Team sheet.',
    zh: '发给 {list} 的日报连续 7 天发送失败，已停止发送：请检查团队表中的该邮箱。',
  },
  'dg.sentLate': {
    en: 'Sent late: this is the digest for {date}, held back by the daily mail quota. The figures are as the sheet stands now.',
    zh: '补发：这是 {date} 的日报，因每日邮件配额不足而延后。数字以表格当前状态为准。',
  },
  'dg.noReps': { en: 'No active reps report to you on the Team sheet.', zh: '团队表中没有向您汇报的在职销售。' },
  'dg.more': { en: '… and {count} more', zh: '……另有 {count} 条' },
  'dg.none': { en: 'None.', zh: '无。' },
  'dg.labelled': { en: '{label}: {value}', zh: '{label}：{value}' },
  'dg.linkRow': { en: 'open row', zh: '打开该行' },

  'dg.totals': { en: 'Team totals', zh: '团队汇总' },
  'dg.tierCount': { en: '{tier} customers', zh: '{tier}类客户' },
  'dg.openCount': { en: 'Open customers', zh: '跟进中客户' },
  'dg.change7': { en: '{change} vs 7 days ago', zh: '较7天前 {change}' },
  'dg.noteWrap': { en: '{value} ({note})', zh: '{value}（{note}）' },
  'dg.noChange7': { en: 'no log 7 days ago', zh: '7天前无日志' },
  'dg.todayTargets': { en: 'Today’s targets signed', zh: '今日目标签单' },
  'dg.targetsRatio': { en: '{signed} of {named}', zh: '{named}个中签{signed}个' },
  'dg.signedToday': { en: 'Signed today', zh: '今日签单' },
  'dg.monthSigned': { en: 'Signed this month', zh: '本月签单' },
  'dg.teamPace': {
    en: 'Floor so far {floor} ({days} of {monthDays} working days × 10% × {reps} reps); disciplined reps reach {low}–{high} this month.',
    zh: '至今底线 {floor}（本月{monthDays}个工作日中已过{days}天 × 10% × {reps}名销售）；自律的团队本月可达 {low}–{high} 单。',
  },
  'dg.behindPace': { en: 'Behind the floor: {signed} signed, floor {floor}.', zh: '低于底线：已签 {signed} 单，底线 {floor}。' },

  'dg.reps': { en: 'Reps', zh: '销售明细' },
  'dg.repTiers': { en: 'A {A} · B {B} · C {C} · open {open}', zh: 'A {A} · B {B} · C {C} · 跟进中 {open}' },
  'dg.repToday': { en: 'Today: {targets}', zh: '今日目标：{targets}' },
  'dg.repNoTodayTarget': { en: 'no target named', zh: '未设目标' },
  'dg.repTomorrow': { en: 'Tomorrow ({date}): {targets}', zh: '明日目标（{date}）：{targets}' },
  'dg.repNoTomorrow': { en: 'NO TARGET for tomorrow', zh: '未设明日目标' },
  'dg.repUncleared': { en: 'Uncleared: {count}', zh: '未清理：{count}' },
  'dg.repMonth': {
    en: 'Month: {signed} signed (floor so far {floor}, goal 8–10) · first-visit signings {first}',
    zh: '本月：签单 {signed}（至今底线 {floor}，目标 8–10）· 首访签单 {first}',
  },
  'dg.repBehind': { en: 'behind pace', zh: '落后进度' },
  'dg.result.signed': { en: 'signed', zh: '已签单' },
  'dg.result.notSigned': { en: 'not signed', zh: '未签下' },
  'dg.result.dropped': { en: 'dropped', zh: '已放弃' },
  'dg.result.open': { en: 'no result yet', zh: '尚无结果' },

  'dg.noTargetTomorrow': { en: 'No target for tomorrow ({date})', zh: '没有明日（{date}）目标的销售' },
  'dg.noTargetTomorrowNone': { en: 'Every rep has named tomorrow’s target.', zh: '每位销售都已设定明日目标。' },

  'dg.aCustomers': { en: 'Every A customer', zh: '全部A类客户' },
  'dg.aDetail': {
    en: 'A for {days} days · target {target} · visits {visits}',
    zh: 'A类 {days} 天 · 目标日 {target} · 拜访 {visits} 次',
  },
  'dg.nextStep': { en: 'Next step: {step}', zh: '下一步：{step}' },
  'dg.noTargetDate': { en: 'none', zh: '无' },
  'dg.unknown': { en: '—', zh: '—' },

  'dg.uncleared': { en: 'Uncleared rows (oldest first)', zh: '未清理客户（最久的在前）' },
  'dg.unclearedDetail': { en: 'tier {tier} · {days} days in tier', zh: '{tier}类 · 已{days}天' },
  'dg.unclearedNoTier': { en: 'no valid tier · {days} days', zh: '分类无效 · 已{days}天' },

  'dg.softDrops': { en: 'Soft drops to review (last 7 days)', zh: '需复核的软性放弃（近7天）' },
  'dg.softDropDetail': { en: 'dropped {date} · reason: {reason}', zh: '{date} 放弃 · 原因：{reason}' },

  'dg.notFirstVisit': {
    en: 'New customers not signed on the first visit (last 7 days)',
    zh: '首访未签下的新客户（近7天）',
  },
  'dg.notFirstVisitDetail': { en: 'added {date} · visits {visits} · {status}', zh: '{date} 录入 · 拜访 {visits} 次 · {status}' },

  'dg.flow': { en: 'Pipeline flow this week', zh: '本周客户库流动' },
  'dg.flowLine': {
    en: 'added {added} · out {out} (signed {signed}, dropped {dropped})',
    zh: '新增 {added} · 流出 {out}（签单 {signed}，放弃 {dropped}）',
  },
  'dg.flowClearing': { en: 'clearing', zh: '在清库' },
  'dg.flowGrowing': { en: 'growing', zh: '进多出少' },
  'dg.flowOnlyGrowing': { en: 'only growing', zh: '只进不出' },
  'dg.footer': {
    en: 'Sent by Daily Close from the team’s pipeline sheet. Rows link to the sheet.',
    zh: '由每日签单根据团队客户库发送。各行可链接到表格。',
  },
} as const;
