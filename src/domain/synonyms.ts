// The one catalogue of header words the add-on recognises beyond its own column names (SPEC "Adopting a team's own
// sheet"), in English and Chinese plus what common CRMs export (Salesforce, HubSpot, Pipedrive, vtiger, Spanish
// exports), and the header normalisation every match goes through.
import type { ColumnKey } from './types';

/** Team columns: the four the add-on keeps, and the three optional ones the organisation features read. */
export type TeamKey = 'rep' | 'email' | 'managerEmail' | 'active' | 'teamName' | 'region' | 'directorEmail';
export const TEAM_KEYS: readonly TeamKey[] = ['rep', 'email', 'managerEmail', 'active', 'teamName', 'region', 'directorEmail'];
/** Set up never appends these (SPEC "Team": the last three columns are optional). */
export const OPTIONAL_TEAM_KEYS: readonly TeamKey[] = ['teamName', 'region', 'directorEmail'];

export const PIPELINE_SYNONYMS: Record<ColumnKey, readonly string[]> = {
  id: [],
  rep: [
    'Owner', 'Sales rep', 'Salesperson', 'Sales person', 'Sales agent', 'Assigned to', 'Account owner', 'Deal owner',
    'Opportunity owner', 'Lead owner', 'Sales owner', 'Account manager', 'Agent', 'Responsable', 'Vendedor', 'Comercial',
    '负责人', '销售人员', '业务员', '跟进人', '销售代表', '所属销售', '客户经理', '销售员', '归属人', '负责销售',
    '負責人', '業務員', '銷售人員', '銷售',
  ],
  customer: [
    'Account', 'Company', 'Client', 'Customer name', 'Account name', 'Organization', 'Organisation', 'Company name',
    'Organization name', 'Associated company', 'Client name', 'Cuenta', 'Cliente', 'Empresa',
    '客户名称', '公司名称', '单位名称', '客户名', '企业名称', '公司', '客戶', '客戶名稱', '公司名稱',
  ],
  tier: ['Customer tier', 'Account tier', 'ABC class', 'ABC', '客户等级', '客户级别', '客户分类', '意向等级', '分级', '等级', '级别'],
  status: [
    'Stage', 'Deal stage', 'Sales stage', 'Opportunity stage', 'Pipeline stage', 'Phase', 'Etapa', 'Fase', 'Estado',
    '阶段', '销售阶段', '商机阶段', '项目阶段', '客户状态', '跟进状态', '跟进阶段', '商机状态', '階段', '狀態',
  ],
  target: [
    'Close date', 'Expected close date', 'Closing date', 'Estimated close date', 'Target close date',
    'Expected closing date', 'Forecast close date', 'Fecha de cierre', 'Fecha cierre',
    '预计签单日', '预计成交日期', '计划签单日', '预计签约日期', '预计成交时间', '计划成交日期', '预计签单日期',
  ],
  nextStep: ['Next action', 'Next activity', 'Next steps', 'Próximo paso', '下一步计划', '下次跟进计划', '下一步行动', '跟进计划'],
  lastContact: [
    'Last activity', 'Last contacted', 'Last activity date', 'Last contact date', 'Last contacted date', 'Last touch',
    '最后跟进时间', '最近联系时间', '上次跟进', '最后联系时间', '最近跟进时间', '上次联系时间', '最后跟进日期',
  ],
  visits: ['Visit count', 'Number of visits', 'No. of visits', 'Visitas', '拜访数', '上门次数'],
  reason: [
    'Lost reason', 'Loss reason', 'Reason lost', 'Closed lost reason', 'Close reason', 'Drop reason', 'Motivo',
    '丢单原因', '输单原因', '放弃原因', '流失原因',
  ],
  tierSince: [],
  added: [
    'Created', 'Created date', 'Create date', 'Created time', 'Date added', 'Created on', 'Created at', 'Creation date',
    'Date created', 'Deal created', 'Engage date', 'Fecha de creación', 'Fecha creación',
    '创建时间', '添加时间', '录入时间', '创建日期', '添加日期', '登记日期', '建档日期', '建立时间',
  ],
  closed: ['Closed date', 'Won date', 'Actual close date', 'Date closed', '成交日期', '签单日期', '实际成交日期'],
  flag: [],
  memory: [],
};

export const TEAM_SYNONYMS: Record<TeamKey, readonly string[]> = {
  rep: ['Sales agent', 'Name', 'Rep name', 'Salesperson', 'Sales rep', 'Agent', 'Employee', '姓名', '销售人员', '业务员', '销售代表', '员工'],
  email: ['E-mail', 'Mail', 'Email address', 'Work email', '电子邮箱', '邮件', '邮箱地址'],
  managerEmail: [
    'Manager', 'Manager e-mail', 'Manager mail', 'Supervisor', 'Supervisor email', 'Team lead', 'Team leader',
    'Reports to', '上级邮箱', '经理', '上级', '主管', '主管邮箱', '组长',
  ],
  active: ['Status', 'Employed', '状态', '是否在职', '在职状态'],
  teamName: ['Team', 'Group', 'Sales team', '小组', '团队', '组别'],
  region: ['Regional office', 'Office', 'Area', 'Territory', '大区', '片区', '地区'],
  directorEmail: ['Director', '总监'],
};

/**
 * A header as the add-on compares it: case, width, spaces, `_`, `-`, camelCase, a trailing colon, `?` and text in
 * brackets are ignored (`销售人员(填写分机)` = `销售人员`, `close_date` = `Close date` = `closeDate`).
 */
export function headerKey(text: string): string {
  return String(text)
    .normalize('NFKC')
    .replace(/[([【［][^)\]】］]*[)\]】］]/g, '')
    .toLowerCase()
    .replace(/[\s_\-–—.?:/]+/g, '');
}

/** CRM exports prefix their headers with the record type (Pipedrive's "Deal - Owner"): the part after it. */
export function headerTail(text: string): string | null {
  const parts = String(text).split(/\s[-–—]\s/);
  return parts.length > 1 ? parts[parts.length - 1] : null;
}
