// Set up's questions and report, and the "Map columns and stages…" dialog: one self-contained HtmlService page with
// the mapping embedded (no load call) and one round trip to save (mappingSave, checked on the server).
import type { Lang } from '../domain/types';
import { t, type MessageKey } from '../i18n';
import type { DocContext } from '../app/context';
import { mappingState, proposalText, type MappingState } from '../app/adopt';

export function askYesNo(lang: Lang, question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(t(lang, 'app.name'), question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Set up's one short report; with words to classify it offers the dialog (Yes opens it). */
export function showSetupReport(ctx: DocContext, lines: string[], offerMapping: boolean): void {
  const ui = SpreadsheetApp.getUi();
  if (!offerMapping) {
    ui.alert(t(ctx.lang, 'app.name'), lines.join('\n'), ui.ButtonSet.OK);
    return;
  }
  const text = `${lines.join('\n')}\n\n${t(ctx.lang, 'adopt.askMapping')}`;
  if (ui.alert(t(ctx.lang, 'app.name'), text, ui.ButtonSet.YES_NO) === ui.Button.YES) showMappingDialog(ctx);
}

export function showMappingDialog(ctx: DocContext): void {
  const page = HtmlService.createHtmlOutput(mappingPage(mappingState(ctx))).setWidth(760).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(page, t(ctx.lang, 'adopt.dialog.title'));
}

// Errors the save can answer with: their words travel with the page, which fills them in the user's language.
const ERROR_KEYS: MessageKey[] = ['adopt.badArgs', 'adopt.unknownHeader', 'adopt.badWord', 'adopt.sameColumn', 'app.notManager', 'app.runBusy', 'sv.unexpected', 'adopt.noTab', 'app.noSheet', 'app.missingColumns'];
const LABEL_KEYS: MessageKey[] = [
  'adopt.dialog.columns', 'adopt.dialog.ours', 'adopt.dialog.yours', 'adopt.dialog.none', 'adopt.dialog.words', 'adopt.dialog.word',
  'adopt.dialog.rows', 'adopt.dialog.means', 'adopt.dialog.tier', 'adopt.dialog.noWords', 'adopt.dialog.leave', 'adopt.dialog.noTier',
  'adopt.dialog.save', 'adopt.dialog.cancel', 'adopt.dialog.close', 'adopt.dialog.saving', 'adopt.dialog.failed', 'adopt.proposal.signed', 'adopt.proposal.dropped',
  'adopt.proposal.open',
];

/** JSON inside a <script>: `<` escaped so no value can close the tag or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The dialog page for a mapping state. Every value from the sheet reaches the page as data, never as markup. */
export function mappingPage(state: MappingState): string {
  const lang = state.lang;
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t(lang, k)]));
  const errors = Object.fromEntries(ERROR_KEYS.map((k) => [k, t(lang, k)]));
  const known = t(lang, 'adopt.dialog.known', {
    signed: state.known.signed.join(', ') || '—', dropped: state.known.dropped.join(', ') || '—', open: state.known.open.join(', ') || '—',
  });
  const proposals = state.words.map((w) => proposalText(w, lang));
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><base target="_top">
<style>
body{font:13px/1.45 Arial,"Microsoft YaHei",sans-serif;color:#202124;margin:0 12px 12px}
h2{font-size:14px;margin:14px 0 6px}table{border-collapse:collapse;width:100%}
td,th{padding:4px 6px;border-bottom:1px solid #e0e0e0;text-align:left;vertical-align:middle}th{font-weight:600;color:#5f6368}
select{max-width:260px}.muted{color:#5f6368;font-size:12px}#status{margin:10px 0;white-space:pre-wrap}
.bar{position:sticky;bottom:0;background:#fff;padding:8px 0;border-top:1px solid #e0e0e0}
button{padding:6px 16px;margin-right:8px}.err{color:#c5221f}
</style></head><body>
<p class="muted">${escapeHtml(t(lang, 'adopt.dialog.intro', { sheet: state.sheet }))}</p>
<h2 id="h-columns"></h2><table id="columns"></table>
<h2 id="h-words"></h2><table id="words"></table>
<p class="muted">${escapeHtml(known)}</p>
<div id="status" role="status"></div>
<div class="bar"><button id="save"></button><button id="cancel"></button></div>
<script>
var STATE = ${scriptJson(state)};
var L = ${scriptJson(labels)};
var ERRORS = ${scriptJson(errors)};
var PROPOSALS = ${scriptJson(proposals)};
function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
function fill(s, p) { return String(s).replace(/\\{(\\w+)\\}/g, function (w, n) { return p && Object.prototype.hasOwnProperty.call(p, n) ? String(p[n]) : w; }); }
function option(value, text, selected) { var o = el('option', text); o.value = value; o.selected = !!selected; return o; }
function errorText(error) {
  var params = error.params || {};
  if (error.cause) params = Object.assign({}, params, { message: errorText(error.cause) });
  return fill(ERRORS[error.code] || error.code, params);
}
function render() {
  document.getElementById('h-columns').textContent = L['adopt.dialog.columns'];
  document.getElementById('h-words').textContent = L['adopt.dialog.words'];
  var cols = document.getElementById('columns');
  var head = el('tr'); head.appendChild(el('th', L['adopt.dialog.ours'])); head.appendChild(el('th', L['adopt.dialog.yours'])); cols.appendChild(head);
  STATE.columns.forEach(function (c) {
    var tr = el('tr'); tr.appendChild(el('td', c.label));
    var sel = el('select'); sel.name = 'col-' + c.key; sel.setAttribute('data-key', c.key);
    if (!c.current) sel.appendChild(option('', L['adopt.dialog.none'], true));
    STATE.headers.forEach(function (h) { sel.appendChild(option(h, h, h === c.current)); });
    var td = el('td'); td.appendChild(sel); tr.appendChild(td); cols.appendChild(tr);
  });
  var words = document.getElementById('words');
  if (!STATE.words.length) { var none = el('tr'); none.appendChild(el('td', L['adopt.dialog.noWords'])); words.appendChild(none); return; }
  var wh = el('tr');
  ['adopt.dialog.word', 'adopt.dialog.rows', 'adopt.dialog.means', 'adopt.dialog.tier'].forEach(function (k) { wh.appendChild(el('th', L[k])); });
  words.appendChild(wh);
  STATE.words.forEach(function (w, i) {
    var tr = el('tr'); tr.appendChild(el('td', w.word)); tr.appendChild(el('td', String(w.rows)));
    var means = el('select'); means.setAttribute('data-word', String(i)); means.title = PROPOSALS[i];
    means.appendChild(option('', L['adopt.dialog.leave'], false));
    ['signed', 'dropped', 'open'].forEach(function (v) { means.appendChild(option(v, L['adopt.proposal.' + v], w.proposal === v)); });
    var tier = el('select'); tier.setAttribute('data-tier', String(i));
    tier.appendChild(option('', L['adopt.dialog.noTier'], !w.tier));
    ['A', 'B', 'C'].forEach(function (v) { tier.appendChild(option(v, v, w.tier === v)); });
    function sync() { tier.disabled = means.value !== 'open'; }
    means.addEventListener('change', sync); sync();
    var a = el('td'); a.appendChild(means); tr.appendChild(a);
    var b = el('td'); b.appendChild(tier); tr.appendChild(b);
    words.appendChild(tr);
  });
}
function answers() {
  var columns = {};
  Array.prototype.forEach.call(document.querySelectorAll('select[data-key]'), function (s) { if (s.value) columns[s.getAttribute('data-key')] = s.value; });
  var words = STATE.words.map(function (w, i) {
    var means = document.querySelector('select[data-word="' + i + '"]').value;
    var tier = document.querySelector('select[data-tier="' + i + '"]').value;
    return { word: w.word, as: means, tier: means === 'open' ? tier : '' };
  });
  return { columns: columns, words: words };
}
function say(text, isError) { var s = document.getElementById('status'); s.textContent = text; s.className = isError ? 'err' : ''; }
function save() {
  var button = document.getElementById('save'); button.disabled = true; say(L['adopt.dialog.saving']);
  google.script.run
    .withSuccessHandler(function (result) {
      button.disabled = false;
      if (result && result.ok) {
        say(result.value.lines.join('\\n'));
        button.style.display = 'none';
        document.getElementById('cancel').textContent = L['adopt.dialog.close'];
        return;
      }
      say(fill(L['adopt.dialog.failed'], { message: errorText(result.error) }), true);
    })
    .withFailureHandler(function (err) { button.disabled = false; say(fill(L['adopt.dialog.failed'], { message: err && err.message || String(err) }), true); })
    .mappingSave(answers());
}
document.getElementById('save').textContent = L['adopt.dialog.save'];
document.getElementById('cancel').textContent = L['adopt.dialog.cancel'];
document.getElementById('save').addEventListener('click', save);
document.getElementById('cancel').addEventListener('click', function () { google.script.host.close(); });
render();
</script></body></html>`;
}
