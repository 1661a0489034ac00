// Drives the real VS Code workbench as a user would: the extension installed from the built .vsix, the example
// workspace open, the design doc opened through Quick Open (the getting-started walkthrough opened beside it), the checklist run from the Command Palette, and the
// Problems panel checked for our findings; then a document with diagrams in the Diagrams view (drawn, a simulation
// step), in the Markdown preview, and the view restored after a window reload. Screenshots of each step (and of a
// failure) go to test-results/ui/.
// With --web-worker, the setting remote.extensionKind makes VS Code run the extension's browser build in the page's
// web worker extension host (as VS Code for the Web does), and the run checks the extension host logs to see that
// the web worker host is the one that activated it.
// Usage: node test/ui/run.mjs [--vscode 4.100.3|4.139.1|all] [--web-worker] [--screenshots media/screenshots]
//        [--vsix dist/design-workbench.vsix]
//        [--workspace examples] [--doc NAME.md] [--timeout SECONDS]
//        [--url URL [--native-mermaid]]   drive a workbench that is already running (npm start) instead of starting
//                      servers; the diagram steps run when its folder has diagrams.md (--native-mermaid: VS Code 1.121+)
import fs from 'node:fs';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../../scripts/vscode/browser.mjs';
import { ensureAll } from '../../scripts/vscode/install.mjs';
import { startServer } from '../../scripts/vscode/server.mjs';
import { argValue, resolveVersions } from '../../scripts/vscode/versions.mjs';
import { log, repoRoot, runMain, seconds, withTimeout } from '../../scripts/vscode/util.mjs';

const COMMAND_TITLE = 'Design Workbench: Run Microservices Checklist';
const DIAGRAMS_TITLE = 'Design Workbench: Show Diagrams';
const SCORE_TITLE = 'Design Workbench: Score Answer';
const START_TITLE = 'Design Workbench: Start Mock Interview';
const ACTIONS_TITLE = 'Design Workbench: Mock Interview: Pause, Skip Phase or Stop';
/** The challenge the mock-interview steps take: its title in the challenge pick. */
const PRACTICE_CHALLENGE = 'Book a flight, hotel and car as one package';
/** The example answer to the lesson's explain-it challenge (examples/). */
const ANSWER_DOC = 'ecommerce-answer.md';
/** Copied into the workspace under test: two sagas, five discovery blocks and a ```mermaid block. */
const DIAGRAMS_DOC = path.join(repoRoot, 'test', 'integration', 'workspace', 'diagrams.md');
const SOURCE = 'Design Workbench';
/** publisher.name, as remote.extensionKind and the extension host logs name it. */
const EXTENSION_ID = (() => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return `${pkg.publisher}.${pkg.name}`;
})();
/** The walkthrough's title (package.json `contributes.walkthroughs`). */
const WALKTHROUGH_TITLE = 'Get started with Design Workbench';
const RESULTS_DIR = path.join(repoRoot, 'test-results', 'ui');

/** @typedef {import('playwright-core').Page} Page */

/**
 * Whether this VS Code ships its own mermaid for the Markdown preview (the built-in extension the plugin defers to).
 * @param {import('../../scripts/vscode/install.mjs').Installed} installed
 */
function hasNativeMermaid(installed) {
  return fs.existsSync(path.join(path.dirname(path.dirname(installed.serverMain)), 'extensions', 'mermaid-markdown-features'));
}

/**
 * Opens the Quick Input with `key` (F1: commands, Control+P: files). While the workbench is still starting,
 * the widget can close itself again: press Escape and retry until its input stays visible.
 * @param {Page} page
 * @param {string} key
 */
async function openQuickInput(page, key) {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; attempt <= 20; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press(key);
    try {
      await input.waitFor({ state: 'visible', timeout: 1500 });
      // Still open a moment later: the workbench did not steal focus back.
      await page.waitForTimeout(150);
      if (await input.isVisible()) return input;
    } catch {
      // not open yet
    }
  }
  throw new Error(`The quick input did not open with ${key}`);
}

/**
 * Types `text` into a freshly opened quick input and accepts the row whose label contains `label`.
 * @param {Page} page
 * @param {string} key
 * @param {string} text
 * @param {string} label
 */
async function pick(page, key, text, label) {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const input = await openQuickInput(page, key);
    await page.keyboard.type(text);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
    // The Welcome page opening late takes focus and closes the widget: then start again at once.
    const outcome = await Promise.race([
      row.waitFor({ state: 'visible', timeout: 10_000 }).then(() => 'row', () => 'timeout'),
      input.waitFor({ state: 'hidden', timeout: 10_000 }).then(() => 'closed', () => 'timeout'),
    ]);
    if (outcome === 'row') {
      // The keyboard, as a user would, when our row has the focus: a click leaves the pointer and its tooltips behind.
      const focused = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: label });
      if (await focused.count()) await page.keyboard.press('Enter');
      else await row.click();
      return;
    }
    log(`  (quick input ${outcome === 'closed' ? 'closed by the workbench' : `showed no "${label}"`}; attempt ${attempt})`);
  }
  throw new Error(`No "${label}" in the quick input after typing "${text}"`);
}

/**
 * Types `text` into the quick pick titled `title` that a command opened (a step of a multi-step command) and accepts
 * the row whose label contains `label`. Waiting for the title keeps keys from going to the previous step or the editor.
 * @param {Page} page
 * @param {string} title
 * @param {string} text
 * @param {string} label
 */
