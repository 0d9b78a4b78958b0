// Digest email strings. Chinese says 待清理 for uncleared and 顺延 for a push, as the sidebar does; counts come as
// `.one` / `.other` pairs for domain/words' counted().
export const digestMessages = {
  // Full weekday names for domain/words' weekdayName(), Sunday first like sb.weekdays.
  'words.weekdayNames': {
    en: 'Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday',
    zh: '周日,周一,周二,周三,周四,周五,周六',
  },

  'dg.title': { en: 'Daily Close digest', zh: '每日签单日报' },
  'dg.product': { en: 'Daily Close', zh: '每日签单' },
  'dg.subject.targets': { en: 'targets {signed}/{named}', zh: '今日目标 已签 {signed}/{named}' },
  'dg.subject.noTargets': { en: 'no targets named', zh: '未设今日目标' },
  'dg.subject.without.one': { en: '1 rep without {weekday}’s target', zh: '{n}人未定{weekday}目标' },
  'dg.subject.without.other': { en: '{n} reps without {weekday}’s target', zh: '{n}人未定{weekday}目标' },
  'dg.partJoin': { en: ' · ', zh: ' · ' },
  'dg.pre.uncleared.one': { en: '1 uncleared', zh: '待清理 {n} 个' },
  'dg.pre.uncleared.other': { en: '{n} uncleared', zh: '待清理 {n} 个' },
  'dg.intro': { en: '{team} · {date} · for {manager}', zh: '{team} · {date} · 致 {manager}' },
  'dg.open': { en: 'Open the pipeline', zh: '打开客户库' },
  'dg.notWorkingDay': {
    en: 'Today is not a working day. The next working day is {next}.',
    zh: '今天不是工作日。下一个工作日是{next}。',
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
  'dg.more': { en: '… and {count} more', zh: '……另有 {count} 个' },
  'dg.none': { en: 'None.', zh: '无。' },
  'dg.labelled': { en: '{label}: {value}', zh: '{label}：{value}' },
  'dg.linkRow': { en: 'open row', zh: '打开该行' },

  'dg.key.targets': { en: 'Today’s targets', zh: '今日目标' },
  'dg.key.targetsValue': { en: '{signed} of {named} signed', zh: '已签 {signed}/{named}' },
  'dg.key.noTargets': { en: 'none named', zh: '未设目标' },
  'dg.key.signedToday': { en: 'Signed today: {n}', zh: '今日签单：{n}' },
  'dg.key.month': {
    en: 'This month: {signed} signed · floor so far {floor} · goal {low}–{high}',
    zh: '本月：已签 {signed} 单 · 至今底线 {floor} · 目标 {low}–{high}',
  },
  'dg.behind': { en: 'behind the floor', zh: '低于底线' },
  'dg.teamPace': {
    en: 'Floor = {days} of {monthDays} working days × 10% × {reps} reps; goal = 8–10 a rep this month.',
    zh: '底线 = 本月{monthDays}个工作日中已过{days}天 × 10% × {reps}名销售；目标 = 每人本月 8–10 单。',
  },
  'dg.noTargetNext': { en: 'No target for {day} yet', zh: '还未定{day}目标' },
  'dg.noTargetNextNone': { en: 'Every rep has a target for {day}.', zh: '每位销售都已定好{day}的目标。' },

  'dg.totals': { en: 'Team totals', zh: '团队汇总' },
  'dg.tiersNow': { en: 'A {A} · B {B} · C {C} · open {open}', zh: 'A类 {A} · B类 {B} · C类 {C} · 跟进中 {open}' },
  'dg.tiersChange': {
    en: 'vs 7 days ago: A {A} · B {B} · C {C} · open {open}',
    zh: '较7天前：A类 {A} · B类 {B} · C类 {C} · 跟进中 {open}',
  },

  'dg.reps': { en: 'Reps', zh: '销售明细' },
  'dg.repToday': { en: 'Today: {targets}', zh: '今日目标：{targets}' },
  'dg.repTodayItem': { en: '{customer} — {result}', zh: '{customer} — {result}' },
  'dg.repNoTodayTarget': { en: 'no target named', zh: '未设目标' },
  'dg.repNext': { en: 'Target for {day}: {targets}', zh: '{day}目标：{targets}' },
  'dg.repUncleared': { en: 'Uncleared: {count}', zh: '待清理：{count}' },
  'dg.repMonth': {
    en: 'This month: {signed} signed · floor so far {floor} · first-visit signings {first}',
    zh: '本月：已签 {signed} 单 · 至今底线 {floor} · 首访签单 {first}',
  },
  'dg.repPushed': { en: 'Other targets pushed: {list}', zh: '其他顺延的目标：{list}' },
  'dg.pushedItem.one': { en: '{customer} (once)', zh: '{customer}（{n}次）' },
  'dg.pushedItem.other': { en: '{customer} ({n} times)', zh: '{customer}（{n}次）' },
  'dg.repA': { en: 'A customers ({count})', zh: 'A类客户（{count}）' },
  'dg.repNoA': { en: 'No A customers.', zh: '没有A类客户。' },
  'dg.aCompact': {
    en: 'Every A customer is listed, some of their details are left to the sheet so this email is not clipped.',
    zh: '为免邮件过长被截断，A类客户的部分详情从略（每个A类客户仍都列出），详见客户库。',
  },
  'dg.aDays.one': { en: 'A for 1 day', zh: 'A类 {n} 天' },
  'dg.aDays.other': { en: 'A for {n} days', zh: 'A类 {n} 天' },
  'dg.visits.one': { en: '1 visit', zh: '拜访 {n} 次' },
  'dg.visits.other': { en: '{n} visits', zh: '拜访 {n} 次' },
  'dg.pushes.one': { en: 'pushed once', zh: '顺延 {n} 次' },
  'dg.pushes.other': { en: 'pushed {n} times', zh: '顺延 {n} 次' },
  'dg.aTarget': { en: 'target {day}', zh: '目标 {day}' },
  'dg.nextStep': { en: 'Next step: {step}', zh: '下一步：{step}' },
  'dg.result.signed': { en: 'signed', zh: '已签单' },
  'dg.result.notSigned': { en: 'not signed', zh: '未签下' },
  'dg.result.dropped': { en: 'dropped', zh: '已放弃' },
  'dg.result.open': { en: 'no result yet', zh: '尚无结果' },

  'dg.uncleared': { en: 'Uncleared — most urgent first', zh: '待清理（最紧急的在前）' },

  'dg.softDrops': { en: 'Soft drops to review (last 7 days)', zh: '疑似假拒绝，需复核（近7天）' },
  'dg.softDropDetail': { en: 'dropped {date} · reason: {reason}', zh: '{date} 放弃 · 原因：{reason}' },

  'dg.notFirstVisit': {
    en: 'New customers not signed on the first visit (last 7 days)',
    zh: '首访未签下的新客户（近7天）',
  },
  'dg.notFirstVisitDetail': { en: 'added {date} · {visits} · {status}', zh: '{date} 录入 · {visits} · {status}' },
  'dg.visitsUnknown': { en: 'visits not recorded', zh: '未记拜访次数' },

  'dg.flow': { en: 'Pipeline flow this week', zh: '本周客户库流动' },
  'dg.flowLine': {
    en: 'added {added} · out {out} (signed {signed}, dropped {dropped})',
    zh: '新增 {added} · 流出 {out}（签单 {signed}，放弃 {dropped}）',
  },
  'dg.flowClearing': { en: 'clearing', zh: '在清库' },
  'dg.flowGrowing': { en: 'growing', zh: '进多出少' },
  'dg.flowOnlyGrowing': { en: 'only growing', zh: '只进不出' },

  'dg.legend': { en: 'Row colours in the sheet', zh: '表格中的行颜色' },
  'dg.legend.invalid': { en: 'red = invalid entry', zh: '红色 = 填写有误' },
  'dg.legend.noTarget': { en: 'yellow = A without target date', zh: '黄色 = A类没有目标签单日' },
  'dg.legend.pushed': { en: 'blue = target pushed too often', zh: '蓝色 = 目标顺延过多' },
  'dg.legend.missed': { en: 'orange = target date passed', zh: '橙色 = 目标签单日已过' },
  'dg.legend.aged': { en: 'purple = kept its tier too long', zh: '紫色 = 分类停留过久' },
  'dg.footer': {
    en: 'Sent by Daily Close from the team’s pipeline sheet.',
    zh: '由每日签单根据团队客户库发送。',
  },
} as const;
