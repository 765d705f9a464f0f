import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, seriousViolations } from './support/browser.ts';
import type { ForumUser } from './support/forum.ts';
import { useSite } from './support/journey.ts';

const site = useSite();
let author: ForumUser;

const CLAIM = 'Fewer than half were free of worsening after five years.';
const MURARO = {
  title: 'Long-term Outcomes After Autologous Hematopoietic Stem Cell Transplantation for Multiple Sclerosis',
  authors: ['Muraro PA', 'Pasquini M'],
  journal: 'JAMA Neurology',
  year: 2017,
  shortName: 'Muraro 2017',
  design: 'cohort',
  sampleSize: 281,
  identifiers: [{ scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' }],
};

beforeAll(async () => {
  author = await site.newUser('author', 'Dr Ana Author');
  const res = await site.api('POST', '/api/studies', { as: author, body: MURARO });
  if (res.status !== 201) throw new Error(`study not created: ${JSON.stringify(res.body)}`);
});

/** Selects `words` inside the comment's text the way a mouse drag would, and lets go. */
async function selectWords(page: Page, commentId: string, words: string) {
  // The buttons come with the page's script, so wait until it has started.
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    ([id, text]) => {
      const body = document.querySelector(`#c-${id} .comment-body`)!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text!);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text!.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`"${text}" is not in the comment`);
    },
    [commentId, words],
  );
}