async function choose(page, title, text, label) {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(text);
  await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: label }).first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/**
 * Brings forward the tab that shows our walkthrough, looking through the workbench's Welcome and Walkthrough tabs
 * for up to `timeoutMs`; false when none shows it.
 * @param {Page} page
 * @param {number} timeoutMs
 */
async function walkthroughTab(page, timeoutMs) {
  const ours = page.locator('.gettingStartedContainer', { hasText: WALKTHROUGH_TITLE }).locator('.getting-started-step');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const tabs = page.locator('.tabs-container .tab', { hasText: /Welcome|Walkthrough/ });
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await page.waitForTimeout(300);
      if (await ours.count()) return true;
    }
    await page.waitForTimeout(500);
  }
  return false;
}

/**
 * Waits until the status bar has not said "Activating Extensions..." for 0.6 s (15 s at most), so that screenshots
 * show the editor with Markdown colouring and our extension up. Opening the document is what starts the activation,
 * so its message may appear a moment after the editor does.
 * @param {Page} page
 */
async function extensionsSettled(page) {
  const activating = page.locator('.statusbar', { hasText: 'Activating Extensions' });
  const deadline = Date.now() + 15_000;
  for (let quiet = 0; quiet < 3 && Date.now() < deadline; ) {
    quiet = (await activating.count()) ? 0 : quiet + 1;
    await page.waitForTimeout(200);
  }
}

/**
 * The user's path through the workbench at `url`: open `doc`, run the checklist, read the Problems panel.
 * `progress.step` names the step under way, for the failure message.
 * @param {Page} page
 * @param {string} url
 * @param {string} doc
 * @param {(name: string) => Promise<void>} shot
 * @param {{ step: string }} progress
 * @param {{ native: boolean, folder: string, webWorker?: boolean }} env  whether VS Code draws mermaid in its Markdown preview; the workspace folder; whether the extension runs in the web worker host
 */
async function drive(page, url, doc, shot, progress, env) {
  const t = performance.now();
  progress.step = 'opening the workbench';
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.statusbar').waitFor({ timeout: 60_000 });
  log(`  workbench up in ${seconds(t)}`);

  progress.step = `opening ${doc} with Quick Open`;
  let ts = performance.now();
  await pick(page, 'Control+P', doc, doc);
  await page.locator('.tabs-container .tab.active', { hasText: doc }).waitFor({ timeout: 15_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
  await extensionsSettled(page);
  log(`  ${doc} open after ${seconds(ts)}`);
  await shot('design-doc-open');

  // The first activation opens the getting-started walkthrough in a tab of its own, behind the document.
  progress.step = 'looking at the walkthrough the first activation opened';
  ts = performance.now();
  const walkthrough = page.locator('.gettingStartedContainer', { hasText: WALKTHROUGH_TITLE });
  let openedBy = 'the first activation';
  if (!(await walkthroughTab(page, 10_000))) {
    // The workbench's own first-run walkthrough (VS Code 1.100's "Setup VS Code Web") can take the one
    // getting-started editor just after ours opened: open ours as a user would. The integration suite checks
    // that the first activation opens it, and only once.
    openedBy = 'Welcome: Open Walkthrough…';
    await pick(page, 'F1', 'Welcome: Open Walkthrough', 'Open Walkthrough');
    await page.keyboard.type('Design Workbench');
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: WALKTHROUGH_TITLE }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
  }
  await walkthrough.waitFor({ timeout: 15_000 });
  const steps = await walkthrough.locator('.getting-started-step .step-title').allTextContents();
  if (steps.length !== 5) throw new Error(`The walkthrough shows ${steps.length} steps: ${steps.join(' | ')}`);
  log(`  walkthrough "${WALKTHROUGH_TITLE}" open (by ${openedBy}) after ${seconds(ts)}: ${steps.join(' | ')}`);
  await shot('walkthrough');
  await page.locator('.tabs-container .tab', { hasText: doc }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: doc }).waitFor({ timeout: 15_000 });

  progress.step = `running "${COMMAND_TITLE}" from the Command Palette`;
  ts = performance.now();
  await pick(page, 'F1', COMMAND_TITLE, COMMAND_TITLE);
  const toastText = await settledToast(page.locator('.notification-toast', { hasText: 'Checklist:' }).first());
  const summary = /Checklist: .*/.exec(toastText)?.[0] ?? '';
  if (!/Checklist: \d+\/\d+ covered/.test(summary)) throw new Error(`Unexpected summary notification: "${summary}"`);
  log(`  notification "${summary}" after ${seconds(ts)}`);
  await shot('checklist-notification');

  progress.step = 'opening the Problems panel';
  ts = performance.now();
  const rows = page.locator('.markers-panel .monaco-list-row', { hasText: SOURCE });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M');
  try {
    await rows.first().waitFor({ timeout: 5000 });
  } catch {
    // The shortcut can be swallowed while focus moves: go through the palette instead.
    await pick(page, 'F1', 'Problems', 'Focus on Problems View');
    await rows.first().waitFor({ timeout: 10_000 });
  }
  const count = await rows.count();
  const texts = await rows.allTextContents();
  // A row reads "<message>Design Workbench(<id>)[Ln 3, Col 1]"; the parentheses are drawn by CSS.
  const ids = [...new Set(texts.map((t) => /Design Workbench\s*(?:\(\s*)?([\w-]+)/.exec(t)?.[1]).filter(Boolean))];
  if (ids.length === 0) throw new Error(`Problems rows show "${SOURCE}" but no finding id: ${texts.slice(0, 3).join(' | ')}`);
  log(`  Problems panel after ${seconds(ts)}: ${count} findings from ${SOURCE} (${ids.join(', ')})`);
  await shot('problems-panel');

  progress.step = 'opening the Checklist view';
  ts = performance.now();
  await pick(page, 'F1', 'Focus on Checklist View', 'Focus on Checklist View');
  const tree = page.locator('.pane-body .monaco-list-row', { hasText: 'Service boundaries' });
  await tree.first().waitFor({ timeout: 15_000 });
  const rowsInView = await page.locator('.pane-body .monaco-list-row').allTextContents();
  for (const label of ['Service discovery', 'Security', 'Anti-patterns']) {
    if (!rowsInView.some((r) => r.includes(label))) throw new Error(`Checklist view lacks "${label}": ${rowsInView.join(' | ')}`);
  }
  const bar = await page.locator('.statusbar-item', { hasText: 'Checklist' }).first().innerText();
  if (!/Checklist \d+\/\d+/.test(bar)) throw new Error(`Status bar shows "${bar}", expected "Checklist N/M"`);
  log(`  Checklist view after ${seconds(ts)}: ${rowsInView.length} rows; status bar "${bar.trim()}"`);
  await shot('checklist-view');

  if (fs.existsSync(path.join(env.folder, path.basename(DIAGRAMS_DOC)))) await diagrams(page, shot, progress, env);
  else log(`  (no ${path.basename(DIAGRAMS_DOC)} in ${env.folder}: the diagram steps are left out)`);
  if (fs.existsSync(path.join(env.folder, ANSWER_DOC))) await scoring(page, shot, progress);
  else log(`  (no ${ANSWER_DOC} in ${env.folder}: the scoring steps are left out)`);
  if (!env.attached) {
    await practice(page, shot, progress);
    await walkthroughSteps(page, shot, progress);
  }
}

/** Opens our walkthrough (its tab if open, else Welcome: Open Walkthrough…) and returns its container. @param {Page} page */
async function openWalkthrough(page) {
  // Always through the command: a Welcome tab may hold the walkthrough's page hidden behind the welcome page.
  for (let attempt = 1; ; attempt++) {
    await pick(page, 'F1', 'Welcome: Open Walkthrough', 'Open Walkthrough');
    // The walkthrough pick replaces the palette a moment later: type only once its own input is there, or the
    // keys go to the palette (or the editor) and the pick is left empty.
    const input = page.locator('.quick-input-widget input[placeholder*="walkthrough" i]:visible').first();
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: WALKTHROUGH_TITLE }).first();
    if (await input.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false)) {
      await input.fill('Design Workbench');
      if (await row.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false)) {
        const focused = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: WALKTHROUGH_TITLE });
        if (await focused.count()) await page.keyboard.press('Enter');
        else await row.click();
        break;
      }
    }
    if (attempt === 3) throw new Error(`No "${WALKTHROUGH_TITLE}" in the walkthrough pick after ${attempt} tries`);
    log(`  (the walkthrough pick showed no "${WALKTHROUGH_TITLE}"; attempt ${attempt})`);
    await page.keyboard.press('Escape');
  }
  const walkthrough = page.locator('.gettingStartedContainer:visible', { hasText: WALKTHROUGH_TITLE });
  await walkthrough.locator('.getting-started-step').first().waitFor({ state: 'visible', timeout: 15_000 });
  return walkthrough;
}

