// The kiosk flow as employees use it, one after another on one shared screen.
import { expect, test } from "./support/fixtures.mjs";
import { storageKey } from "./support/kiosk-page.mjs";
import { seal } from "./support/centre-key.mjs";
import { answersFor, survey } from "./support/survey.mjs";

const choiceItems = survey.sections.flatMap((section) => section.items).filter((item) => item.kind !== "comment");

test("three people complete the whole survey one after another and three responses are stored", async ({ kiosk, page }) => {
  await kiosk.open();
  for (const person of [0, 1, 2]) {
    const language = person === 1 ? "en" : "ja";
    await kiosk.start(language);
    await kiosk.answerAll(answersFor(person), language);
    await expect(page.locator(".review-status")).toHaveText(
      language === "ja" ? "すべての質問に回答しました。送信してください。" : "You have answered every question. Please submit.",
    );
    await kiosk.submit();
    await kiosk.backToStart();
  }
  const stored = await kiosk.storedResponses();
  expect(stored).toHaveLength(3);
  expect(new Set(stored.map((response) => response.id)).size).toBe(3);
  for (const response of stored) {
    expect(response.a).toHaveLength(choiceItems.length);
    expect(response.a).not.toContain(".");
  }
  // The second person's answers, as stored: one base-36 digit per choice item, in order.
  const expected = choiceItems.map((item) => answersFor(1)[item.id].toString(36)).join("");
  expect(stored.map((response) => response.a)).toContain(expected);
  expect(stored.map((response) => response.t.comment)).toContain("コメント 1: 休憩室を広く");
});

test("a reload in the middle resumes with every answer in place", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("en");
  const answers = answersFor(4);
  for (const index of [0, 1, 2]) {
    await kiosk.answerSection(index, answers);
    await kiosk.next();
  }
  // Half of the fourth section.
  const partial = survey.sections[3].items.slice(0, 3);
  for (const item of partial) await kiosk.option(item.id, answers[item.id]).click();
  await page.reload();

  await expect(kiosk.heading).toHaveText(survey.sections[3].title.en);
  for (const item of partial) await expect(kiosk.radio(item.id, answers[item.id])).toBeChecked();
  for (const item of survey.sections[3].items.slice(3)) {
    await expect(page.locator(`input[name="${item.id}"]:checked`)).toHaveCount(0);
  }
  await page.getByRole("button", { name: "Back" }).click();
  for (const item of survey.sections[2].items) await expect(kiosk.radio(item.id, answers[item.id])).toBeChecked();

  // The bar counts the resumed answers and draws that share of its track (once its 0.2 s move ends).
  const answered = survey.sections.slice(0, 3).flatMap((section) => section.items).filter((item) => item.kind !== "comment").length + 3;
  await expect.poll(async () => (await kiosk.progress()).drawn).toBeCloseTo(answered / choiceItems.length, 2);
  expect(await kiosk.progress()).toMatchObject({ answered, questions: choiceItems.length });
});

test("the review lists unanswered items, leads to each one, and a skipped survey can still be submitted", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("ja");
  const answers = answersFor(2);
  delete answers.ts6;
  delete answers.role;
  await kiosk.answerAll(answers);
  const rows = page.locator(".unanswered li");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(survey.sections.flatMap((s) => s.items).find((i) => i.id === "ts6").text.ja);
  await rows.first().getByRole("button", { name: "回答する" }).click();

  // The missed question itself: in view, focused, marked in words; the others are not marked.
  await expect(kiosk.heading).toHaveText(survey.sections.find((s) => s.id === "team_strength").title.ja);
  const missed = page.locator("#item-ts6");
  await expect(missed).toBeFocused();
  await expect(missed).toBeInViewport();
  await expect(missed.locator(".sought-mark")).toHaveText("未回答");
  await expect(page.locator(".sought-mark")).toHaveCount(1);
  await kiosk.option("ts6", 4).click();
  await expect(page.locator(".sought-mark")).toHaveCount(0);

  // Straight back to the review, which now lists only the other one.
  await page.getByRole("button", { name: "確認画面に戻る" }).click();
  await expect(kiosk.heading).toHaveText("回答の確認");
  await expect(rows).toHaveCount(1);

  // The way back is offered on every section while the person is away from the review,
  // and only then.
  await rows.first().getByRole("button", { name: "回答する" }).click();
  await expect(page.locator("#item-role")).toBeFocused();
  await page.getByRole("button", { name: "戻る", exact: true }).click();
  await expect(page.getByRole("button", { name: "確認画面に戻る" })).toBeVisible();
  await page.getByRole("button", { name: "確認画面に戻る" }).click();
  await page.getByRole("button", { name: "戻る", exact: true }).click();
  await expect(kiosk.heading).toHaveText(survey.sections.at(-1).title.ja);
  await expect(page.getByRole("button", { name: "確認画面に戻る" })).toHaveCount(0);
  await kiosk.next();
  await kiosk.submit();
  const [stored] = await kiosk.storedResponses();
  expect(stored.a.split("").filter((digit) => digit === ".")).toHaveLength(1);
});

