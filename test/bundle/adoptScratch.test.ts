import { LocalRuntime } from '../../local';
import { FRIDAY_MORNING } from '../support/harness';
import { loadWorkbook } from '../fixtures/workbook';
import { crmDump } from '../fixtures/crmDump';
import { salesforceReport } from '../fixtures/salesforce';
import { chineseTemplate } from '../fixtures/chineseTemplate';
import { vtigerPotentials } from '../fixtures/vtiger';
import { hubspotDeals } from '../fixtures/hubspot';
import { pipedriveDeals } from '../fixtures/pipedrive';

test.each([crmDump(), salesforceReport(), chineseTemplate(), vtigerPotentials(), hubspotDeals(), pipedriveDeals()])('scratch %#', (book) => {
  const runtime = new LocalRuntime({ timeZone: 'Asia/Shanghai', locale: book.locale, now: FRIDAY_MORNING, userEmail: 'boss@example.com' });
  const bundle = runtime.loadBundle();
  loadWorkbook(runtime, book);
  bundle.call('menuSetupSheets');
  console.log(book.name + '\n' + runtime.alerts.map((a) => a.message).join('\n---\n') + '\n' + runtime.dialogs.map((d) => d.title).join(','));
});
