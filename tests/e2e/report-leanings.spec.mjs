// The answer distribution: favourable / neutral / unfavourable shares and eNPS of six known
// respondents, worked by hand.
import { expect, test } from "./support/fixtures.mjs";
import { survey } from "./support/survey.mjs";

const learning = survey.sections.find((section) => section.id === "learning_growth").items;
// Per person: their answer to every learning & growth item, and to "would you recommend".
const PEOPLE = [
  [5, 10],
  [5, 10],
  [4, 9],
  [3, 8],
  [2, 3],
  [1, 0],
];

test("the answer distribution shows each factor's and item's shares and the eNPS, by hand", async ({ kiosk, page }) => {
  await kiosk.open();
  for (const [answer, recommend] of PEOPLE) {
    const answers = { kgi: 7, recommend };
    for (const item of learning) answers[item.id] = answer;
    await kiosk.respond(answers);
  }
  await kiosk.admin.open();
  await kiosk.admin.openPage("回答の分布");

  // Learning items 5 5 4 3 2 1: favourable (4-5) 3/6 = 50.0, neutral (3) 1/6 = 16.7,
  // unfavourable (1-2) 2/6 = 33.3; the factor is the mean of its items: the same.
  for (const id of ["learning_growth", ...learning.map((item) => item.id)]) {
    const row = page.locator(`tr[data-row="${id}"]`);
    await expect(row.locator("td.favourable")).toHaveText("50.0");
    await expect(row.locator("td.neutral")).toHaveText("16.7");
    await expect(row.locator("td.unfavourable")).toHaveText("33.3");
    await expect(row.locator(".n")).toHaveText("6");
  }
  // The KGI: everyone 7, all favourable.
  await expect(page.locator('tr[data-row="kgi"] td.favourable')).toHaveText("100.0");
  // Items nobody answered release nothing.
  const mutual = survey.sections.find((section) => section.id === "mutual_recognition").items[0].id;
  await expect(page.locator(`tr[data-row="${mutual}"] td`).nth(1)).toHaveText("*");

  // Recommend 10 10 9 | 8 | 3 0: promoters 3, detractors 2 of 6: 100 x 1 / 6 = 16.7 -> +17.
  await expect(page.locator("#enps")).toHaveText("+17");
  await expect(page.locator(".enps .sub")).toContainText("推奨者 50.0% · 中立者 16.7% · 批判者 33.3% · n=6");
  // Beside it, the favourable share (7 and above): 4 of 6.
  await expect(page.locator("#recommend-favourable")).toHaveText("66.7%");
});