test("submit pressed twice stores the response once", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("ja");
  await kiosk.answerAll(answersFor(3));
  await page.getByRole("button", { name: "送信する" }).dblclick();
  await expect(kiosk.heading).toHaveText("ご回答ありがとうございました");
  expect(await kiosk.storedResponses()).toHaveLength(1);
});

test("a page that dies between storing the response and clearing the draft counts it once", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("ja");
  await kiosk.answerAll(answersFor(5));
  // What the kiosk holds at the moment the response is written and the page dies.
  const draft = await kiosk.storedDraft();
  const response = { v: 1, id: draft.id, survey: draft.survey, at: Date.now(), a: draft.a, t: draft.t };
  // Sealed by Node's WebCrypto: the browser's reading of it is checked too, below.
  const sealed = await seal(draft.id, JSON.stringify(response));
  await page.evaluate(({ sealed, key }) => localStorage.setItem(key, JSON.stringify(sealed)), {
    sealed,
    key: storageKey(`sealed/${draft.id}`),
  });
  await page.reload();
  await expect(kiosk.startButton).toBeVisible();
  expect(await kiosk.storedDraft()).toBeNull();
  expect(await kiosk.storedResponses()).toEqual([response]);
  await kiosk.admin.open();
  await expect(kiosk.admin.count("responses")).toHaveText("1");
});

test("after a submit, neither Back nor reload shows anything of the previous person", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("en");
  const answers = answersFor(6);
  answers.comment = "My supervisor Tanaka-san never listens";
  await kiosk.answerAll(answers, "en");
  await kiosk.submit();

  const nothingOfThePerson = async () => {
    await expect(page.locator("input:checked")).toHaveCount(0);
    await expect(page.locator("textarea")).toHaveCount(0);
    expect(await page.content()).not.toContain("Tanaka-san");
    expect(await kiosk.storedDraft()).toBeNull();
  };
  await nothingOfThePerson();
  await page.goBack().catch(() => {});
  if (page.url().startsWith(kiosk.url)) await nothingOfThePerson();
  else {
    await page.goForward();
    await nothingOfThePerson();
  }
  await page.goto(kiosk.url);
  await expect(kiosk.startButton).toBeVisible();
  await nothingOfThePerson();
  await page.reload();
  await expect(kiosk.startButton).toBeVisible();
  await nothingOfThePerson();
  // The next person starts in Japanese, on a blank survey.
  await expect(page.getByRole("button", { name: "日本語" })).toHaveAttribute("aria-pressed", "true");
  await kiosk.start("ja");
  await expect(page.locator("input:checked")).toHaveCount(0);
});

test("questions are labelled radio groups that work from the keyboard", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("ja");
  const group = page.getByRole("group", { name: new RegExp(survey.sections[0].items[0].text.ja) });
  await expect(group).toBeVisible();
  await expect(group.getByRole("radio")).toHaveCount(11);
  await group.getByRole("radio").first().focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(kiosk.radio("kgi", 2)).toBeChecked();
  await expect(page.locator(".option:has(input:focus-visible)")).toHaveCount(1);
  // The chosen answer is drawn as chosen, and only it.
  await expect(group.locator(".option.chosen")).toHaveCount(1);
  await expect(kiosk.option("kgi", 2)).toHaveClass(/\bchosen\b/);
  await expect(kiosk.option("kgi", 2)).toHaveCSS("font-weight", "700");
});

for (const [width, height] of [[1280, 800], [768, 1024], [390, 844]]) {
  test(`every answer is a touch target of at least 44 px and nothing overflows at ${width}x${height}`, async ({ kiosk, page }) => {
    await page.setViewportSize({ width, height });
    await kiosk.open();
    await kiosk.start("ja");
    for (const index of [0, 1]) {
      const sizes = await page.locator("label.option, .steps button").evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect()).map((box) => [box.width, box.height]),
      );
      for (const [w, h] of sizes) {
        expect(w).toBeGreaterThanOrEqual(44);
        expect(h).toBeGreaterThanOrEqual(44);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (index === 0) await kiosk.next();
    }
  });
}
