// The only file that makes Apps Script globals. Each is a one-line hand-off; nothing else is exported here.
import { buildMenu, menuNightly, menuPreviewDigest, menuRefresh, menuSendDigest, menuSetup, openSidebar } from './ui/menu';
import { guardEdit } from './app/editGuard';
import { runNightly } from './app/nightly';
import { requireOwnNightlyTrigger, spreadsheetForRun } from './app/trigger';
import * as sidebar from './ui/sidebarService';
import type { RecordResultArgs, Result, SetTargetArgs, SidebarState } from './ui/api';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e);
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  guardEdit(e);
}

export function nightlyRun(e?: { triggerUid?: string }): void {
  runNightly(spreadsheetForRun(requireOwnNightlyTrigger(e?.triggerUid)), 'nightly');
}

export function menuOpenSidebar(): void {
  openSidebar();
}

export function menuSetupSheets(): void {
  menuSetup();
}

export function menuRefreshHighlights(): void {
  menuRefresh();
}

export function menuPreview(): void {
  menuPreviewDigest();
}

export function menuSendNow(): void {
  menuSendDigest();
}

export function menuNightlyOn(): void {
  menuNightly(true);
}

export function menuNightlyOff(): void {
  menuNightly(false);
}

export function sidebarLoad(rep?: string): Result<SidebarState> {
  return sidebar.sidebarLoad(SpreadsheetApp.getActive(), rep);
}

export function sidebarPickRep(rep: string): Result<SidebarState> {
  return sidebar.sidebarPickRep(SpreadsheetApp.getActive(), rep);
}

export function sidebarSetTarget(args: SetTargetArgs): Result<SidebarState> {
  return sidebar.sidebarSetTarget(SpreadsheetApp.getActive(), args);
}

export function sidebarRecordResult(args: RecordResultArgs): Result<SidebarState> {
  return sidebar.sidebarRecordResult(SpreadsheetApp.getActive(), args);
}

export function sidebarSelectRow(rowId: string): Result<number> {
  return sidebar.sidebarSelectRow(SpreadsheetApp.getActive(), rowId);
}
