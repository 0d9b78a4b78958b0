// Messages of the add-on's own runs: setup, the edit guard, menus, the nightly run.
export const appMessages = {
  'app.name': { en: 'Daily Close', zh: '每日签单' },
  'settingsSheet.key': { en: 'Key', zh: '项目' },
  'settingsSheet.value': { en: 'Value', zh: '值' },
  'settingsSheet.note': { en: 'Note', zh: '说明' },
  'app.noSheet': {
    en: 'There is no “{en}” sheet. Fix: run Daily Close › Set up / repair sheets.',
    zh: '找不到“{zh}”工作表。解决：运行 每日签单 › 设置/修复表格。',
  },
  'app.missingColumns': {
    en: 'The Pipeline sheet has no {en} column. Fix: rename the column back to that header, or run Daily Close › Set up / repair sheets to add it.',
    zh: '客户库缺少 {zh} 列。解决：把列名改回该表头，或运行 每日签单 › 设置/修复表格 补上该列。',
  },
  'app.idIsAddOns': {
    en: 'ID is written by Daily Close and keeps each row findable; “{value}” was not kept. The old ID is back.',
    zh: '编号由每日签单填写，用来找到每一行；“{value}”未保存，已恢复原编号。',
  },
  'app.tierRefused': {
    en: 'Tier: “{value}” is not a tier. Allowed: {allowed}. The old value is back.',
    zh: '分类：“{value}”不是有效分类。可填：{allowed}。已恢复原值。',
  },
  'app.statusRefused': {
    en: 'Status: “{value}” is not a status. Allowed: {allowed}. The old value is back.',
    zh: '状态：“{value}”不是有效状态。可填：{allowed}。已恢复原值。',
  },
  'app.dropNeedsReason': {
    en: 'Dropped needs a Reason: type why in the Reason column. The row stays flagged until then.',
    zh: '已放弃需要填写原因：请在“原因”列写明。填写前该行会一直标出。',
  },
  'app.visitsRefused': {
    en: 'Visits: “{value}” is not a whole number ≥ 0. Type a count such as 2. The old value is back.',
    zh: '拜访次数：“{value}”不是大于等于0的整数。请填次数，例如 2。已恢复原值。',
  },
  'app.unknownRep': {
    en: 'Rep: “{value}” is not an active rep on the Team sheet. Fix the name or add them to Team; the row is flagged until then.',
    zh: '销售：“{value}”不在团队表的在职名单中。请改正姓名或加入团队表；在此之前该行会被标出。',
  },
  'app.pasteFlagged.one': {
    en: '1 pasted cell breaks a rule and was kept as pasted; its row is flagged — see the Flag column.',
    zh: '粘贴的 {n} 个单元格不符合规则，已按原样保留并标出该行——见“提示”列。',
  },
  'app.pasteFlagged.other': {
    en: '{n} pasted cells break a rule and were kept as pasted; their rows are flagged — see the Flag column.',
    zh: '粘贴的 {n} 个单元格不符合规则，已按原样保留并标出该行——见“提示”列。',
  },
  'app.help.tier': { en: 'A = ready to sign now, B = intent but not yet ripe, C = need but no intent yet.', zh: 'A = 现在就能签，B = 有意向但未成熟，C = 有需求但暂无意向。' },
  'app.help.target': { en: 'The day you mean to sign this customer: today or later, on an open row.', zh: '计划签下该客户的日期：今天或以后，仅限跟进中的客户。' },
  'app.logProtection': { en: 'Written by Daily Close every night: edits here are overwritten for that date.', zh: '由每日签单每晚写入：对当天行的修改会被覆盖。' },
  'app.teamProtection': { en: 'Team decides who may change whose customers: managers keep it.', zh: '团队表决定谁能修改谁的客户：由经理维护。' },
  'app.settingsProtection': { en: 'Settings decide what Daily Close flags and when the digest goes: managers keep them.', zh: '设置决定每日签单标出什么、何时发日报：由经理维护。' },
  'app.runBusy': { en: 'Another Daily Close run was still working; this run changed nothing. The next run catches up.', zh: '另一个每日签单任务仍在运行，本次未做任何修改，下次运行会补上。' },
  'app.settingsProblems': { en: '{count} setting(s) could not be read; defaults were used. See Daily Close › Refresh highlights for the details.', zh: '有 {count} 项设置无法读取，已使用默认值。详情见 每日签单 › 刷新标记。' },
  'app.record.line': { en: 'Last run {at}: {rows} rows checked, {flagged} uncleared, {logRows} Daily Log rows written.', zh: '上次运行 {at}：检查 {rows} 行，待清理 {flagged} 行，写入日志 {logRows} 行。' },
  'app.record.sent': { en: 'Digest sent to: {list}', zh: '日报已发送给：{list}' },
  'app.record.forDate': { en: '{manager} (for {date})', zh: '{manager}（{date}的日报）' },
  'app.record.sentEarlier': { en: 'Already sent earlier today to: {list}', zh: '今天早些时候已发送给：{list}' },
  'app.record.pending': { en: 'Not sent yet (mail quota): {list} — the next run sends these, for their own day.', zh: '尚未发送（邮件配额不足）：{list}——下次运行会按原日期补发。' },
  'app.nightMissed': {
    en: 'The nightly run of {date} never got done ({why}): no Daily Log rows or digests for that day. Send digest now covers today only.',
    zh: '{date} 的夜间运行未能完成（{why}）：当天没有日志行和日报。“立即发送日报”只补今天。',
  },
  'app.teamActiveProblem': {
    en: 'Team: Active “{value}” for {rep} is not understood — use yes/no (是/否, 在职/离职). {rep} counts as active meanwhile.',
    zh: '团队表：{rep} 的在职值“{value}”无法识别——请填 是/否（在职/离职，yes/no）。在此之前 {rep} 按在职处理。',
  },
  'app.record.givenUp': {
    en: 'The digest to {manager} failed for {days} days and was given up: check that address on Team. The other managers are told.',
    zh: '发给 {manager} 的日报连续 {days} 天失败，已停止发送：请检查团队表中的该邮箱。已告知其他经理。',
  },
  'app.record.failed': { en: 'Could not send to {manager}: {error} — retried next run.', zh: '无法发送给 {manager}：{error}——下次运行重试。' },
  'app.nightlyOn': { en: 'The nightly digest is on: every day at {hour}:00 ({zone}).', zh: '每晚日报已开启：每天 {hour}:00（{zone}）。' },
  'app.nightlyAlreadyOn': { en: 'The nightly digest was already on, at {hour}:00 ({zone}). Nothing changed.', zh: '每晚日报本来就已开启，时间 {hour}:00（{zone}）。未做改动。' },
  'app.nightlyOff': { en: 'The nightly digest is off.', zh: '每晚日报已关闭。' },
  'app.nightlyAlreadyOff': { en: 'The nightly digest was already off.', zh: '每晚日报本来就是关闭的。' },
  'app.notFromTrigger': {
    en: 'nightlyRun runs only from its nightly trigger. To send the digest now, use Daily Close › Send digest now.',
    zh: 'nightlyRun 只能由每晚触发器运行。如需立即发送日报，请使用 每日签单 › 立即发送日报。',
  },
  'app.idCopied': {
    en: 'Pasted rows carried IDs of existing rows; they got new IDs so each customer stays findable. Nothing else changed.',
    zh: '粘贴的行带有已有行的编号，已为其分配新编号，以便每个客户都能被准确找到。其他内容未改动。',
  },
  'app.digestHourEdited': {
    en: 'Digest hour is now {hour}:00: the hourly heartbeat sends the digest from that hour on.',
    zh: '日报时间已改为 {hour}:00：每小时的检查会从该时间起发送日报。',
  },
  'app.triggersRunBy': {
    en: 'The nightly digest of this sheet is run by {owner}. Take it over? (Their triggers then do nothing; the digest comes from your mail quota.)',
    zh: '本表的每晚日报由 {owner} 运行。要接管吗？（接管后对方的触发器不再起作用，日报从你的邮件配额发送。）',
  },
  'app.jobDeferred': {
    en: 'The nightly run due at this hour could not run at {at}: {why} The next hourly beat runs it today.',
    zh: '本小时应执行的夜间运行在 {at} 未能执行：{why} 今天下一次每小时检查会补上。',
  },
  'app.logRecreated': {
    en: 'The Daily Log sheet was missing and has been created again; earlier days are not in it.',
    zh: '日志表不见了，已重新创建；之前的记录不在其中。',
  },
  'app.editWhileBusy': {
    en: 'Daily Close was busy (the nightly run or a sidebar save), so this edit was not checked yet: it is kept as typed and checked at the next refresh.',
    zh: '每日签单正忙（夜间运行或侧边栏保存），本次修改暂未检查：已按输入保留，下次刷新时检查。',
  },
  'app.noSheetForRun': {
    en: 'Daily Close: this nightly run has no spreadsheet (no active document and none recorded for the trigger). Open the sheet and turn the nightly digest on again.',
    zh: '每日签单：本次夜间运行找不到表格（没有活动文档，触发器也未记录表格）。请打开表格重新开启每晚日报。',
  },
  'app.menu.open': { en: 'Open daily target', zh: '打开今日目标' },
  'app.menu.setup': { en: 'Set up / repair sheets', zh: '设置/修复表格' },
  'app.menu.refresh': { en: 'Refresh highlights', zh: '刷新标记' },
  'app.menu.preview': { en: 'Preview digest', zh: '预览日报' },
  'app.menu.send': { en: 'Send digest now', zh: '立即发送日报' },
  'app.menu.nightlyOn': { en: 'Turn nightly digest on', zh: '开启每晚日报' },
  'app.menu.nightlyOff': { en: 'Turn nightly digest off', zh: '关闭每晚日报' },
  'app.setup.created': { en: 'Created sheets: {list}.', zh: '已新建工作表：{list}。' },
  'app.setup.columns': { en: 'Added missing columns at the end: {list}.', zh: '已在末尾补上缺少的列：{list}。' },
  'app.setup.settings': { en: 'Added {count} setting(s) with their defaults.', zh: '已添加 {count} 项默认设置。' },
  'app.setup.fillTeam': {
    en: 'Next: list your reps on the Team sheet (Rep, Email, Manager email, Active) — until then every row is flagged “not on Team”.',
    zh: '下一步：在团队表中填写销售（销售、邮箱、经理邮箱、在职）——填写前每一行都会被标出“不在团队表中”。',
  },
  'app.setup.nothing': { en: 'Every sheet and column was already in place. Nothing changed.', zh: '所有工作表和列都已就绪，未做改动。' },
  'app.refresh.done': { en: '{rows} customers checked; {flagged} uncleared rows highlighted.', zh: '已检查 {rows} 个客户；标出 {flagged} 行待清理。' },
  'app.notManager': { en: 'This is for managers: {email} is not a Manager email on the Team sheet. Add it there first.', zh: '此功能仅供经理使用：{email} 不在团队表的经理邮箱中。请先在团队表中添加。' },
  'app.previewTitle': { en: 'Preview (not sent): {subject}', zh: '预览（未发送）：{subject}' },
} as const;
