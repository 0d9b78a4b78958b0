// Messages the sidebar's server side answers with, and the reason categories both sides show.
export const serverMessages = {
  'sv.unknownRep': {
    en: '“{rep}” is not an active rep on the Team sheet. Pick your name from the list, or ask your manager to add you to Team.',
    zh: '“{rep}”不在团队表的在职销售中。请从列表中选择你的名字，或请经理把你加入团队表。',
  },
  'sv.notYou': {
    en: 'You cannot act as {rep}: Team lists another email for that name (you are {me}).',
    zh: '你不能以 {rep} 的身份操作：团队表中该名字登记的是另一个邮箱（你是 {me}）。',
  },
  'sv.notYourRep': {
    en: '{rep} is not one of your reps, so you cannot act for them.',
    zh: '{rep} 不是你团队的销售，不能代其操作。',
  },
  'sv.whoAreYou': {
    en: 'Daily Close does not know who you are yet: pick your name first.',
    zh: '每日签单还不知道你是谁：请先选择你的名字。',
  },
  'sv.badArgs': {
    en: 'The request was not understood ({what}). Press Refresh in the sidebar and try again.',
    zh: '无法识别该请求（{what}）。请点侧边栏的“刷新”后再试。',
  },
  'sv.unexpected': {
    en: 'Google Sheets could not finish this. Nothing was saved and nothing you typed is lost — try again. If it keeps happening, tell your manager.',
    zh: 'Google 表格没能完成这次操作。没有保存任何内容，你填写的内容也都还在——请重试。如果一直这样，请告诉经理。',
  },
  'sv.sheetsSlow': {
    en: 'Google Sheets did not answer in time. Nothing was saved and nothing you typed is lost — try again in a moment.',
    zh: 'Google 表格没有及时响应。没有保存任何内容，你填写的内容也都还在——请稍后重试。',
  },
  'sv.busy': {
    en: 'Someone else is saving to the pipeline right now. Nothing you typed is lost — try again in a moment.',
    zh: '其他人正在保存客户库。你填写的内容都还在——请稍后重试。',
  },
  'sv.carryOverNeeded': {
    en: '“{customer}” is today’s target and has no result yet. Record how it went, or carry it over to {day} with a reason.',
    zh: '“{customer}”是今日目标，还没有结果。请先记录结果，或写明原因后顺延到{day}。',
  },
  'sv.carryOverNeedsReason': {
    en: 'Say why “{customer}” is carried over to {day}: the reason goes to your manager.',
    zh: '请写明“{customer}”顺延到{day}的原因：原因会报给经理。',
  },
  'sv.carriedOver': { en: 'Carried over', zh: '顺延' },
  'sv.rowGone': {
    en: 'That customer (ID {id}) is no longer in the Pipeline — someone may have deleted the row. Press Refresh in the sidebar.',
    zh: '该客户（编号 {id}）已不在客户库中——可能有人删除了这一行。请点侧边栏的“刷新”。',
  },
  'sv.duplicateId': {
    en: 'Rows {rows} carried the same ID {id} (a copy made outside the sidebar), so nothing was saved. Daily Close has now given the copy its own ID: press Refresh in the sidebar, then try again.',
    zh: '第 {rows} 行编号相同（{id}，表格外复制所致），因此未保存。每日签单已为复制的行分配新编号：请点侧边栏的“刷新”后重试。',
  },
  'sv.dayChanged': {
    en: 'It is {day} now, and the sidebar still shows an earlier day, so nothing was saved. Press Refresh in the sidebar, then choose again.',
    zh: '现在已是{day}，侧边栏显示的还是之前的日期，因此未保存。请点侧边栏的“刷新”后重新选择。',
  },
  'sv.sayWhichRep': {
    en: 'Choose which rep this customer belongs to (the rep list at the top), then add it again.',
    zh: '请先在顶部选择该客户所属的销售，然后再添加。',
  },
  'sv.savedButNoRefresh': {
    en: 'Saved — but the sidebar could not refresh ({message}). Press Refresh before saving anything else.',
    zh: '已保存——但侧边栏未能刷新（{message}）。请先点“刷新”再保存其他内容。',
  },
  'sv.notYourRow': {
    en: '“{customer}” belongs to {rep}: you can only change your own customers (managers: their reps’ customers).',
    zh: '“{customer}”属于 {rep}：你只能修改自己的客户（经理可修改其团队成员的客户）。',
  },
  'sv.notOpen': {
    en: '“{customer}” is already closed (signed or dropped). Pick an open customer.',
    zh: '“{customer}”已结案（已签单或已放弃）。请选择跟进中的客户。',
  },
  'sv.duplicate': {
    en: '“{customer}” is already one of your open customers (row {row}): pick it from the list instead.',
    zh: '“{customer}”已在你的跟进客户中（第 {row} 行）：请直接从列表中选择。',
  },
  'sv.tooLong.customer': {
    en: 'Customer name: at most {limit} characters ({length} typed). Shorten it and save again.',
    zh: '客户名称：最多 {limit} 个字（已输入 {length} 个）。请缩短后再保存。',
  },
  'sv.tooLong.nextStep': {
    en: 'Next step: at most {limit} characters ({length} typed). Shorten it and save again.',
    zh: '下一步：最多 {limit} 个字（已输入 {length} 个）。请缩短后再保存。',
  },
  'sv.tooLong.reasonText': {
    en: 'Reason: at most {limit} characters ({length} typed). Shorten it and save again.',
    zh: '原因：最多 {limit} 个字（已输入 {length} 个）。请缩短后再保存。',
  },
  'sv.rowHidden': {
    en: '“{customer}” is on row {row}, which a filter or the team has hidden. Clear the filter (or unhide the row) to see it.',
    zh: '“{customer}”在第 {row} 行，该行被筛选或手动隐藏了。请清除筛选（或取消隐藏）后查看。',
  },
  'sv.needReason': {
    en: 'Pick a reason category: why was it not signed?',
    zh: '请选择原因类别：为什么没有签下？',
  },
  'sv.needNextStep': {
    en: 'Write the next step: what will you do to sign this customer?',
    zh: '请填写下一步：接下来怎么做才能签下这个客户？',
  },
  'sv.reason.busy': { en: 'Busy / no answer', zh: '忙/没人接' },
  'sv.reason.notDecisionMaker': { en: 'Not the decision maker', zh: '不是决策人' },
  'sv.reason.budget': { en: 'Budget', zh: '预算' },
  'sv.reason.competitor': { en: 'Competitor', zh: '竞争对手' },
  'sv.reason.timing': { en: 'Timing', zh: '时机未到' },
  'sv.reason.other': { en: 'Other', zh: '其他' },
} as const;
