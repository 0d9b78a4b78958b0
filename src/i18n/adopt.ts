// Adopting a team's own sheet: its Settings rows, Set up's questions and report, and the mapping dialog.
export const adoptMessages = {
  'set.signedWords': { en: 'Signed words', zh: '签单词' },
  'set.droppedWords': { en: 'Dropped words', zh: '放弃词' },
  'set.openStages': { en: 'Open stages', zh: '跟进阶段' },
  'set.tierByStage': { en: 'Tier by stage', zh: '阶段对应分类' },
  'set.pipelineSheet': { en: 'Pipeline sheet', zh: '客户库工作表' },
  'set.teamSheet': { en: 'Team sheet', zh: '团队工作表' },
  'set.column': { en: 'Column', zh: '列' },
  'set.columnRow': { en: 'Column: {column}', zh: '列：{column}' },
  'set.note.signedWords': {
    en: 'Status words of your pipeline that mean Signed, comma-separated (case, width and spaces ignored).',
    zh: '表示“已签单”的状态词，用逗号分隔（不区分大小写、全半角和空格）。',
  },
  'set.note.droppedWords': {
    en: 'Status words of your pipeline that mean Dropped, comma-separated.',
    zh: '表示“已放弃”的状态词，用逗号分隔。',
  },
  'set.note.openStages': {
    en: 'Other status words of your pipeline that mean Open, e.g. Prospecting, Negotiation, 初步接洽.',
    zh: '表示“跟进中”的其他状态词，例如 初步接洽, 商务谈判, Prospecting。',
  },
  'set.note.tierByStage': {
    en: 'Fills an empty Tier when a row is adopted, e.g. Negotiation: A; Proposal: B; Prospecting: C.',
    zh: '接管已有客户时，为空的分类按阶段填写，例如 商务谈判: A; 方案报价: B; 初步接洽: C。',
  },
  'set.note.pipelineSheet': {
    en: 'The name of your own pipeline tab, when it is not called Pipeline / 客户库.',
    zh: '自己的客户表名称（不叫“客户库/Pipeline”时填写）。',
  },
  'set.note.teamSheet': {
    en: 'The name of your own team tab, when it is not called Team / 团队.',
    zh: '自己的团队表名称（不叫“团队/Team”时填写）。',
  },
  'set.note.column': {
    en: 'Your own header for this Daily Close column (set by Map columns and stages…).',
    zh: '该列在你表中的表头（由“映射列和阶段…”设置）。',
  },
  'set.fix.tierByStage': {
    en: 'write stage: tier pairs separated by semicolons, e.g. Negotiation: A; Proposal: B.',
    zh: '请按“阶段: 分类”填写，用分号分隔，例如 商务谈判: A; 方案报价: B。',
  },
  'set.fix.columnKey': {
    en: 'name one of the Pipeline’s columns after “Column:”, e.g. Column: Customer.',
    zh: '请在“列：”后写客户库的一个列名，例如 列：客户。',
  },
  'set.columnProblem': {
    en: 'Settings: “{key}” — {fix} The row is ignored meanwhile.',
    zh: '设置：“{key}”——{fix}在改正之前该行不起作用。',
  },

  'adopt.team.teamName': { en: 'Team name', zh: '团队名称' },
  'adopt.team.region': { en: 'Region', zh: '区域' },
  'adopt.team.directorEmail': { en: 'Director email', zh: '总监邮箱' },

  'adopt.askPipeline': {
    en: 'Use “{name}” as the Pipeline? Its header row names {count} of Daily Close’s columns ({columns}). Daily Close adds its own columns after yours and changes none of your headers or values. (No: an empty Pipeline sheet is created instead.)',
    zh: '把“{name}”用作客户库吗？它的表头中有 {count} 列与每日签单的列对应（{columns}）。每日签单只在你的列之后添加自己的列，不改动你的表头和数据。（选“否”则新建一个空的客户库。）',
  },
  'adopt.askTeam': {
    en: 'Use “{name}” as the Team sheet? Its header row names {count} Team columns ({columns}). Missing ones are added after yours.',
    zh: '把“{name}”用作团队表吗？它的表头中有 {count} 列与团队表的列对应（{columns}）。缺少的列会加在你的列之后。',
  },
  'adopt.noTab': {
    en: 'Settings’ “{en}” names “{name}”, but there is no such tab. Fix: rename the tab back, or correct “{en}” in Settings.',
    zh: '设置中的“{zh}”为“{name}”，但没有这个工作表。解决：把工作表改回该名称，或在设置中改正“{zh}”。',
  },

  'adopt.report.sheet': { en: '{kind} “{name}” (header in row {row}):', zh: '{kind}“{name}”（表头在第 {row} 行）：' },
  'adopt.report.matched': { en: 'matched {list}', zh: '已对应 {list}' },
  'adopt.report.appended': { en: 'appended {list}', zh: '已在末尾添加 {list}' },
  'adopt.report.leftAlone': { en: 'your columns left alone: {list}', zh: '未改动你的列：{list}' },
  'adopt.report.join': { en: '; ', zh: '；' },
  'adopt.report.line': { en: '{head} {parts}.', zh: '{head}{parts}。' },
  'adopt.report.arrow': { en: '{yours} → {ours}', zh: '{yours} → {ours}' },
  'adopt.report.more': { en: '… and {count} more', zh: '……另有 {count} 个' },
  'adopt.report.removed': { en: 'Removed the empty tab “{name}”.', zh: '已删除空白工作表“{name}”。' },
  'adopt.report.recorded': { en: 'Recorded in Settings: {setting} = “{name}”.', zh: '已记入设置：{setting} = “{name}”。' },
  'adopt.report.managerNames': {
    en: 'Team’s “{column}” holds names, not e-mail addresses: kept as it is. Fill the Manager email column for the digests.',
    zh: '团队表的“{column}”是姓名而不是邮箱：已原样保留。请填写“经理邮箱”列，日报才能发出。',
  },
  'adopt.report.history': {
    en: 'History: {count} row(s) were already Signed or Dropped before Daily Close — never flagged or counted.',
    zh: '历史：{count} 行在使用每日签单之前已签单或已放弃——不标出、不计数。',
  },
  'adopt.report.blankAdded': {
    en: '{count} row(s) have no Added date: left blank, not counted as new.',
    zh: '{count} 行没有录入日期：保持为空，不算新增。',
  },
  'adopt.report.aged': {
    en: 'Sleeping deals: {count} open row(s) have kept their tier longer than Settings allow (counted from Added) — flagged aged.',
    zh: '沉睡客户：{count} 个跟进中的客户保持当前分类的时间超过设置上限（从录入日期算起）——已标为待清理。',
  },
  'adopt.report.noTier': {
    en: '{count} open row(s) have no Tier: give each A, B or C, or a tier for their stage (Settings › Tier by stage) — flagged until then.',
    zh: '{count} 个跟进中的客户没有分类：请逐个填 A、B 或 C，或按阶段设置分类（设置 › 阶段对应分类）——填写前会被标出。',
  },
  'adopt.report.unknownWords': {
    en: 'Status words not known yet ({count}) — their rows are flagged until classified: {list}. Classify them in Daily Close › Map columns and stages….',
    zh: '尚未识别的状态词（{count} 个）——分类之前这些行会被标出：{list}。请在 每日签单 › 映射列和阶段… 中分类。',
  },
  'adopt.report.word': { en: '“{word}” ({rows}) → {proposal}?', zh: '“{word}”（{rows} 行）→ {proposal}？' },
  'adopt.report.headerless': {
    en: '“{name}”: row {row} looks like data (dates or numbers, no known header), so nothing was added to that sheet. Fix: insert a row above it naming the columns (e.g. Customer, Rep, Status, Added), then run Set up / repair sheets again.',
    zh: '“{name}”：第 {row} 行看起来是数据（日期或数字，没有可识别的表头），因此没有向该表添加任何内容。解决：在其上方插入一行写明列名（例如 客户、销售、状态、录入日期），然后再次运行 设置/修复表格。',
  },
  'adopt.report.badOverride': {
    en: 'Settings’ “{setting}” names “{header}”, which “{sheet}” does not have: the usual match was used.',
    zh: '设置中的“{setting}”为“{header}”，但“{sheet}”中没有该表头：已按常规对应。',
  },
  'adopt.askMapping': {
    en: 'Open “Map columns and stages…” now?',
    zh: '现在打开“映射列和阶段…”吗？',
  },
  'adopt.kind.pipeline': { en: 'Pipeline', zh: '客户库' },
  'adopt.kind.team': { en: 'Team', zh: '团队表' },

  'adopt.proposal.signed': { en: 'Signed', zh: '已签单' },
  'adopt.proposal.dropped': { en: 'Dropped', zh: '已放弃' },
  'adopt.proposal.open': { en: 'Open stage', zh: '跟进阶段' },
  'adopt.proposal.openTier': { en: 'Open stage, tier {tier}', zh: '跟进阶段，{tier}类' },

  'adopt.menu': { en: 'Map columns and stages…', zh: '映射列和阶段…' },
  'adopt.dialog.title': { en: 'Map columns and stages', zh: '映射列和阶段' },
  'adopt.dialog.intro': {
    en: 'Daily Close reads “{sheet}” through these matches. Change a match or classify your status words, then Save: the answers are kept as rows in Settings, where you can change them later, and apply at once.',
    zh: '每日签单按以下对应读取“{sheet}”。可修改对应关系或为状态词分类，然后保存：答案会作为设置中的行保存（以后可随时修改），并立即生效。',
  },
  'adopt.dialog.columns': { en: 'Columns', zh: '列' },
  'adopt.dialog.ours': { en: 'Daily Close column', zh: '每日签单的列' },
  'adopt.dialog.yours': { en: 'Your column', zh: '你的列' },
  'adopt.dialog.none': { en: '— none —', zh: '— 无 —' },
  'adopt.dialog.words': { en: 'Status words', zh: '状态词' },
  'adopt.dialog.word': { en: 'Word', zh: '状态词' },
  'adopt.dialog.rows': { en: 'Rows', zh: '行数' },
  'adopt.dialog.means': { en: 'Means', zh: '含义' },
  'adopt.dialog.tier': { en: 'Tier of its open rows', zh: '其跟进中客户的分类' },
  'adopt.dialog.noWords': { en: 'Every status word in the sheet is known.', zh: '表中的状态词都已识别。' },
  'adopt.dialog.known': {
    en: 'Already known — Signed: {signed}. Dropped: {dropped}. Open stages: {open}.',
    zh: '已识别——已签单：{signed}。已放弃：{dropped}。跟进阶段：{open}。',
  },
  'adopt.dialog.leave': { en: '(leave unknown)', zh: '（暂不分类）' },
  'adopt.dialog.noTier': { en: '(no tier)', zh: '（不填）' },
  'adopt.dialog.save': { en: 'Save', zh: '保存' },
  'adopt.dialog.cancel': { en: 'Cancel', zh: '取消' },
  'adopt.dialog.close': { en: 'Close', zh: '关闭' },
  'adopt.dialog.saving': { en: 'Saving…', zh: '正在保存…' },
  'adopt.dialog.failed': { en: 'Not saved: {message}', zh: '未保存：{message}' },

  'adopt.badArgs': {
    en: 'The mapping was not understood ({what}). Close the dialog, open it again and retry.',
    zh: '无法识别该映射（{what}）。请关闭对话框后重新打开再试。',
  },
  'adopt.unknownHeader': {
    en: '“{header}” is not a header of “{sheet}” any more. Close the dialog and open it again.',
    zh: '“{header}”已不是“{sheet}”的表头。请关闭对话框后重新打开。',
  },
  'adopt.badWord': {
    en: 'The status word “{word}” contains , ; or : which separate the words in Settings. Rename that stage in your sheet, or add it to Settings by hand.',
    zh: '状态词“{word}”含有 , ; 或 :，而设置用这些符号分隔。请在表中改掉该阶段名，或手动写入设置。',
  },
  'adopt.sameColumn': {
    en: '“{header}” is chosen for both {a} and {b}: each of your columns can serve one Daily Close column.',
    zh: '“{header}”同时被选为 {a} 和 {b}：你的每一列只能对应每日签单的一列。',
  },
  'adopt.saved': { en: 'Saved to Settings: {list}.', zh: '已保存到设置：{list}。' },
  'adopt.savedNothing': { en: 'Nothing to change: Settings already say this.', zh: '无需修改：设置中已是如此。' },
} as const;