/** The walkthrough's steps as package.nls.json writes them: each title and the button that runs its command. */
const WALKTHROUGH_STEPS = (() => {
  const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8'));
  const ids = Object.keys(nls).map((k) => /^walkthrough\.gettingStarted\.(\w+)\.title$/.exec(k)?.[1]).filter(Boolean);
  return ids.map((id) => ({ title: nls[`walkthrough.gettingStarted.${id}.title`], button: /(?<!\[)\[([^\][]+)\]\(command:/.exec(nls[`walkthrough.gettingStarted.${id}.description`])?.[1] ?? '' }));
})();

/**
 * The walkthrough, step by step, as a new user goes through it: each step not yet done is opened and its button
 * pressed (the first makes a design document from a template, its prompts answered; the others run their command,
 * and whatever it asks is dismissed), and then every step shows as done.
 * @param {Page} page
 * @param {(name: string) => Promise<void>} shot
 * @param {{ step: string }} progress
 */
async function walkthroughSteps(page, shot, progress) {
  progress.step = 'opening the walkthrough again';
  const ts = performance.now();
  const done = async () => (await openWalkthrough(page)).locator('.getting-started-step[aria-checked="true"] .step-title, .getting-started-step:has(.codicon.complete) .step-title').allTextContents();
  const before = await done();
  log(`  walkthrough: ${before.length} of ${WALKTHROUGH_STEPS.length} steps already done (${before.join(' | ') || 'none'})`);
  const widget = page.locator('.quick-input-widget');
  for (const [i, step] of WALKTHROUGH_STEPS.entries()) {
    if (before.some((t) => t.includes(step.title))) continue;
    progress.step = `the walkthrough step "${step.title}" from its button "${step.button}"`;
    const walkthrough = await openWalkthrough(page);
    // Each step's button is shown while the step is open; a click on the title of an open step may close it.
    const button = walkthrough.getByRole('button', { name: step.button, exact: true }).first();
    for (let attempt = 0; attempt < 3 && !(await button.isVisible()); attempt++) {
      await walkthrough.locator('.getting-started-step .step-title', { hasText: step.title }).first().click();
      await button.waitFor({ state: 'visible', timeout: 4000 }).catch(() => undefined);
    }
    await button.waitFor({ state: 'visible', timeout: 5000 });
    // The walkthrough redraws as steps complete: a click that lands during a redraw is lost, so try again.
    for (let attempt = 0; attempt < 3; attempt++) {
      await button.click();
      if (await widget.waitFor({ state: 'visible', timeout: 4000 }).then(() => true, () => false)) break;
    }
    await page.waitForTimeout(500);
    if (i === 0) {
      // The template pick, its prompts, the file name (and, if taken, the free name): accept each, naming what is empty.
      for (let n = 0; n < 15 && (await widget.isVisible()); n++) {
        // The click left the focus on the walkthrough: give it to the quick input, as a user's next keystroke would.
        await widget.locator('input').first().focus().catch(() => undefined);
        if ((await widget.locator('input').first().inputValue().catch(() => 'x')) === '' && !(await widget.locator('.monaco-list-row:visible').count())) await page.keyboard.type('Walkthrough Shop');
        await page.keyboard.press('Enter');
        await page.waitForTimeout(500);
      }
      const made = page.locator('.editor-group-container.active .tab.active', { hasText: /\.md/ });
      await made.waitFor({ timeout: 15_000 });
      log(`  walkthrough: "${step.button}" made ${(await made.innerText()).trim()}`);
    } else {
      for (let n = 0; n < 3 && (await widget.isVisible()); n++) await page.keyboard.press('Escape');
      log(`  walkthrough: "${step.button}" run from its step`);
    }
  }
  progress.step = 'checking that every walkthrough step is done';
  let after = [];
  for (let n = 0; n < 10 && after.length < WALKTHROUGH_STEPS.length; n++) {
    after = await done();
    if (after.length < WALKTHROUGH_STEPS.length) await page.waitForTimeout(500);
  }
  if (after.length !== WALKTHROUGH_STEPS.length) throw new Error(`The walkthrough shows ${after.length} of ${WALKTHROUGH_STEPS.length} steps done: ${after.join(' | ')}`);
  log(`  walkthrough: all ${after.length} steps done after ${seconds(ts)}`);
  await shot('walkthrough-done');
}

/**
 * Waits for a toast and for its slide-and-fade-in to finish, so a screenshot shows what a person reads; its text.
 * @param {import('playwright-core').Locator} toast
 */
async function settledToast(toast) {
  await toast.waitFor({ timeout: 15_000 });
  await toast.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished))).catch(() => undefined);
  return (await toast.innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * A mock interview as a candidate takes it: started from the palette, some text typed, the Problems panel empty for
 * the session document (exam mode) while it runs, two phases skipped to reach the deep dive, the interviewer's
 * follow-up as a notification and a heading in the document, an answer under it, and the report at the end with
 * the follow-up's points and the timeline.
 * @param {Page} page
 * @param {(name: string) => Promise<void>} shot
 * @param {{ step: string }} progress
 */
async function practice(page, shot, progress) {
  progress.step = `running "${START_TITLE}"`;
  let ts = performance.now();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+1');
  await pick(page, 'F1', START_TITLE, START_TITLE);
  await choose(page, 'Start Mock Interview (1/2)', PRACTICE_CHALLENGE, PRACTICE_CHALLENGE);
  await choose(page, 'Start Mock Interview (2/2)', '30', '30 minutes');
  const tab = page.locator('.editor-group-container.active .tab.active', { hasText: 'travel-booking-saga' }).first();
  await tab.waitFor({ timeout: 15_000 });
  const docName = (await tab.innerText()).split('\n')[0].trim();
  await page.locator('.statusbar-item', { hasText: 'Requirements and scope' }).first().waitFor({ timeout: 10_000 });
  log(`  mock interview started in ${docName} after ${seconds(ts)}`);

  progress.step = 'writing requirements in the session document';
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nA customer books a flight, a hotel and a car in one checkout; all three partners are external HTTP APIs.\n', { delay: 2 });
  progress.step = 'checking the Problems panel shows nothing for the session document';
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').first().waitFor({ timeout: 10_000 });
  // Give the live checklist its debounce and more: the session document must stay without findings.
  await page.waitForTimeout(2500);
  const resources = await page.locator('.markers-panel .monaco-list-row').allTextContents();
  if (resources.some((r) => r.includes(docName))) throw new Error(`The Problems panel shows findings for ${docName} during the interview: ${resources.filter((r) => r.includes(docName)).join(' | ')}`);
  log(`  Problems panel during the interview: nothing for ${docName} (${resources.length} rows for other documents)`);
  await shot('interview-problems-empty');

  progress.step = 'skipping to the deep dive';
  ts = performance.now();
  for (const phase of ['High-level design', 'Deep dive']) {
    await pick(page, 'F1', ACTIONS_TITLE, ACTIONS_TITLE);
    await choose(page, 'Mock interview:', 'Next phase', 'Next phase');
    await page.locator('.statusbar-item', { hasText: phase }).first().waitFor({ timeout: 10_000 });
  }
  const followUp = await settledToast(page.locator('.notification-toast', { hasText: 'Follow-up:' }).first());
  log(`  "${followUp.slice(0, 120)}" after ${seconds(ts)}`);
  await shot('follow-up-notification');

  progress.step = 'answering the follow-up from its notification';
  // The duplicate-rooms follow-up's Answer button puts the cursor on the blank line under its question.
  await page.locator('.notification-toast', { hasText: 'Follow-up:' }).filter({ hasText: 'second hotel room' }).first().getByRole('button', { name: 'Answer' }).click();
  await page.waitForTimeout(300);
  await page.keyboard.type(
    'An orchestrator runs the saga: reserve the flight, the hotel and the car, then charge the card last. Each step has a compensation (cancel the booking, refund the charge) and every call carries an idempotency key, so a retry after a timeout never books twice.\n',
    { delay: 1 },
  );
  await page.keyboard.press('Control+S');

  progress.step = 'finishing the interview and opening its report';
  ts = performance.now();
  await pick(page, 'F1', ACTIONS_TITLE, ACTIONS_TITLE);
  await choose(page, 'Mock interview:', 'Stop', 'Stop');
  const frame = await webviewFrame(page, '#follow-ups');
  const followUps = await frame.locator('#follow-ups .follow-up').count();
  const timeline = await frame.locator('#timeline li').count();
  if (followUps < 1 || timeline < 1) throw new Error(`The report shows ${followUps} follow-ups and ${timeline} timeline entries, expected at least one of each`);
  // The answer typed under the duplicate-rooms follow-up is credited there (an idempotency key answers it).
  const rooms = (await frame.locator('#follow-ups .follow-up', { hasText: 'second hotel room' }).first().innerText()).replace(/\s+/g, ' ');
  if (!/\b[1-9]\d* points? earned/.test(rooms)) throw new Error(`The duplicate-rooms follow-up earned nothing: "${rooms.slice(0, 200)}"`);
  await frame.locator('#follow-ups').scrollIntoViewIfNeeded();
  log(`  report after ${seconds(ts)}: ${followUps} follow-ups, ${timeline} timeline entries`);
  await shot('interview-report');
}

/**
 * Scoring: the example answer scored from the Command Palette, the score view beside it (total, a bar per
 * criterion, evidence), and an evidence quote that jumps to its line in the editor.
 * @param {Page} page
 * @param {(name: string) => Promise<void>} shot
 * @param {{ step: string }} progress
 */
async function scoring(page, shot, progress) {
  progress.step = `opening ${ANSWER_DOC} and running "${SCORE_TITLE}"`;
  const ts = performance.now();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+1');
  await pick(page, 'Control+P', ANSWER_DOC, ANSWER_DOC);
  await page.locator('.editor-group-container.active .tab.active', { hasText: ANSWER_DOC }).waitFor({ timeout: 15_000 });
  await pick(page, 'F1', SCORE_TITLE, SCORE_TITLE);
  const frame = await webviewFrame(page, '[data-testid="total"]');
  const total = Number(await frame.locator('[data-testid="total"]').textContent());
  const criteria = await frame.locator('section.criterion').count();
  if (!(total > 0 && total <= 100) || criteria !== 4) throw new Error(`The score view shows total ${total} and ${criteria} criteria, expected 1-100 and 4`);
  log(`  score view: ${total}/100, ${criteria} criteria, after ${seconds(ts)}`);
  await shot('score-view');

  progress.step = 'clicking an evidence quote in the score view';
  const link = frame.locator('section.criterion[data-criterion="extract-first"] a.line').first();
  const line = Number(/\d+/.exec((await link.textContent()) ?? '')?.[0]);
  await link.click();
  await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col 1` }).waitFor({ timeout: 10_000 });
  log(`  evidence link went to line ${line} of ${ANSWER_DOC}`);
  await shot('score-evidence');
}

/**
 * The frame of the webview whose page has `selector` (webviews are iframes inside iframes; hidden ones stay in the
 * DOM), waiting up to `timeout` ms for one to appear.
 * @param {Page} page
 * @param {string} selector
 */
async function webviewFrame(page, selector, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.$(selector).catch(() => null)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`No webview shows ${selector} after ${timeout / 1000} s`);
}

/**
 * Waits until the Diagrams view has drawn `count` diagrams.
 * @param {Page} page
 * @param {number} count
 */
async function drawnDiagrams(page, count) {
  // As long as the drawing itself may take: after a window reload the view waits for the extension host to start
  // again, which on a busy machine has taken more than 30 s.
  const frame = await webviewFrame(page, 'section.diagram', 60_000);
  await frame.waitForFunction((n) => document.body.dataset.ready === 'true' && document.querySelectorAll('section.diagram[data-state="drawn"] .stage svg').length === n, count, { timeout: 60_000 });
  return frame;
}

/**
 * Diagrams: the view beside the editor, a failure-simulation step, the Markdown preview, and the view coming back
 * after a window reload (its serializer). `env.native`: this VS Code draws mermaid in the preview itself.
 * @param {Page} page
 * @param {(name: string) => Promise<void>} shot
 * @param {{ step: string }} progress
 * @param {{ native: boolean, folder: string }} env
 */
async function diagrams(page, shot, progress, env) {
  const native = env.native;
  const doc = path.basename(DIAGRAMS_DOC);
  progress.step = `opening ${doc} and running "${DIAGRAMS_TITLE}"`;
  let ts = performance.now();
  await page.keyboard.press('Escape');
  await pick(page, 'Control+P', doc, doc);
  await page.locator('.editor-group-container.active .tab.active', { hasText: doc }).waitFor({ timeout: 15_000 });
  // More room for the diagrams: the Problems panel from the checklist steps goes away.
  await page.keyboard.press('Control+J');
  await pick(page, 'F1', DIAGRAMS_TITLE, DIAGRAMS_TITLE);
  await page.locator('.tab', { hasText: `Diagrams: ${doc}` }).waitFor({ timeout: 15_000 });
  let frame = await drawnDiagrams(page, 8);
  log(`  Diagrams view: 8 diagrams drawn after ${seconds(ts)}`);

  progress.step = 'stepping through the failure simulation';
  const saga = frame.locator('section.diagram').first();
  for (let i = 1; i <= 3; i++) {
    await saga.locator('vscode-button', { hasText: 'Step' }).click();
    await frame.waitForFunction((n) => document.querySelector('section.diagram .counter')?.textContent?.startsWith(`Frame ${n} of`) && document.querySelector('section.diagram')?.getAttribute('data-state') === 'drawn', i);
  }
  const caption = (await saga.locator('.caption').textContent()) ?? '';
  if (!/Step 3 fails/.test(caption)) throw new Error(`The third simulation frame says "${caption}", expected the failure of step 3`);
  log(`  simulation frame 3: "${caption}"`);
  await shot('diagrams-view');

  progress.step = 'copying the Mermaid source, going to the source line and exporting an SVG from the view';
  await saga.locator('vscode-toolbar-button[data-action="copy"]').click();
  await page.locator('.statusbar-item', { hasText: 'Mermaid source of "Place order" copied' }).waitFor({ timeout: 10_000 });
  await frame.locator('section.diagram').nth(1).locator('button.diagram-line').click();
  await page.locator('.statusbar-item', { hasText: 'Ln 28, Col 1' }).waitFor({ timeout: 10_000 });
  log('  Copy Mermaid source and Go to source (line 28) done through the extension');
  const exported = path.join(env.folder, 'diagrams-place-order.svg');
  fs.rmSync(exported, { force: true });
  await saga.locator('vscode-toolbar-button[data-action="file-code"]').click();
  // VS Code in the browser asks with its own dialog, the proposed path filled in: accept it.
  const dialog = page.locator('.quick-input-widget input');
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  await page.waitForFunction(() => /diagrams-place-order\.svg$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''), undefined, { timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: 'saved diagrams-place-order.svg' }).waitFor({ timeout: 15_000 });
  const svg = fs.readFileSync(exported, 'utf8');
  if (!/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg) || !svg.includes('FAILURE at step 3')) throw new Error(`The exported SVG is not the drawn frame: ${svg.slice(0, 120)}`);
  log(`  exported ${path.basename(exported)} (${(svg.length / 1024).toFixed(1)} KB) through the save dialog`);

  // A preview's markdown-it plugins run in the extension host of the built-in Markdown extension. Here that is the
  // server's Node host, which cannot load a plugin from the browser's worker host (in VS Code for the Web both run
  // in the worker); the preview script itself is tested in the webview suite.
  if (env.webWorker) log('  (web worker host: the Markdown preview step is left out)');
  else {
    progress.step = 'opening the Markdown preview';
    ts = performance.now();
    // Back to the editor's group (the first), so that the preview opens beside it, over the Diagrams view.
    await page.keyboard.press('Control+1');
    await pick(page, 'Control+P', doc, doc);
    await page.locator('.editor-group-container.active .tab.active', { hasText: doc }).waitFor({ timeout: 15_000 });
    try {
      await pick(page, 'F1', 'Markdown: Open Preview to the Side', 'Markdown: Open Preview to the Side');
    } catch {
      // The tab is active but the focus stayed in the Diagrams webview, so the command's "Markdown editor" condition
      // does not hold: put the caret in the editor, as a user would, and ask again.
      log('  (the preview command was not offered; focusing the editor text and trying again)');
      await page.keyboard.press('Escape');
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await pick(page, 'F1', 'Markdown: Open Preview to the Side', 'Markdown: Open Preview to the Side');
    }
    const preview = await webviewFrame(page, '.markdown-body');
    if (native) {
      // VS Code's own mermaid draws ours and the ```mermaid fence: 8 SVGs in its `.mermaid` elements.
      await preview.waitForFunction(() => document.querySelectorAll('.dw-diagram .mermaid svg').length === 7 && document.querySelectorAll('.mermaid svg').length === 8, undefined, { timeout: 60_000 });
    } else {
      await preview.waitForFunction(() => [...document.querySelectorAll('.dw-diagram-host')].filter((h) => h.shadowRoot?.querySelector('svg')).length === 7, undefined, { timeout: 60_000 }).catch(async (err) => {
        const facts = await preview.evaluate(() => ({
          hosts: document.querySelectorAll('.dw-diagram-host').length,
          shadows: [...document.querySelectorAll('.dw-diagram-host')].map((h) => (h.shadowRoot ? h.shadowRoot.innerHTML.slice(0, 80) : 'none')),
          scripts: [...document.scripts].map((x) => x.src.slice(-60)),
          resources: performance.getEntriesByType('resource').map((r) => r.name.slice(-50)).filter((n) => /preview|chunk/.test(n)),
        }));
        log(`  the preview did not draw: ${JSON.stringify(facts).slice(0, 3000)}`);
        throw err;
      });
    }
    await preview.evaluate(() => document.querySelector('.dw-diagram-saga')?.scrollIntoView());
    log(`  Markdown preview: 7 saga and discovery diagrams drawn ${native ? "by VS Code's mermaid" : 'by our preview script'} after ${seconds(ts)}`);
    await shot('markdown-preview');
  }

  progress.step = 'reloading the window and bringing the Diagrams view back';
  ts = performance.now();
  // As a user reloads: the command lets the workbench shut down in order, storing the webviews' state first
  // (a browser reload of the page skips that, and VS Code 1.100 then restores an older state now and then).
  await page.keyboard.press('Escape');
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  await pick(page, 'F1', 'Developer: Reload Window', 'Developer: Reload Window');
  await reloaded;
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  const tab = page.locator('.tab', { hasText: `Diagrams: ${doc}` });
  await tab.waitFor({ timeout: 30_000 });
  await tab.click();
  frame = await drawnDiagrams(page, 8);
  const restored = (await frame.locator('section.diagram .counter').first().textContent()) ?? '';
  if (!restored.startsWith('Frame 3 of')) throw new Error(`After the reload the simulation shows "${restored}", expected frame 3 kept`);
  log(`  Diagrams view restored after the reload with its simulation frame, in ${seconds(ts)}`);
  await shot('diagrams-restored');
}