describe('citing a study for a claim', () => {
  it('an author selects a sentence, cites a study as supporting it, and sees the tag in the thread and the comment on the study page', async () => {
    const thread = await site.newThread(author, { title: 'What the long-term data say', body: 'Post what you have read.' });
    const comment = await site.newComment(author, thread.slug, `I read the registry paper last week. ${CLAIM} I am still glad I had it.`);

    const page = await site.page({ as: author });
    await page.goto(`/t/${thread.slug}`);
    await selectWords(page, comment.id, CLAIM);
    await page.getByRole('toolbar', { name: 'Selected words' }).getByRole('button', { name: 'Cite a study' }).click();
    await page.waitForURL(/[?&]cite=/);
    const panel = page.locator(`#cite-${comment.id}`);
    await expect(panel.getByLabel('The claim, in the comment’s words').inputValue()).resolves.toBe(CLAIM);

    await panel.getByLabel('Find the study').fill('Muraro');
    await panel.getByRole('button', { name: 'Search' }).click();
    await panel.getByRole('radio', { name: /Muraro 2017/ }).check();
    await panel.getByRole('radio', { name: /supports/ }).check();
    await saveScreenshot(page, 'cite-form');
    await panel.getByRole('button', { name: 'Cite study' }).click();
    await page.waitForURL((url) => !url.searchParams.has('cite'));

    const body = page.locator(`#c-${comment.id} .comment-body`);
    await expect(body.locator('mark.claim').textContent()).resolves.toBe(CLAIM);
    const tag = body.locator('.cite-tag');
    await expect(tag.textContent()).resolves.toBe('Muraro 2017 · cohort study · n=281 · supports');
    await page.waitForLoadState('networkidle');
    await tag.hover();
    await expect(page.locator('#claim-card').textContent()).resolves.toContain(MURARO.title);
    await saveScreenshot(page, 'cite-tag-in-thread');
    expect(await seriousViolations(page)).toEqual([]);

    await tag.click();
    await page.waitForURL(/\/studies\/[0-9a-f-]{36}$/);
    const supports = page.locator('#stance-supports');
    await expect(supports.getByRole('heading').textContent()).resolves.toMatch(/supports.*\(1\)/);
    await expect(supports.locator('blockquote').textContent()).resolves.toBe(CLAIM);
    await expect(supports.getByRole('link', { name: 'See the comment in the thread' }).getAttribute('href')).resolves.toBe(`/t/${thread.slug}#c-${comment.id}`);
    await saveScreenshot(page, 'study-page-with-citation');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('works without JavaScript: the quote is pasted, the study searched and the stance picked by keyboard', async () => {
    const thread = await site.newThread(author, { title: 'Without scripts', body: 'Plain forms only.' });
    const comment = await site.newComment(author, thread.slug, `My neurologist said so. ${CLAIM}`);

    const page = await site.page({ as: author, javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    await page.locator(`#c-${comment.id}`).getByRole('link', { name: /^Cite a study/ }).click();
    const panel = page.locator(`#cite-${comment.id}`);
    await panel.getByLabel('The claim, in the comment’s words').fill(CLAIM);
    await panel.getByLabel('Find the study').fill('10.1001/jamaneurol.2016.5867');
    await panel.getByLabel('Find the study').press('Tab');
    await page.keyboard.press('Enter');
    await panel.getByRole('radio', { name: /Muraro 2017/ }).focus();
    await page.keyboard.press('Space');
    await panel.getByRole('radio', { name: /contradicts/ }).focus();
    await page.keyboard.press('Space');
    await expect(panel.getByLabel('The claim, in the comment’s words').inputValue()).resolves.toBe(CLAIM);
    await panel.getByRole('button', { name: 'Cite study' }).press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('cite'));
    await expect(page.locator(`#c-${comment.id} .comment-body .cite-tag`).textContent()).resolves.toBe('Muraro 2017 · cohort study · n=281 · contradicts');
    await page.context().close();
  });

  it('a member asks "Source?" for a claim, and the author sees the open request', async () => {
    const thread = await site.newThread(author, { title: 'Ask for sources', body: 'Claims need sources.' });
    const comment = await site.newComment(author, thread.slug, 'Most people are walking again within a year.');
    const member = await site.newUser('member', 'Curious Carla');

    const asking = await site.page({ as: member });
    await asking.goto(`/t/${thread.slug}`);
    await selectWords(asking, comment.id, 'walking again within a year');
    await asking.getByRole('toolbar', { name: 'Selected words' }).getByRole('button', { name: 'Source?' }).click();
    await asking.getByRole('button', { name: 'Ask for the source' }).click();
    await asking.waitForURL((url) => !url.searchParams.has('ask'));
    await expect(asking.locator(`#c-${comment.id} .comment-body mark.claim.asked`).textContent()).resolves.toBe('walking again within a year');
    await asking.context().close();

    const page = await site.page({ as: author });
    await page.goto(`/t/${thread.slug}`);
    const requests = page.locator(`#c-${comment.id} .source-requests`);
    await expect(requests.textContent()).resolves.toMatch(/Curious Carla asks for the source of\s*walking again within a year/);
    await saveScreenshot(page, 'source-request-seen-by-author');
    await requests.getByRole('button', { name: 'It is my own experience' }).click();
    await page.waitForLoadState('networkidle');
    expect(await page.locator(`#c-${comment.id} .source-requests`).count()).toBe(0);
    await page.context().close();
  });
});

describe('keeping the record honest', () => {
  it('shows a quote whose words were edited out as orphaned, still listed under the comment', async () => {
    const thread = await site.newThread(author, { title: 'Edits and quotes', body: 'Edit away.' });
    const comment = await site.newComment(author, thread.slug, `First thought. ${CLAIM}`);
    const { body: list } = await site.api<{ studies: Array<{ id: string }> }>('GET', '/api/studies?q=Muraro');
    await site.api('POST', `/api/comments/${comment.id}/citations`, { as: author, body: { studyId: list.studies[0]!.id, stance: 'supports', quote: { exact: CLAIM } } });
    const edited = await site.api('PATCH', `/api/comments/${comment.id}`, { as: author, body: { body: 'First thought, and nothing more.' } });
    expect(edited.status).toBe(200);

    const page = await site.page({ as: author, javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    const item = page.locator(`#c-${comment.id}`);
    expect(await item.locator('.comment-body mark').count()).toBe(0);
    await expect(item.locator('.citation-item').textContent()).resolves.toMatch(/n=281 · supports[\s\S]*Fewer than half[\s\S]*the quoted words are no longer in the comment/);
    await page.context().close();
  });

  it('a moderator edits a study and confirms its evidence level; a member cannot add one', async () => {
    const moderator = await site.newUser('moderator', 'Mo Moderator');
    const created = await site.api<{ id: string }>('POST', '/api/studies', { as: author, body: { title: 'A small case series of HSCT', shortName: 'Small series', design: 'case_series' } });
    const page = await site.page({ as: moderator, javaScriptEnabled: false });
    await page.goto(`/studies/${created.body.id}`);
    await expect(page.locator('.evidence').first().textContent()).resolves.toMatch(/case series level\s*unreviewed/);
    await page.getByRole('link', { name: 'Edit this study' }).click();
    await page.getByLabel('People studied').fill('twelve');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.locator('#field-sampleSize-error').textContent()).resolves.toMatch(/digits/);
    await page.getByLabel('People studied').fill('12');
    await page.getByLabel('Plain-language summary').fill('Twelve people were treated and followed for two years.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(new RegExp(`/studies/${created.body.id}$`));
    await expect(page.locator('.summary').textContent()).resolves.toBe('Twelve people were treated and followed for two years.');
    await page.getByLabel('Check and confirm the level').selectOption('4');
    await page.getByRole('button', { name: 'Confirm level' }).click();
    await expect(page.locator('.evidence').first().textContent()).resolves.not.toMatch(/unreviewed/);
    await page.context().close();

    const member = await site.page({ as: await site.newUser('member'), javaScriptEnabled: false });
    await member.goto('/studies');
    expect(await member.getByRole('link', { name: 'Add a study' }).count()).toBe(0);
    const refused = await member.goto('/studies/new');
    expect(refused?.status()).toBe(403);
    await member.context().close();
  });
});

describe('suggestions and new studies', () => {
  it('offers the author a study their comment names as a one-click citation, and adds an unknown trial from its number', async () => {
    const thread = await site.newThread(author, { title: 'Named studies', body: 'Which papers?' });
    const comment = await site.newComment(author, thread.slug, 'See doi:10.1001/jamaneurol.2016.5867 for the long view, and NCT09876543 for the new trial.');

    const page = await site.page({ as: author });
    await page.goto(`/t/${thread.slug}`);
    const item = page.locator(`#c-${comment.id}`);
    await item.getByRole('button', { name: /^Cite Muraro 2017/ }).click();
    await page.waitForLoadState('networkidle');
    await expect(item.locator('.comment-body .cite-tag').textContent()).resolves.toBe('Muraro 2017 · cohort study · n=281 · mentions');
    await expect(item.locator('.comment-body mark.claim').textContent()).resolves.toBe('doi:10.1001/jamaneurol.2016.5867');

    await item.getByRole('link', { name: 'Add ClinicalTrials.gov NCT09876543 as a study' }).click();
    await page.waitForURL(/\/studies\/new\?/);
    await expect(page.getByLabel('ClinicalTrials.gov').inputValue()).resolves.toBe('NCT09876543');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Short name').fill('New trial 2026');
    await page.getByLabel('Title', { exact: true }).fill('A randomised trial of something new');
    await page.getByLabel('Design').selectOption('randomised_trial');
    await page.getByRole('button', { name: 'Add study' }).click();
    await page.waitForURL(/picked=/);
    const panel = page.locator(`#cite-${comment.id}`);
    await expect(panel.getByRole('radio', { name: /New trial 2026/ }).isChecked()).resolves.toBe(true);
    await expect(panel.getByLabel('The claim, in the comment’s words').inputValue()).resolves.toBe('NCT09876543');
    await panel.getByRole('radio', { name: /mentions/ }).check();
    await panel.getByRole('button', { name: 'Cite study' }).click();
    await page.waitForURL((url) => !url.searchParams.has('cite'));
    await expect(item.locator('.comment-body .cite-tag').allTextContents()).resolves.toEqual(['Muraro 2017 · cohort study · n=281 · mentions', 'New trial 2026 · randomised trial · mentions']);
    await saveScreenshot(page, 'cite-suggestions-used');

    await page.goto('/studies');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('study pages on a phone and in the dark theme', () => {
  it('neither scrolls sideways at 390 px, and axe passes in the dark theme', async () => {
    const { body: list } = await site.api<{ studies: Array<{ id: string }> }>('GET', '/api/studies?q=Muraro');
    const thread = await site.newThread(author, { title: 'Small screens', body: 'Read on a phone.' });
    const comment = await site.newComment(author, thread.slug, `A long claim to tag on a phone. ${CLAIM}`);
    await site.api('POST', `/api/comments/${comment.id}/citations`, { as: author, body: { studyId: list.studies[0]!.id, stance: 'supports', quote: { exact: CLAIM } } });
    const paths = ['/studies', `/studies/${list.studies[0]!.id}`, `/t/${thread.slug}`, `/t/${thread.slug}?cite=${comment.id}&studyq=Muraro`, '/studies/new'];

    const phone = await site.page({ as: author, viewport: { width: 390, height: 844 } });
    for (const path of paths) {
      await phone.goto(path);
      expect({ path, width: await phone.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, width: 390 });
    }
    await saveScreenshot(phone, 'study-form-phone');
    await phone.context().close();

    const dark = await site.page({ as: author, colorScheme: 'dark' });
    for (const path of paths) {
      await dark.goto(path);
      expect({ path, violations: await seriousViolations(dark) }).toEqual({ path, violations: [] });
    }
    await dark.goto(`/studies/${list.studies[0]!.id}`);
    await saveScreenshot(dark, 'study-page-dark');
    await dark.context().close();
  });
});

describe('markup in studies and quotes', () => {
  const XSS = '<img src=x onerror=alert(1)>';

  it('shows a study title and a quoted claim containing an img tag as text, and runs nothing', async () => {
    const created = await site.api<{ id: string }>('POST', '/api/studies', { as: author, body: { title: `Trial ${XSS} results`, shortName: `Evil ${XSS}`, design: 'cohort' } });
    const thread = await site.newThread(author, { title: 'Markup stays text', body: 'Nothing runs.' });
    const comment = await site.newComment(author, thread.slug, `They wrote ${XSS} in the abstract.`);
    const cited = await site.api('POST', `/api/comments/${comment.id}/citations`, { as: author, body: { studyId: created.body.id, stance: 'mentions', quote: { exact: `wrote ${XSS} in`, prefix: 'They ', suffix: ' the abstract.' } } });
    expect(cited.status).toBe(201);

    const page = await site.page({ as: author });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/t/${thread.slug}`);
    const body = page.locator(`#c-${comment.id} .comment-body`);
    await expect(body.locator('mark.claim').textContent()).resolves.toBe(`wrote ${XSS} in`);
    await expect(body.locator('.cite-tag').textContent()).resolves.toBe(`Evil ${XSS} · cohort study · mentions`);
    // The card comes with the page's script, so wait until it has started.
    await page.waitForLoadState('networkidle');
    await body.locator('.cite-tag').hover();
    await expect(page.locator('#claim-card').textContent()).resolves.toContain(`Trial ${XSS} results`);
    expect(await page.locator('main img').count()).toBe(0);

    await page.goto(`/studies/${created.body.id}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Evil ${XSS}`);
    await expect(page.locator('#stance-mentions blockquote').textContent()).resolves.toBe(`wrote ${XSS} in`);
    expect(await page.locator('main img').count()).toBe(0);
    await page.goto(`/studies?q=Evil`);
    await expect(page.locator('.study-card').first().textContent()).resolves.toContain(`Trial ${XSS} results`);
    await saveScreenshot(page, 'study-markup-as-text');

    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});
