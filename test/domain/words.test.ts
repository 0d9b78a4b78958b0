import { counted, dayLabel, joinNames, weekdayLabel, wholeNumber } from '../../src/domain/words';
import { dayPhase } from '../../src/domain/day';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

describe('counted', () => {
  it('says "1 day" and "2 days" in English, one form in Chinese, always a whole number', () => {
    expect(counted('en', 'sb.tierDays', 1, { tier: 'A' })).toBe('A for 1 day');
    expect(counted('en', 'sb.tierDays', 0, { tier: 'A' })).toBe('A for 0 days');
    expect(counted('en', 'sb.tierDays', 12, { tier: 'B' })).toBe('B for 12 days');
    expect(counted('zh', 'sb.tierDays', 1, { tier: 'A' })).toBe('A类 1 天');
    expect(counted('en', 'sb.visits', 1)).toBe('1 visit');
    expect(counted('en', 'sb.month.projected', 1.1)).toBe('On pace for about 1 this month');
    expect(counted('en', 'sb.month.projected', 2.6)).toBe('On pace for about 3 this month');
  });

  it('rounds what people count to whole numbers', () => {
    expect(wholeNumber(2.2)).toBe(2);
    expect(wholeNumber(0.96)).toBe(1);
    expect(wholeNumber(Number.NaN)).toBe(0);
  });
});

describe('dayLabel', () => {
  it('names a day "Mon, Nov 30" / "11月30日 周一", whatever the machine\'s zone', () => {
    expect(dayLabel('en', '2026-11-30')).toBe('Mon, Nov 30');
    expect(dayLabel('zh', '2026-11-30')).toBe('11月30日 周一');
    expect(dayLabel('en', '2025-11-27')).toBe('Thu, Nov 27');
    expect(weekdayLabel('en', '2026-11-30')).toBe('Mon');
    expect(weekdayLabel('zh', '2026-11-30')).toBe('周一');
  });

  it('shows what is not a date key as it is', () => {
    expect(dayLabel('en', 'soon')).toBe('soon');
    expect(dayLabel('zh', '')).toBe('');
  });
});

describe('joinNames', () => {
  it('joins names with ", " in English and "、" in Chinese', () => {
    expect(joinNames('en', ['Acme', 'Globex'])).toBe('Acme, Globex');
    expect(joinNames('zh', ['华美', '蓝河', '雪松'])).toBe('华美、蓝河、雪松');
    expect(joinNames('zh', [])).toBe('');
  });
});

describe('dayPhase', () => {
  it('is the morning until Settings\' Reminder hour, then the afternoon', () => {
    const settings = { ...DEFAULT_SETTINGS, reminderHour: 17 };
    expect(dayPhase(8, settings)).toBe('morning');
    expect(dayPhase(16, settings)).toBe('morning');
    expect(dayPhase(17, settings)).toBe('afternoon');
    expect(dayPhase(23, { ...settings, reminderHour: 15 })).toBe('afternoon');
  });
});