/** The steps whose screenshots illustrate the README (`npm run screenshots`), one per feature. */
const README_SHOTS = ['walkthrough', 'problems-panel', 'checklist-view', 'diagrams-view', 'markdown-preview', 'score-view', 'interview-report'];
const README_WIDTH = 1000;

/**
 * A PNG scaled to `width` pixels wide, drawn by the browser itself (a canvas in a page of its own), so that the
 * README's images stay small with no image library.
 * @param {Page} page  any page of the browser
 * @param {Buffer} png
 * @param {number} width
 */
async function downscale(page, png, width) {
  const canvasPage = await page.context().newPage();
  try {
    const data = await canvasPage.evaluate(async ([src, w]) => {
      const img = document.createElement('img');
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = Math.round((img.height * w) / img.width);
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no 2D canvas');
      g.imageSmoothingQuality = 'high';
      g.drawImage(img, 0, 0, canvas.width, canvas.height);
      // Fewer shades per channel (the UI is flat colour; smoothing makes many near-duplicates): PNG packs it better.
      const pixels = g.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < pixels.data.length; i++) if (i % 4 !== 3) pixels.data[i] = Math.min(255, Math.round(pixels.data[i] / 17) * 17);
      g.putImageData(pixels, 0, 0);
      return canvas.toDataURL('image/png');
    }, [`data:image/png;base64,${png.toString('base64')}`, width]);
    return Buffer.from(data.slice(data.indexOf(',') + 1), 'base64');
  } finally {
    await canvasPage.close();
  }
}

