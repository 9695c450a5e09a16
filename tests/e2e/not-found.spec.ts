// A URL the site does not have gets the host's 404 page (dist/404.html): said in both languages, with a way back
// to each course, and no axe violations. Not the console-error fixture: the 404 status is the point here.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('an unknown URL answers 404 with the page in both languages and links to both courses', async ({ page }) => {
  const response = await page.goto('/ko/lessons/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-not-found="ko"] h2')).toHaveText('페이지를 찾을 수 없다');
  await expect(page.locator('[data-not-found="en"] h2')).toHaveText('Page not found');
  await expect(page.locator('[data-not-found="ko"]')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('[data-not-found="ko"] a')).toHaveAttribute('href', '/ko/');
  await expect(page.locator('[data-not-found="en"] a')).toHaveAttribute('href', '/en/');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
  await page.locator('[data-not-found="ko"] a').click();
  await expect(page).toHaveURL(/\/ko\/$/);
});
