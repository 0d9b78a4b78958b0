// What the rep has typed or picked, per form, kept outside the DOM so a re-render after another save
// (or a failed save) never throws their input away.
export type Draft = Record<string, string>;

export class Drafts {
  private readonly forms = new Map<string, Draft>();

  get(form: string, field: string, fallback = ''): string {
    const draft = this.forms.get(form);
    return draft && Object.prototype.hasOwnProperty.call(draft, field) ? draft[field] : fallback;
  }

  set(form: string, field: string, value: string): void {
    const draft = this.forms.get(form) || {};
    draft[field] = value;
    this.forms.set(form, draft);
  }

  form(form: string): Draft {
    return { ...(this.forms.get(form) || {}) };
  }

  clear(form: string): void {
    this.forms.delete(form);
  }

  clearAll(): void {
    this.forms.clear();
  }
}