/**
 * Opens Chromium on `url` and drives it, saving screenshots into `shots` (and failure.png on failure).
 * @param {string} url
 * @param {string} doc
 * @param {string} shots
 * @param {number} timeoutMs
 * @param {{ native: boolean, folder: string, attached?: boolean }} env
 */
async function driveInBrowser(url, doc, shots, timeoutMs, env) {
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  const { page, close } = await launchChromium();
  if (process.env.DW_UI_CONSOLE) { page.on("console", (m) => { if (m.type() !== "log" && m.type() !== "debug" && m.type() !== "info") log(`  [console ${m.type()}] ${m.text().slice(0, 300)}`); }); page.on("pageerror", (e) => log(`  [pageerror] ${e.message.slice(0, 300)}`)); page.on("requestfailed", (r) => log(`  [requestfailed] ${r.url().slice(-80)} ${r.failure()?.errorText}`)); }
  let n = 0;
  const shot = async (/** @type {string} */ name) => {
    const file = path.join(shots, `${String(++n).padStart(2, '0')}-${name}.png`);
    const png = await page.screenshot({ path: file });
    log(`  screenshot ${path.relative(process.cwd(), file)}`);
    if (env.readme && README_SHOTS.includes(name)) {
      const small = path.join(env.readme, `${name}.png`);
      fs.writeFileSync(small, await downscale(page, png, README_WIDTH));
      log(`  README screenshot ${path.relative(process.cwd(), small)} (${(fs.statSync(small).size / 1024).toFixed(0)} KB)`);
    }
  };
  const progress = { step: 'starting' };
  try {
    await withTimeout(drive(page, url, doc, shot, progress, env), timeoutMs, `timed out after ${timeoutMs / 1000} s`);
  } catch (err) {
    const file = path.join(shots, 'failure.png');
    await page.screenshot({ path: file }).catch(() => undefined);
    throw new Error(`UI test failed while ${progress.step}: ${err instanceof Error ? err.message.split('\n')[0] : err}\n  screenshot: ${path.relative(process.cwd(), file)}`, { cause: err });
  } finally {
    await close();
  }
}

