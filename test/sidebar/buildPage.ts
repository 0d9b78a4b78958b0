// Builds the sidebar page the way `npm run build` does, so the page can be tested on its own.
import { writeFileSync } from 'node:fs';
import { buildSidebarHtml } from '../../scripts/sidebarPage';

export async function buildSidebarPage(outFile: string): Promise<string> {
  const html = await buildSidebarHtml();
  writeFileSync(outFile, html);
  return html;
}
