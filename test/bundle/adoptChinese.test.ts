// A Chinese CRM's customer-import template (a title row above 客户名称, 销售人员(填写分机), 添加时间, 下次联系时间,
// 项目阶段(必填), 联系记录) adopted in a zh_CN spreadsheet: headers in brackets match, 无 reads as empty, and a stage
// word classified as 已放弃 after Set up is history, not a drop of today.
import { chineseTemplate, CN_HEADER } from '../fixtures/chineseTemplate';
import { acceptProposals, adopt, dialogState, expectTeamCellsUnchanged, header, records, saveMapping, settingValue, setUp, type Adoption } from '../fixtures/adoptHarness';

const TAB = '客户管理';
const book = chineseTemplate();
const rowsOf = (stage: string) => book.tabs[0].rows.slice(2).filter((r) => r[4] === stage);

let a: Adoption;
beforeEach(() => {
  a = adopt(book);
});

test('the header row under the title is found; bracketed headers match; the report is in Chinese', () => {
  const text = setUp(a, 'YES', 'NO');
  expect(a.runtime.alerts[0].message).toMatch(/^把“客户管理”用作客户库吗？它的表头中有 4 列与每日签单的列对应（客户名称、销售人员\(填写分机\)、添加时间、项目阶段\(必填\)）/);
  const sheet = a.sheet(TAB);
  expect(header(sheet, 2)).toEqual([...CN_HEADER, '编号', '分类', '目标签单日', '下一步', '最近跟进', '拜访次数', '原因', '分类日期', '结案日期', '提示', '每日签单记录']);
  expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].filter((v) => v !== '')).toEqual(['客户信息导入模板（请勿修改表头）']);
  expect(text).toContain('客户库“客户管理”（表头在第 2 行）：已对应 客户名称 → 客户、销售人员(填写分机) → 销售、添加时间 → 录入日期、项目阶段(必填) → 状态；');
  expect(text).toContain('未改动你的列：下次联系时间、联系记录。');
  expect(text).toContain(`历史：${rowsOf('已成交').length} 行在使用每日签单之前已签单或已放弃——不标出、不计数。`);
  expect(text).toContain('“已流失”（4 行）→ 已放弃？');
  expect(text).toContain('“商务谈判”（4 行）→ 跟进阶段，A类？');
  expect(settingValue(a, '客户库工作表')).toBe(TAB);
  expectTeamCellsUnchanged(a);
});

test('无 in 添加时间 reads as empty (not new, not a date problem) and stays; 已流失 classified as 已放弃 becomes history, not today\'s drops', () => {
  setUp(a, 'YES', 'NO');
  a.bundle.call('menuMapColumns');
  const state = dialogState(a.runtime.dialogs[a.runtime.dialogs.length - 1].html);
  expect(state.words.find((w) => w.word === '已流失')).toMatchObject({ proposal: 'dropped' });
  const saved = saveMapping(a, acceptProposals(state));
  expect(saved.ok).toBe(true);
  expect(saved.value?.lines[0]).toBe('已保存到设置：放弃词, 跟进阶段, 阶段对应分类。');
  expect(String(settingValue(a, '放弃词'))).toMatch(/, 已流失$/);
  const rows = records(a.sheet(TAB), 2);
  const lost = rows.filter((r) => r['项目阶段(必填)'] === '已流失');
  expect(lost).toHaveLength(rowsOf('已流失').length);
  for (const r of lost) {
    expect(r['提示']).toBe('');
    expect(r['结案日期']).toBe('');
    expect(String(r['每日签单记录'])).toMatch(/\|h$/);
  }
  const none = rows.filter((r) => r['添加时间'] === '无');
  expect(none.length).toBeGreaterThan(0);
  for (const r of none) expect(String(r['提示'])).not.toMatch(/不是日期/);
  // With the reps on Team, the nightly run counts nothing of this as today's: no drops, no new customers.
  const team = a.sheet('团队');
  team.getRange(2, 1, 3, 4).setValues(['张伟', '王芳', '李娜'].map((rep, i) => [rep, `rep${i}@example.com`, 'boss@example.com', '是']));
  a.bundle.call('menuSendNow');
  const log = records(a.sheet('日志'));
  expect(log.map((r) => [r['销售'], r['新增'], r['签单'], r['放弃']])).toEqual([['张伟', 0, 0, 0], ['王芳', 0, 0, 0], ['李娜', 0, 0, 0]]);
  expect(a.runtime.outbox).toHaveLength(1);
});