/** Every file under `dir`, recursively. @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * Which extension host activated us, from the server's logs: the Node one logs its activations in the remote
 * extension host log; with --web-worker that log must not name us (the browser's worker host did it).
 * @param {string} root  the server's folder
 * @param {boolean} webWorker
 */
function checkHost(root, webWorker) {
  const logs = filesUnder(root).filter((f) => /exthost/i.test(path.basename(f)) && f.endsWith('.log'));
  if (!logs.length) throw new Error(`no extension host log under ${root}`);
  // "ExtensionService#_doActivateExtension design-workbench.design-workbench, startup: false, activationEvent: …"
  const activation = `_doActivateExtension ${EXTENSION_ID}`;
  const lines = logs.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.includes(EXTENSION_ID)).map((l) => `${path.relative(root, f)}: ${l.slice(0, 200)}`));
  const activated = lines.filter((l) => l.includes(activation));
  const shown = `\n    ${lines.slice(0, 8).join('\n    ') || '(no line names it)'}`;
  if (webWorker && activated.length) throw new Error(`the Node extension host activated ${EXTENSION_ID}; remote.extensionKind did not take:${shown}`);
  if (!webWorker && !activated.length) throw new Error(`the Node extension host's log shows no activation of ${EXTENSION_ID}:${shown}`);
  log(`  extension host logs: ${webWorker ? `the Node host never activated ${EXTENSION_ID}` : `the Node host activated ${EXTENSION_ID}`}${lines.length ? shown : ''}`);
}

