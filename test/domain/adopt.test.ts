// Adopting a team's own sheet, the pure parts: header matching, status words through Settings, null markers,
// proposals for unknown stage words and Tier by stage.
import { headerKey } from '../../src/domain/synonyms';
import { PIPELINE_HEADERS, TEAM_ALL_HEADERS, findHeaderRow, mapHeaders } from '../../src/sheets/headers';
import { PIPELINE_SYNONYMS, TEAM_SYNONYMS } from '../../src/domain/synonyms';
import { isNullMarker, normalizeStatus, useStatusWords, DEFAULT_STATUS_WORDS } from '../../src/domain/tier';
import { needsReadoption, proposeWord, tierFromStage, unknownStatusWords } from '../../src/domain/adopt';
import { columnOfSetting, parseSettings, settingKeyOf, settingProblemText } from '../../src/domain/settings';
import { unclearedReasons } from '../../src/domain/rules';
import { encodeMemory } from '../../src/domain/memory';
import { member, row, settingsWith, team } from './fixtures';

afterEach(() => useStatusWords(DEFAULT_STATUS_WORDS));

describe('header names', () => {
  test.each([
    ['销售人员(填写分机)', '销售人员'], ['项目阶段（必填）', '项目阶段'], ['close_date', 'closedate'], ['closeDate', 'closedate'],
    ['Close Date:', 'closedate'], ['E-mail', 'email'], ['  Target  date ', 'targetdate'], ['Ｃｕｓｔｏｍｅｒ', 'customer'], ['Probability (%)', 'probability'],
  ])('%p compares as %p', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });

  const pipeline = (row: string[], overrides = {}) => mapHeaders(row, PIPELINE_HEADERS, { synonyms: PIPELINE_SYNONYMS, overrides });

  test('CRM headers map to the Pipeline columns; a column serves one key; the leftmost match wins', () => {
    const m = pipeline(['opportunity_id', 'sales_agent', 'account', 'deal_stage', 'engage_date', 'close_date', 'Account Name']);
    expect(m.cols).toEqual({ rep: 1, customer: 2, status: 3, added: 4, target: 5 });
    expect(m.how).toEqual({ rep: 'synonym', customer: 'synonym', status: 'synonym', added: 'synonym', target: 'synonym' });
  });

  test('the add-on\'s own names win over synonyms, and Settings overrides over both', () => {
    expect(pipeline(['Stage', 'Status']).cols.status).toBe(1);
    expect(pipeline(['Deal - Stage', 'Deal - Status']).cols.status).toBe(1);
    const m = pipeline(['Account Name', 'Opportunity Name', 'Customer'], { customer: 'opportunity name' });
    expect(m.cols.customer).toBe(1);
    expect(m.how.customer).toBe('override');
    expect(pipeline(['Account'], { customer: 'Client' }).badOverrides).toEqual(['customer']);
  });

  test('a Team header row needs two columns; a Manager column of names is not Manager email', () => {
    const rows = [['Sales team roster'], ['sales_agent', 'manager', 'regional_office'], ['Ann', 'Bo Chen', 'West']];
    expect(findHeaderRow(rows, TEAM_ALL_HEADERS, 2, { synonyms: TEAM_SYNONYMS })).toBe(2);
    const m = mapHeaders(rows[1], TEAM_ALL_HEADERS, { synonyms: TEAM_SYNONYMS, refuseSynonym: (key) => key === 'managerEmail' });
    expect(m.cols).toEqual({ rep: 0, region: 2 });
    expect(mapHeaders([...rows[1], 'Manager email'], TEAM_ALL_HEADERS, { synonyms: TEAM_SYNONYMS }).cols.managerEmail).toBe(3);
  });

  test('the header row is the first of the first 10 rows naming three Pipeline columns; data rows name none', () => {
    const title = [['客户信息导入模板'], ['客户名称', '销售人员(填写分机)', '添加时间', '下次联系时间', '项目阶段(必填)', '联系记录'], ['华光科技', '张伟', '2026-01-02', '无', '初步接洽', '']];
    expect(findHeaderRow(title, PIPELINE_HEADERS, 3, { synonyms: PIPELINE_SYNONYMS })).toBe(2);
    expect(findHeaderRow([['4100', 'POT210', 'Account A Ltd', '\\N', 'Prospecting']], PIPELINE_HEADERS, 3, { synonyms: PIPELINE_SYNONYMS })).toBeNull();
    const late = [...Array(10).fill(['x']), ['Customer', 'Rep', 'Tier']];
    expect(findHeaderRow(late, PIPELINE_HEADERS, 3, { synonyms: PIPELINE_SYNONYMS })).toBeNull();
  });
});

