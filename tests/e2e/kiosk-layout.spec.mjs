// How the kiosk's questions are laid out on a desk screen and on a phone: agreement items as a
// grid on wide screens and cards on narrow ones, the 0-10 scale on a phone, the way from the
// review to a missed question, and the README's screenshots (docs/screens/).
import { expect, test } from "./support/fixtures.mjs";
import { answersFor, survey } from "./support/survey.mjs";

const DESK = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const agreement = survey.scales.agree5.options;
const learning = survey.sections[1];

/** Bounding boxes of the options of one item, in value order. */
const optionBoxes = (page, itemId) =>
  page.locator(`label.option:has(input[name="${itemId}"])`).evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect();
      return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width, height: box.height };
    }),
  );

const centre = (box) => (box.left + box.right) / 2;

test("on a desk screen the agreement items are a grid: a row per item, the options as columns", async ({ kiosk, page }) => {
  await page.setViewportSize(DESK);
  await kiosk.open();
  await page.screenshot({ path: "docs/screens/kiosk-start.png" });
  await kiosk.start("ja");
  await kiosk.next();
  await expect(kiosk.heading).toHaveText(learning.title.ja);

  // The column headings, once, in scale order; hidden from screen readers (each radio has its own name).
  const headings = page.locator(".agreement-head span");
  await expect(headings).toHaveText(["", ...agreement.map((option) => option.label.ja)]);
  await expect(page.locator(".agreement-head")).toHaveAttribute("aria-hidden", "true");
  const headingBoxes = await headings.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().toJSON()));

  for (const [index, item] of learning.items.entries()) {
    // Still a labelled group of native radios, each named by its option.
    const group = page.getByRole("group", { name: `${index + 2}. ${item.text.ja}` });
    await expect(group).toBeVisible();
    for (const option of agreement) {
      await expect(group.getByRole("radio", { name: option.label.ja, exact: true })).toHaveCount(1);
    }
    // One row: every option at the same height, each under its heading, each at least 44 px.
    const boxes = await optionBoxes(page, item.id);
    expect(boxes).toHaveLength(agreement.length);
    for (const [column, box] of boxes.entries()) {
      expect(Math.abs(box.top - boxes[0].top)).toBeLessThan(1);
      expect(Math.abs(centre(box) - centre(headingBoxes[column + 1]))).toBeLessThan(1);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  }

  // The keyboard: into the first row, arrows choose, Tab goes on to the next row.
  await page.locator(`input[name="${learning.items[0].id}"]`).first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(kiosk.radio(learning.items[0].id, 2)).toBeChecked();
  await expect(page.locator(".option:has(input:focus-visible)")).toHaveCount(1);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(kiosk.radio(learning.items[1].id, 1)).toBeChecked();
  await kiosk.answerSection(1, answersFor(0));

  // The whole section, buttons included, fits one screen (it was 2,431 px tall as cards).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const section = await page.locator("section.survey-section").boundingBox();
  console.log(`[layout] six agreement items at 1280x800: section ${Math.round(section.height)} px, page ${height} px`);
  expect(height).toBeLessThanOrEqual(DESK.height);
  await page.screenshot({ path: "docs/screens/kiosk-agreement-grid.png" });
});

for (const viewport of [{ width: 768, height: 1024 }, PHONE]) {
  test(`at ${viewport.width}x${viewport.height} the agreement items stay cards with their labels shown`, async ({ kiosk, page }) => {
    await page.setViewportSize(viewport);
    await kiosk.open();
    await kiosk.start("en");
    await kiosk.next();
    await expect(page.locator(".agreement-head")).toBeHidden();
    const item = learning.items[0];
    for (const option of agreement) {
      await expect(kiosk.option(item.id, option.value)).toHaveText(option.label.en);
    }
    // Stacked: one option under the other, as wide as the card.
    const boxes = await optionBoxes(page, item.id);
    for (const [index, box] of boxes.slice(1).entries()) {
      expect(box.top).toBeGreaterThan(boxes[index].bottom);
      expect(Math.abs(box.width - boxes[0].width)).toBeLessThan(1);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`[layout] six agreement items at ${viewport.width}x${viewport.height} (cards): page ${height} px`);
  });
}

test("on a 390 px phone 0-10 is 0-5 over 6-10, flush right, with both ends labelled", async ({ kiosk, page }) => {
  await page.setViewportSize(PHONE);
  await kiosk.open();
  await kiosk.start("ja");
  const boxes = await optionBoxes(page, "kgi");
  expect(boxes).toHaveLength(11);
  const [first, second] = [boxes.slice(0, 6), boxes.slice(6)];
  for (const box of boxes) {
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  for (const box of first) expect(Math.abs(box.top - first[0].top)).toBeLessThan(1);
  for (const box of second) expect(Math.abs(box.top - second[0].top)).toBeLessThan(1);
  expect(second[0].top).toBeGreaterThan(first[0].bottom);
  // 6 starts under 1 and 10 ends under 5: the second row continues the first, not a new scale.
  expect(Math.abs(second[0].left - first[1].left)).toBeLessThan(1);
  expect(Math.abs(second[4].right - first[5].right)).toBeLessThan(1);

  // The ends: the lowest above the first row from its left, the highest below the last to its right.
  const scale = survey.scales.score0to10;
  const low = page.locator("#q-kgi-min");
  const high = page.locator("#q-kgi-max");
  await expect(low).toHaveText(`0 = ${scale.min_label.ja}`);
  await expect(high).toHaveText(`10 = ${scale.max_label.ja}`);
  const [lowBox, highBox] = [await low.boundingBox(), await high.boundingBox()];
  expect(lowBox.y + lowBox.height).toBeLessThanOrEqual(first[0].top);
  expect(highBox.y).toBeGreaterThanOrEqual(second[0].bottom);
  expect(Math.abs(lowBox.x - first[0].left)).toBeLessThan(1);
  expect(Math.abs(highBox.x + highBox.width - second[4].right)).toBeLessThan(1);
  // Read out with the question, not only seen.
  await expect(page.getByRole("group", { name: new RegExp(survey.sections[0].items[0].text.ja) })).toHaveAccessibleDescription(
    `0 = ${scale.min_label.ja} 10 = ${scale.max_label.ja}`,
  );
  await kiosk.option("kgi", 7).click();
  await page.screenshot({ path: "docs/screens/kiosk-phone-390.png" });

  // On a desk screen the eleven share one row.
  await page.setViewportSize(DESK);
  const wide = await optionBoxes(page, "kgi");
  for (const box of wide) expect(Math.abs(box.top - wide[0].top)).toBeLessThan(1);
});

test("on a phone, the review's answer button scrolls to the missed question far down its section", async ({ kiosk, page }) => {
  await page.setViewportSize(PHONE);
  await kiosk.open();
  await kiosk.start("ja");
  const answers = answersFor(1);
  const last = learning.items.at(-1);
  delete answers[last.id];
  delete answers.tenure;
  await kiosk.answerAll(answers);
  await page.setViewportSize(DESK);
  await page.screenshot({ path: "docs/screens/kiosk-review.png" });
  await page.setViewportSize(PHONE);
  await page.locator(".unanswered li").first().getByRole("button", { name: "回答する" }).click();
  const missed = page.locator(`#item-${last.id}`);
  await expect(missed).toBeFocused();
  await expect(missed).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(missed.locator(".sought-mark")).toBeVisible();
  await page.screenshot({ path: "docs/screens/kiosk-missed-question-390.png" });
});