/**
 * @param {import('../../scripts/vscode/install.mjs').Installed} installed
 * @param {{ vsix: string, workspace: string, doc: string, timeoutMs: number, webWorker: boolean, readme?: string }} opts
 */
async function runOne(installed, opts) {
  const host = opts.webWorker ? 'web worker extension host' : 'Node extension host';
  log(`=== UI test in VS Code ${installed.vscode} (code-server ${installed.version}), ${host} ===`);
  const shots = path.join(RESULTS_DIR, opts.webWorker ? `${installed.version}-web` : installed.version);
  const t0 = performance.now();
  const settings = opts.webWorker ? { 'remote.extensionKind': { [EXTENSION_ID]: ['ui'] } } : {};
  // No smoke-test driver here: that mode hides notification toasts, which a user sees.
  const server = await startServer({ installed, installExtensions: [opts.vsix], offline: true, settings });
  const serverStart = seconds(t0);
  log(`extension installed from ${path.relative(process.cwd(), opts.vsix)} and server up at ${server.url} in ${serverStart}`);
  try {
    // Opened under its own name (the window title shows it), as a copy the test cannot change.
    const workspace = path.join(server.dirs.root, path.basename(opts.workspace));
    fs.cpSync(opts.workspace, workspace, { recursive: true });
    fs.copyFileSync(DIAGRAMS_DOC, path.join(workspace, path.basename(DIAGRAMS_DOC)));
    const t1 = performance.now();
    await driveInBrowser(server.workbenchUrl(workspace), opts.doc, shots, opts.timeoutMs, { native: hasNativeMermaid(installed), folder: workspace, webWorker: opts.webWorker, readme: opts.readme });
    checkHost(server.dirs.root, opts.webWorker);
    log(`VS Code ${installed.vscode}: UI test passed in ${seconds(t1)} (${host})`);
    return { serverStart, time: seconds(t1) };
  } catch (err) {
    fs.copyFileSync(server.logFile, path.join(shots, 'server.log'));
    throw new Error(`${err instanceof Error ? err.message : err}\n  server log: ${path.relative(process.cwd(), path.join(shots, 'server.log'))}`, { cause: err });
  } finally {
    await server.stop();
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const versions = resolveVersions(argValue(argv, 'vscode'));
  const vsix = path.resolve(argValue(argv, 'vsix') ?? path.join(repoRoot, 'dist', 'design-workbench.vsix'));
  const workspace = path.resolve(argValue(argv, 'workspace') ?? path.join(repoRoot, 'examples'));
  const timeoutMs = Number(argValue(argv, 'timeout') ?? 180) * 1000;
  const url = argValue(argv, 'url');
  // --screenshots DIR: also write the README's screenshots there, scaled down (npm run screenshots).
  const readmeArg = argValue(argv, 'screenshots');
  const readme = readmeArg ? path.resolve(readmeArg) : undefined;
  if (readme) fs.mkdirSync(readme, { recursive: true });
  if (url) {
    // A workbench that is already running (npm start): drive it as it is.
    const folder = new URL(url).searchParams.get('folder') ?? '';
    const doc = argValue(argv, 'doc') ?? (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.design.md')).sort()[0] : undefined);
    if (!doc) throw new Error('Pass --doc NAME.md: no *.design.md found in the URL\'s folder');
    await driveInBrowser(url, doc, path.join(RESULTS_DIR, 'url'), timeoutMs, { native: argv.includes('--native-mermaid'), folder, attached: true });
    console.log('ui: 1 passed, 0 failed');
    return 0;
  }
  if (!fs.existsSync(vsix)) throw new Error(`${path.relative(process.cwd(), vsix)} is missing: build it first with npm run package`);
  if (!fs.existsSync(workspace)) throw new Error(`No workspace folder ${workspace}`);
  const doc = argValue(argv, 'doc') ?? fs.readdirSync(workspace).filter((f) => f.endsWith('.design.md')).sort()[0];
  if (!doc) throw new Error(`No *.design.md in ${workspace}: pass --doc NAME.md`);

  const started = performance.now();
  const t = performance.now();
  const installs = await ensureAll(versions);
  log(`install step: ${seconds(t)}`);

  /** @type {string[]} */
  const summary = [];
  let passed = 0;
  let failed = 0;
  for (const installed of installs) {
    try {
      const r = await runOne(installed, { vsix, workspace, doc, timeoutMs, webWorker: argv.includes('--web-worker'), readme });
      passed++;
      summary.push(`  VS Code ${installed.vscode}: passed — server start with .vsix install ${r.serverStart}, UI test ${r.time}`);
    } catch (err) {
      failed++;
      console.error(`[vscode] ${err instanceof Error ? err.message : err}`);
      summary.push(`  VS Code ${installed.vscode}: FAILED — ${err instanceof Error ? err.message.split('\n')[0] : err}`);
    }
  }
  log(`summary (${seconds(started)} in all):\n${summary.join('\n')}`);
  console.log(`ui: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

runMain(main);
