import { LocalRuntime, formatDate } from '../../local';

// What a person types into a spreadsheet of each locale, and what Sheets stores.
function typed(locale: string, inputs: string[]) {
  const runtime = new LocalRuntime({ locale, timeZone: 'Europe/Berlin' });
  const sheet = runtime.spreadsheet.getSheets()[0];
  inputs.forEach((text, i) => runtime.userEdit(sheet.getName(), `A${i + 1}`, [[text]]));
  return sheet.getRange(1, 1, inputs.length, 1).getValues().map((r) => r[0]);
}

const day = (v: unknown) => (v instanceof Date ? formatDate(v, 'Europe/Berlin', 'yyyy-MM-dd') : v);

describe('dates typed in the spreadsheet locale', () => {
  test('en_US reads m/d/yyyy; en_GB, fr_FR read d/m/yyyy; de_DE reads d.m.yyyy; zh_CN only year first; ISO everywhere', () => {
    expect(typed('en_US', ['3/5/2026', '13/5/2026']).map(day)).toEqual(['2026-03-05', '13/5/2026']);
    expect(typed('en_GB', ['3/5/2026', '13/5/2026', '5/13/2026']).map(day)).toEqual(['2026-05-03', '2026-05-13', '5/13/2026']);
    expect(typed('fr_FR', ['03/05/2026']).map(day)).toEqual(['2026-05-03']);
    expect(typed('de_DE', ['3.5.2026', '31.12.2026', '3.5']).map(day)).toEqual(['2026-05-03', '2026-12-31', '3.5']);
    expect(typed('zh_CN', ['2026/3/5', '3/5/2026', '2026年3月5日']).map(day)).toEqual(['2026-03-05', '3/5/2026', '2026-03-05']);
    expect(typed('ja_JP', ['2026/03/05']).map(day)).toEqual(['2026-03-05']);
    for (const locale of ['en_US', 'en_GB', 'de_DE', 'fr_FR', 'zh_CN', 'ko_KR', 'pt_BR']) {
      expect(typed(locale, ['2026-03-05']).map(day)).toEqual(['2026-03-05']);
    }
  });

});

describe('numbers and booleans typed in the spreadsheet locale', () => {
  test('decimal comma locales read "3,5" and "1.234,5"; en_US keeps "3,5" as text and reads "1,234.5"', () => {
    for (const locale of ['de_DE', 'es_ES', 'it_IT', 'pt_BR']) {
      expect(typed(locale, ['3,5', '1.234,5', '-0,25', '12', '50%', '2,5%'])).toEqual([3.5, 1234.5, -0.25, 12, 0.5, 0.025]);
    }
    expect(typed('fr_FR', ['3,5', '1 234,5', '1\u202f234,5'])).toEqual([3.5, 1234.5, 1234.5]);
    expect(typed('ru_RU', ['3,5'])).toEqual([3.5]);
    expect(typed('en_US', ['3,5', '1,234.5', '3.5', '1,234'])).toEqual(['3,5', 1234.5, 3.5, 1234]);
    expect(typed('en_GB', ['1,234.5'])).toEqual([1234.5]);
  });

  test("the locale's own TRUE and FALSE, and TRUE/FALSE everywhere", () => {
    expect(typed('de_DE', ['WAHR', 'falsch', 'TRUE'])).toEqual([true, false, true]);
    expect(typed('fr_FR', ['VRAI', 'Faux', 'false'])).toEqual([true, false, false]);
    expect(typed('es_ES', ['VERDADERO', 'FALSO'])).toEqual([true, false]);
    expect(typed('en_US', ['WAHR', 'VRAI'])).toEqual(['WAHR', 'VRAI']);
  });

  test("a leading ' and plain-text (@) cells keep the text; onEdit's e.value is what was typed", () => {
    const runtime = new LocalRuntime({ locale: 'de_DE' });
    const sheet = runtime.spreadsheet.getSheets()[0];
    sheet.getRange('B1').setNumberFormat('@');
    const bundle = runtime.loadSource(`function onEdit(e) { var p = PropertiesService.getScriptProperties();
      p.setProperty('seen', (p.getProperty('seen') || '') + '|' + e.value + ':' + typeof e.range.getValue()); }
      function seen() { return PropertiesService.getScriptProperties().getProperty('seen'); }`);
    runtime.userEdit('Sheet1', 'A1', [["'3,5"]]);
    runtime.userEdit('Sheet1', 'B1', [['1.234,5']]);
    runtime.userEdit('Sheet1', 'C1', [['3,5']]);
    runtime.userEdit('Sheet1', 'D1', [['WAHR']]);
    expect(sheet.getRange('A1:D1').getValues()[0]).toEqual(['3,5', '1.234,5', 3.5, true]);
    expect(bundle.call('seen')).toBe("|'3,5:string|1.234,5:string|3,5:number|WAHR:boolean");
  });

  test('a script writing text is read the same way (setValue("3,5") in a German sheet stores 3.5)', () => {
    const runtime = new LocalRuntime({ locale: 'de_DE' });
    const sheet = runtime.spreadsheet.getSheets()[0];
    sheet.getRange('A1:C1').setValues([['3,5', '2.5', 'FALSCH']]);
    expect(sheet.getRange('A1:C1').getValues()[0]).toEqual([3.5, '2.5', false]);
  });
});