describe('status words through Settings', () => {
  test('SPEC\'s default lists are read out of the box; matching ignores case, width, spaces and _', () => {
    for (const w of ['Won', 'closed won', 'CLOSED_WON', 'Ｗｉｎ', '成交', '赢单']) expect(normalizeStatus(w)).toBe('Signed');
    for (const w of ['Closed Lost', 'dead', '丢单', '流失']) expect(normalizeStatus(w)).toBe('Dropped');
    expect(normalizeStatus('Engaging')).toBeNull();
  });

  test('the team\'s words: Open stages, its own Signed and Dropped words', () => {
    const { settings } = parseSettings([['Open stages', 'Engaging, Prospecting'], ['Dropped words', 'Lost, Perdida'], ['Signed words', 'Ganada']]);
    useStatusWords(settings);
    expect(['Engaging', 'prospecting', 'Perdida', 'Ganada', 'Open', '已签单'].map(normalizeStatus)).toEqual(['Open', 'Open', 'Dropped', 'Signed', 'Open', 'Signed']);
    // A list the team emptied no longer reads its words (the add-on's own words always do).
    expect(normalizeStatus('Closed Won')).toBeNull();
  });

  test('null markers read as empty in date and number columns, and as no status', () => {
    for (const m of ['\\N', 'NULL', 'null', 'N/A', '-', '—', '无', ' \\N ']) expect(isNullMarker(m)).toBe(true);
    for (const m of ['', 'No', 'Nobody', '0', 'n']) expect(isNullMarker(m)).toBe(false);
    const crew = team(member('Ann'));
    const flags = unclearedReasons(row({ rep: 'Ann', customer: 'Acme', tier: 'B', target: '\\N', visits: 'N/A', status: 'NULL', tierSince: { date: '2026-11-20' } }), '2026-11-27', settingsWith({}), crew);
    expect(flags).toEqual([]);
    expect(unclearedReasons(row({ rep: 'Ann', customer: 'Acme', tier: 'A', target: '—', tierSince: { date: '2026-11-26' } }), '2026-11-27', settingsWith({}), crew).map((f) => f.code)).toEqual(['aTarget']);
  });
});

describe('the words Set up did not know', () => {
  test('listed once each, most rows first, with where each probably belongs', () => {
    const rows = ['Engaging', 'Engaging', 'engaging', 'Prospecting', 'Fase 5 - Perdida', 'Won', '', 'Negotiation/Review'].map((status) => row({ rep: 'Ann', customer: 'X', status }));
    expect(unknownStatusWords(rows).map((w) => [w.word, w.rows, w.proposal, w.tier])).toEqual([
      ['Engaging', 3, 'open', 'B'], ['Fase 5 - Perdida', 1, 'dropped', ''], ['Negotiation/Review', 1, 'open', 'A'], ['Prospecting', 1, 'open', 'C'],
    ]);
  });

  test.each([
    ['Closed Won', 'signed'], ['Fase 4 - Ganada', 'signed'], ['已成交', 'signed'], ['Closed Lost', 'dropped'], ['已流失', 'dropped'],
    ['Disqualified', 'dropped'], ['Contract Sent', 'openA'], ['商务谈判', 'openA'], ['Proposal/Price Quote', 'openB'], ['需求确认', 'openB'],
    ['Appointment Scheduled', 'openC'], ['初步接洽', 'openC'],
  ])('%p → %p', (word, expected) => {
    const p = proposeWord(word);
    expect(`${p.proposal}${p.tier}`).toBe(expected);
  });

  test('Tier by stage fills an empty tier of an open row only', () => {
    const { settings } = parseSettings([['Open stages', 'Negotiation, Proposal'], ['Tier by stage', 'Negotiation: A；Proposal = b']]);
    useStatusWords(settings);
    expect(tierFromStage(row({ status: 'negotiation', customer: 'X' }), settings)).toBe('A');
    expect(tierFromStage(row({ status: 'Proposal', customer: 'X' }), settings)).toBe('B');
    expect(tierFromStage(row({ status: 'Proposal', tier: 'C', customer: 'X' }), settings)).toBeNull();
    expect(tierFromStage(row({ status: 'Won', customer: 'X' }), settings)).toBeNull();
  });

  test('a row seen with an unknown word is adopted again once the team\'s word reads; a typo fixed to a default word is not', () => {
    const seen = encodeMemory({ tier: '', status: '', target: '', pushes: 0, namedOn: '', result: '', resultOn: '', history: false });
    useStatusWords(parseSettings([['Dropped words', 'Lost, Perdida']]).settings);
    expect(needsReadoption(row({ status: 'Perdida', memory: seen, customer: 'X' }))).toBe(true);
    expect(needsReadoption(row({ status: 'Lost', memory: seen, customer: 'X' }))).toBe(false);
    expect(needsReadoption(row({ status: 'Mystery', memory: seen, customer: 'X' }))).toBe(false);
    expect(needsReadoption(row({ status: 'Perdida', customer: 'X' }))).toBe(false);
  });
});

describe('Settings rows for adoption', () => {
  test('Column rows name a Pipeline column in either language; Pipeline sheet, Team sheet and Tier by stage are read', () => {
    expect(columnOfSetting('Column: Customer')).toBe('customer');
    expect(columnOfSetting('列：客户')).toBe('customer');
    expect(columnOfSetting('column : target date')).toBe('target');
    expect(settingKeyOf('Column: Nonsense')).toBe('column');
    const { settings, problems } = parseSettings([
      ['Column: Customer', 'account'], ['列：销售', 'sales_agent'], ['Pipeline sheet', 'sales_pipeline'], ['团队工作表', 'sales_teams'],
      ['Tier by stage', 'Negotiation: A; Proposal: B'], ['Column: Nonsense', 'x'], ['阶段对应分类', 'Negotiation'],
    ]);
    expect(settings.columns).toEqual({ customer: 'account', rep: 'sales_agent' });
    expect([settings.pipelineSheet, settings.teamSheet]).toEqual(['sales_pipeline', 'sales_teams']);
    expect(settings.tierByStage).toEqual([{ stage: 'Negotiation', tier: 'A' }, { stage: 'Proposal', tier: 'B' }]);
    expect(problems.map((p) => settingProblemText(p, 'en'))).toEqual([
      'Settings: “Column: Nonsense” — name one of the Pipeline’s columns after “Column:”, e.g. Column: Customer. The row is ignored meanwhile.',
      'Settings: "Tier by stage" is "Negotiation" — write stage: tier pairs separated by semicolons, e.g. Negotiation: A; Proposal: B. Using the default (none) meanwhile.',
    ]);
  });
});
