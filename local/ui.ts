// SpreadsheetApp.getUi(): menus, alerts, sidebars and dialogs, recorded for tests to inspect.
import { countCalls, Host, MenuRecord } from './host';
import type { HtmlOutputApi, MenuApi, Mirror } from './types';

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

type MenuItem = { caption: string; functionName: string };

export class LocalMenu implements MenuApi {
  readonly _items: MenuItem[] = [];
  constructor(readonly host: Host, readonly _name: string, private readonly addon: boolean) {}
  addItem(caption: string, functionName: string): this {
    this._items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this { return this; }
  /** Sub-menu items are listed in the parent with the sub-menu's name in front ("Sub › Item"). */
  addSubMenu(menu: LocalMenu): this {
    for (const item of menu._items) this._items.push({ caption: `${menu._name} › ${item.caption}`, functionName: item.functionName });
    return this;
  }
  addToUi(): void {
    const record: MenuRecord = { name: this._name, items: this._items.map((i) => ({ ...i })), addon: this.addon };
    const existing = this.host.menus.findIndex((m) => m.name === record.name && m.addon === record.addon);
    if (existing >= 0) this.host.menus.splice(existing, 1, record);
    else this.host.menus.push(record);
  }
}

// alert/prompt are left out: one local method takes all of their overloads at once.
type UiSurface = Mirror<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'>;

function answerFor(buttons: unknown): string {
  return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
}

export class LocalUi implements UiSurface {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(readonly host: Host, private readonly addonName: string) {}
  createAddonMenu(): LocalMenu { return new LocalMenu(this.host, this.addonName, true); }
  createMenu(caption: string): LocalMenu { return new LocalMenu(this.host, String(caption), false); }
  /**
   * alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); answers with the button queued by
   * runtime.answerNextAlert, else OK (or YES for a yes/no set).
   */
  alert(a: string, b?: unknown, c?: unknown): string {
    const withTitle = typeof b === 'string' && !(b in ButtonSet);
    const title = withTitle ? String(a) : '';
    const message = withTitle ? String(b) : String(a);
    this.host.alerts.push({ title, message });
    return this.host.alertAnswers.shift() ?? answerFor(withTitle ? c : b);
  }
  /** A prompt is recorded like an alert and answered with what runtime.answerNextPrompt queued, else '' and CANCEL. */
  prompt(a: string, b?: unknown, _c?: unknown): { getResponseText(): string; getSelectedButton(): string } {
    const withTitle = typeof b === 'string' && !(b in ButtonSet);
    this.host.alerts.push({ title: withTitle ? String(a) : '', message: withTitle ? String(b) : String(a) });
    const answer = this.host.promptAnswers.shift() ?? { text: '', button: Button.CANCEL };
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
  }
  showSidebar(userInterface: HtmlOutputApi): void {
    this.host.sidebars.push({ title: userInterface.getTitle(), html: userInterface.getContent() });
  }
  showModalDialog(userInterface: HtmlOutputApi, title: string): void {
    this.host.dialogs.push({ title: String(title), html: userInterface.getContent(), modal: true });
  }
  showModelessDialog(userInterface: HtmlOutputApi, title: string): void {
    this.host.dialogs.push({ title: String(title), html: userInterface.getContent(), modal: false });
  }
}

countCalls(LocalMenu.prototype, 'Menu', { kind: 'ui' });
countCalls(LocalUi.prototype, 'Ui', { kind: 'ui' });
