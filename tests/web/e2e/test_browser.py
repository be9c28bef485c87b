"""End to end in headless Chromium: overview, the seed article's highlights, login, a review kept across reloads."""

from __future__ import annotations

import re

from tests.web.e2e.conftest import screenshot


def test_overview_shows_charts_and_tables(page):
    page.goto("/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Support to Ukraine")
    assert page.locator("svg.chart").count() >= 2
    assert page.get_by_role("heading", name="Latest commitments").is_visible()
    # The first Tab reaches the skip link, and following it moves focus to <main>.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    screenshot(page, "overview")


def test_seed_article_highlights_its_evidence(page, seed_title):
    page.goto("/articles")
    page.get_by_role("link", name=re.compile("Coalition of the Willing")).first.click()
    marks = page.locator("mark[id^='fact-']")
    assert marks.count() >= 10
    assert page.locator("mark", has_text="missile deal").count() >= 1
    # A key point links to its highlight: the page scrolls there and the mark is the target.
    point = page.locator(".key-points a[href^='#fact-']").nth(2)
    target = point.get_attribute("href")
    point.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f"mark{target}").is_visible()
    assert page.evaluate("document.querySelector(':target').tagName") == "MARK"
    screenshot(page, "article")


def test_article_fits_a_phone_screen(browser, site, seed_title):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=site["base"], is_mobile=True)
    page = context.new_page()
    page.goto("/articles")
    page.get_by_role("link", name=re.compile("Coalition of the Willing")).first.click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    screenshot(page, "article-phone")
    context.close()


def test_log_in_review_and_reload(page, site):
    page.goto("/review")
    assert page.get_by_role("button", name="Accept").count() == 0  # not logged in: no review forms
    page.get_by_role("link", name="Log in").first.click()
    page.get_by_label("User name").fill(site["user"])
    page.get_by_label("Token").fill(site["token"])
    screenshot(page, "login")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/review**")
    assert page.get_by_text(f"Signed in as {site['user']}").is_visible()

    item = page.locator("li.queue-item").first
    fact_id = item.get_attribute("id").removeprefix("review-")
    item.get_by_label("Comment").fill("Checked against the source sentence.")
    item.get_by_role("button", name="Accept").click()
    page.wait_for_load_state()
    assert page.locator(f"#review-{fact_id}").count() == 0  # left the pending queue

    page.goto("/review?state=accepted")
    page.reload()
    kept = page.locator(f"#review-{fact_id}")
    assert kept.count() == 1
    assert "accepted" in kept.locator(".badge").first.inner_text()
    assert "Checked against the source sentence." in kept.inner_text()
    assert site["user"] in kept.inner_text()
    screenshot(page, "review")

    kept.get_by_role("link").first.click()
    page.reload()
    mark = page.locator(f"mark#fact-{fact_id}")
    assert "review-accepted" in mark.get_attribute("class")
