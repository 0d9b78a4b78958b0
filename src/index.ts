// The only file that makes Apps Script globals. Each is a one-line hand-off; nothing else is exported here.
import { buildMenu, menuPreviewMorningBrief, menuTeamChat, menuNightly, menuPreviewDigest, menuRefresh, menuSendDigest, menuSetup, openSidebar } from './ui/menu';
import { heartbeatFromTrigger, installedEdit, legacyNightlyFromTrigger, simpleEdit } from './app/beats';
import { activeSpreadsheet } from './app/context';
import * as sidebar from './app/sidebar';
import { menuMapColumnsAndStages } from './ui/menu';
import { saveMapping, type MappingSaved } from './app/adopt';
import type { RecordResultArgs, Result, SetTargetArgs, SidebarEndpoints, SidebarPatch, SidebarState } from './contract/sidebar';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e);
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  simpleEdit(e);
}

export function onEditInstalled(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  installedEdit(e);
}

export function heartbeat(e?: { triggerUid?: string }): void {
  heartbeatFromTrigger(e);
}

export function nightlyRun(e?: { triggerUid?: string }): void {
  legacyNightlyFromTrigger(e);
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

export function sidebarLoad(rep?: unknown): Result<SidebarState> {
  return sidebar.sidebarLoad(activeSpreadsheet(), rep);
}

export function sidebarPickRep(rep: unknown): Result<SidebarState> {
  return sidebar.sidebarPickRep(activeSpreadsheet(), rep);
}

export function sidebarSetTarget(args: SetTargetArgs): Result<SidebarPatch> {
  return sidebar.sidebarSetTarget(activeSpreadsheet(), args);
}

export function sidebarRecordResult(args: RecordResultArgs): Result<SidebarPatch> {
  return sidebar.sidebarRecordResult(activeSpreadsheet(), args);
}

export function sidebarSelectRow(rowId: string): Result<number> {
  return sidebar.sidebarSelectRow(activeSpreadsheet(), rowId);
}

export function menuMapColumns(): void {
  menuMapColumnsAndStages();
}

export function mappingSave(answers: unknown): Result<MappingSaved> {
  return saveMapping(activeSpreadsheet(), answers);
}

export function menuPreviewBrief(): void {
  menuPreviewMorningBrief();
}

export function menuSetTeamChat(): void {
  menuTeamChat();
}

// Compile-time check against the shared contract: a renamed or missing endpoint, or a changed signature, fails tsc.
const endpoints = { sidebarLoad, sidebarPickRep, sidebarSetTarget, sidebarRecordResult, sidebarSelectRow } satisfies SidebarEndpoints;
void endpoints;
