//! What a reader (and a newsroom) sees, end to end in Chromium, measured from the page: labels
//! with their confidence, reported speech as reported speech, "About these labels", a calm bar
//! that does not move the page (cumulative layout shift), a panel that never hides the chosen
//! quote (positions from `getBoundingClientRect`), the keyboard, failure, the paste flow, the
//! editor's corrections, and print.

use std::time::Duration;

use serde_json::Value;
use thirtyfour::prelude::*;

use crate::browsers::Browser;
use crate::page::{emulate_media, eval, on_page, screenshot, settled, visit, Visit};
use crate::{axe, err};

/// `root(scope)`: the widget's shadow root in `scope` (the demo's widget is in the page).
const ROOT: &str = "const root = (scope) => { const h = document.querySelector((scope || '') + ' .stancelens-host'); return h && h.shadowRoot ? h.shadowRoot : document; };
                    const rect = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };";

/// Presses a key on whatever has focus, as a reader would (through the actions API, which
/// does not ask whether the element takes typing).
async fn press(driver: &WebDriver, key: Key) -> Result<(), String> {
    driver
        .action_chain()
        .send_keys(key)
        .perform()
        .await
        .map_err(err)
}

async fn pause(ms: u64) {
    tokio::time::sleep(Duration::from_millis(ms)).await;
}

/// Runs `body` after the helpers in [`ROOT`].
async fn js(driver: &WebDriver, body: &str) -> Result<Value, String> {
    eval(driver, &format!("{ROOT}\n{body}")).await
}

fn num(v: &Value, key: &str) -> f64 {
    v[key].as_f64().unwrap_or(f64::NAN)
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn every_highlight_carries_its_label_and_confidence() {
    for page in ["index.html", "news.html"] {
        visit(Visit::new(page, 1280, 900), |driver| async move {
            settled(&driver, 10).await?;
            let list = js(&driver, r#"
                return [...document.querySelectorAll('[data-quote-id][data-stance]')].map(e => ({
                  stance: e.dataset.stance, confidence: e.dataset.confidence, certainty: e.dataset.certainty,
                  kind: e.dataset.kind, cls: e.className, label: e.getAttribute('aria-label'),
                  first: e.hasAttribute('data-stancelens-first') }));"#).await?;
            let list = list.as_array().cloned().unwrap_or_default();
            if list.len() < 15 {
                return Err(format!("{page}: only {} highlights", list.len()));
            }
            let mut reported = 0;
            for h in &list {
                let text = h["confidence"].as_str().unwrap_or_default();
                let c: f64 = text.parse().map_err(|_| format!("{page}: data-confidence {text:?}"))?;
                let certainty = h["certainty"].as_str().unwrap_or_default();
                let want = if c >= 0.75 { "firm" } else if c >= 0.5 { "leaning" } else { "unclear" };
                let cls = h["cls"].as_str().unwrap_or_default();
                if !(0.0..=1.0).contains(&c) || text.len() != 4 || certainty != want {
                    return Err(format!("{page}: confidence {text} with certainty {certainty}: {h}"));
                }
                if cls.contains("leaning") != (certainty == "leaning") || cls.contains("unclear") != (certainty == "unclear") {
                    return Err(format!("{page}: the style does not show the certainty: {h}"));
                }
                if h["kind"] == "indirect" {
                    reported += 1;
                    if !cls.contains("reported") {
                        return Err(format!("{page}: reported speech styled as a quote: {h}"));
                    }
                    if h["label"].as_str().is_some_and(|l| l.contains('“')) {
                        return Err(format!("{page}: reported speech named in quotation marks: {h}"));
                    }
                }
            }
            if reported == 0 {
                return Err(format!("{page}: the seed's reported speech is not marked"));
            }
            println!("{page}: {} highlights, {reported} pieces of reported speech, all with data-confidence", list.len());
            Ok(())
        })
        .await;
    }
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn highlights_in_a_news_page_show_their_icon_in_both_browsers() {
    for browser in [Browser::Chromium, Browser::Firefox] {
        on_page(browser, "news.html", |driver| async move {
            settled(&driver, 10).await?;
            let icons = eval(&driver, r#"
                return [...document.querySelectorAll('#story .stancelens-quote[data-stancelens-first]')]
                  .map(e => [e.className, getComputedStyle(e, '::before').content, getComputedStyle(e, '::before').position]);"#).await?;
            let list = icons.as_array().cloned().unwrap_or_default();
            let bad: Vec<&Value> = list
                .iter()
                .filter(|i| {
                    let content = i[1].as_str().unwrap_or_default();
                    !["▲", "△", "▼", "▽", "●", "○", "?"].iter().any(|c| content.contains(c)) || i[2] != "absolute"
                })
                .collect();
            if list.is_empty() || !bad.is_empty() {
                return Err(format!("{browser:?}: highlights without their icon out of the flow: {bad:?}"));
            }
            Ok(())
        })
        .await;
    }
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn reported_speech_reads_as_reported_speech_in_the_panel() {
    visit(Visit::new("news.html", 1280, 900), |driver| async move {
        settled(&driver, 10).await?;
        let quote = driver
            .find(By::Css("#story .stancelens-quote.stancelens-reported[data-stancelens-first]"))
            .await
            .map_err(err)?;
        quote.click().await.map_err(err)?;
        pause(300).await;
        let panel = js(&driver, r#"
            const p = root('#story').querySelector('.sl-panel');
            const chosen = p.querySelector('.sl-chosen');
            return { headings: [...p.querySelectorAll('h3')].map(h => h.textContent), tag: chosen.tagName,
                     chosen: chosen.textContent, tags: [...p.querySelectorAll('.sl-tag')].map(t => t.textContent),
                     list: [...p.querySelectorAll('.sl-jump.sl-reported')].map(b => b.textContent) };"#).await?;
        let ok = panel["headings"].to_string().contains("Reported speech")
            && panel["tag"] == "P"
            && !panel["chosen"].as_str().unwrap_or("“").contains('“')
            && panel["tags"].to_string().contains("reported")
            && panel["list"].as_array().is_some_and(|l| l.iter().all(|t| !t.as_str().unwrap_or("“").contains('“')));
        if !ok {
            return Err(format!("reported speech in the panel: {panel}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn about_these_labels_is_one_click_from_the_bar_and_the_panel() {
    visit(Visit::new("news.html", 1280, 900), |driver| async move {
        settled(&driver, 10).await?;
        let from_bar = js(&driver, r#"
            const r = root('#story');
            const about = [...r.querySelectorAll('.sl-disclose')].find(b => b.textContent.startsWith('About'));
            about.click();
            await new Promise(res => setTimeout(res, 200));
            return { expanded: about.getAttribute('aria-expanded'), text: r.querySelector('#sl-disclosed')?.textContent ?? '' };"#).await?;
        let text = from_bar["text"].as_str().unwrap_or_default();
        let names = ["may be wrong", "Support", "Oppose", "Neutral", "Off topic", "Mixed", "Leans support", "Unclear", "Reported"];
        if from_bar["expanded"] != "true" || names.iter().any(|n| !text.contains(n)) {
            return Err(format!("About from the bar: {from_bar}"));
        }
        let violations = axe(&driver).await?;
        if !violations.is_empty() {
            return Err(format!("axe with About open: {violations:?}"));
        }
        driver.find(By::Css("#story .stancelens-quote[data-stancelens-first]")).await.map_err(err)?.click().await.map_err(err)?;
        pause(300).await;
        let from_panel = js(&driver, r#"
            const p = root('#story').querySelector('.sl-panel');
            p.querySelector('.sl-about-details summary').click();
            await new Promise(res => setTimeout(res, 100));
            return { open: p.querySelector('.sl-about-details').open, text: p.querySelector('.sl-about-details').textContent,
                     confidence: p.querySelector('.sl-confidence')?.textContent ?? '' };"#).await?;
        let confidence = from_panel["confidence"].as_str().unwrap_or_default();
        if from_panel["open"] != true || !from_panel["text"].as_str().unwrap_or_default().contains("may be wrong") || !confidence.starts_with("Confidence ") || !confidence.contains('%') {
            return Err(format!("About from the panel: {from_panel}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn the_bar_is_one_calm_line() {
    let pages = [("news.html", "#story"), ("index.html", "")];
    for (page, scope) in pages {
        for (width, height) in [(1366, 900), (390, 844)] {
            visit(Visit::new(page, width, height), |driver| async move {
                settled(&driver, 10).await?;
                let bar = js(&driver, &format!(r#"
                    const r = root('{scope}');
                    const line = r.querySelector('.sl-line');
                    const first = document.querySelector('#story > p:not(.byline), .sl-p');
                    return {{ bar: r.querySelector('.sl-line').parentElement.getBoundingClientRect().height,
                             line: line.getBoundingClientRect().height, lineScroll: line.scrollHeight,
                             fits: line.scrollWidth <= line.clientWidth, pageFits: document.documentElement.scrollWidth <= innerWidth,
                             chips: r.querySelectorAll('.sl-chip').length, export: !!r.querySelector('.sl-export'),
                             firstParagraph: first.getBoundingClientRect().top, viewport: innerHeight }};"#)).await?;
                println!("bar on {page} at {width}x{height}: {bar}");
                if num(&bar, "bar") != 44.0 || num(&bar, "line") != 44.0 || num(&bar, "lineScroll") > 44.0 {
                    return Err(format!("the bar is not one 44 px line on {page} at {width}x{height}: {bar}"));
                }
                if bar["fits"] != true || bar["pageFits"] != true {
                    return Err(format!("the bar is wider than its column on {page} at {width}x{height}: {bar}"));
                }
                if bar["chips"] != 0 || bar["export"] != false {
                    return Err(format!("speakers or export shown by default: {bar}"));
                }
                if num(&bar, "firstParagraph") >= num(&bar, "viewport") {
                    return Err(format!("the article starts below the fold: {bar}"));
                }
                Ok(())
            })
            .await;
        }
    }
    visit(Visit::new("news.html", 1366, 900), |driver| async move {
        settled(&driver, 10).await?;
        let opened = js(&driver, r#"
            const r = root('#story');
            [...r.querySelectorAll('.sl-disclose')].find(b => b.textContent.startsWith('Speakers')).click();
            await new Promise(res => setTimeout(res, 200));
            const chips = r.querySelectorAll('.sl-chip').length;
            const el = document.getElementById('story');
            (await StanceLens.mount(el)).destroy();
            await StanceLens.mount(el, { export: true });
            return { chips, export: !!root('#story').querySelector('.sl-export') };"#).await?;
        if opened["chips"].as_u64().unwrap_or(0) < 3 || opened["export"] != true {
            return Err(format!("the speakers disclosure or the export option: {opened}"));
        }
        Ok(())
    })
    .await;
}

/// Clicks quote `nth` of the page's highlights (`-1`: the last), waits for the panel to settle
/// and returns the geometry: the panel, the quote, the article's column and the viewport.
async fn choose(
    driver: &WebDriver,
    scope: &str,
    quote: &str,
    column: &str,
    nth: i64,
) -> Result<Value, String> {
    // A panel open already is closed first, as a reader would (a sheet may cover the quote).
    js(
        driver,
        &format!("root('{scope}').querySelector('.sl-panel .sl-close')?.click(); return true;"),
    )
    .await?;
    pause(200).await;
    let quotes = driver.find_all(By::Css(quote)).await.map_err(err)?;
    let index = if nth < 0 {
        quotes.len() as i64 + nth
    } else {
        nth
    };
    let el = quotes
        .get(index as usize)
        .ok_or_else(|| format!("no quote {nth} of {quote}"))?;
    el.click().await.map_err(err)?;
    pause(900).await;
    js(
        driver,
        &format!(
            r#"const p = root('{scope}').querySelector('.sl-panel');
               const q = document.querySelectorAll('{quote}')[{index}];
               return {{ panel: rect(p), quote: rect(q), column: rect(document.querySelector('{column}')),
                        place: p.dataset.place, overflow: getComputedStyle(p).overflowY,
                        width: document.documentElement.clientWidth, innerWidth, height: innerHeight, id: q.dataset.quoteId }};"#
        ),
    )
    .await
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn the_desktop_panel_stays_in_view_beside_the_article() {
    let cases = [
        ("index.html", 1366, "", ".sl-quote", "section.stancelens"),
        (
            "news.html",
            1366,
            "#story",
            "#story .stancelens-quote[data-stancelens-first]",
            "#story",
        ),
        (
            "news.html",
            1280,
            "#story",
            "#story .stancelens-quote[data-stancelens-first]",
            "#story",
        ),
    ];
    for (page, width, scope, quote, column) in cases {
        visit(Visit::new(page, width, 900), |driver| async move {
            settled(&driver, 10).await?;
            for nth in [0, 8, -1] {
                let g = choose(&driver, scope, quote, column, nth).await?;
                let (p, q, c) = (&g["panel"], &g["quote"], &g["column"]);
                println!(
                    "{page} {width}x900 quote {}: panel {:.0}–{:.0} × {:.0}–{:.0} ({}), quote top {:.0} bottom {:.0}, column right {:.0}",
                    g["id"], num(p, "left"), num(p, "right"), num(p, "top"), num(p, "bottom"), g["place"],
                    num(q, "top"), num(q, "bottom"), num(c, "right")
                );
                let inside = num(p, "top") >= 0.0 && num(p, "bottom") <= num(&g, "height") && num(p, "right") <= num(&g, "width");
                let beside = num(p, "left") >= num(c, "right") || num(p, "right") <= num(c, "left");
                let seen = num(q, "top") >= 0.0 && num(q, "bottom") <= num(&g, "height");
                if g["place"] != "side" || !inside || !beside || !seen || g["overflow"] != "auto" {
                    return Err(format!("{page} at {width}: the panel hides the article or leaves the viewport: {g}"));
                }
            }
            Ok(())
        })
        .await;
    }
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn the_phone_sheet_leaves_the_chosen_quote_in_view() {
    let cases = [
        ("index.html", "", ".sl-quote", "section.stancelens"),
        (
            "news.html",
            "#story",
            "#story .stancelens-quote[data-stancelens-first]",
            "#story",
        ),
    ];
    // A phone, and a tablet (where the demo's column leaves no gutter; news.html keeps its
    // sidebar, and the panel goes over that).
    let sizes = [(390, 844), (820, 1180)];
    for ((page, scope, quote, column), (w, h)) in
        cases.into_iter().flat_map(|c| sizes.map(|s| (c, s)))
    {
        visit(Visit::new(page, w, h), |driver| async move {
            settled(&driver, 10).await?;
            for nth in [0, 8, -1] {
                let g = choose(&driver, scope, quote, column, nth).await?;
                let (p, q) = (&g["panel"], &g["quote"]);
                println!(
                    "{page} {w}x{h} quote {}: panel ({}) top {:.0} ({:.0} % of the height), {:.0}–{:.0} of {} px; quote {:.0}–{:.0}",
                    g["id"], g["place"], num(p, "top"), 100.0 * (num(&g, "height") - num(p, "top")) / num(&g, "height"),
                    num(p, "left"), num(p, "right"), g["width"], num(q, "top"), num(q, "bottom")
                );
                if g["place"] == "side" && w >= 600 {
                    // news.html at 820 px still has its sidebar: the panel goes over it.
                    let beside = num(p, "left") >= num(&g["column"], "right");
                    let seen = num(q, "top") >= 0.0 && num(q, "bottom") <= num(&g, "height");
                    if !beside || !seen || num(p, "top") < 0.0 || num(p, "bottom") > num(&g, "height") {
                        return Err(format!("{page} at {w}x{h}: {g}"));
                    }
                    continue;
                }
                let short = num(&g, "height") - num(p, "top") <= 0.55 * num(&g, "height") + 0.5;
                // Full width: the layout viewport's (a desktop browser's scrollbar aside).
                let phone_wide = w >= 600 || num(&g, "width") == num(&g, "innerWidth");
                let wide = num(p, "left") == 0.0 && num(p, "right") == num(&g, "width") && phone_wide;
                let seen = num(q, "top") >= 0.0 && num(q, "bottom") <= num(p, "top");
                if g["place"] != "sheet" || !short || !wide || !seen || num(p, "bottom") != num(&g, "height") {
                    return Err(format!("{page} at {w}x{h}: {g}"));
                }
            }
            Ok(())
        })
        .await;
    }
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn space_and_enter_open_in_place_and_home_and_end_jump() {
    let cases = [
        ("index.html", "", ".sl-quote"),
        (
            "news.html",
            "#story",
            "#story .stancelens-quote[data-stancelens-first]",
        ),
    ];
    for (browser, (page, scope, quote)) in [Browser::Chromium, Browser::Firefox]
        .into_iter()
        .flat_map(|b| cases.map(|c| (b, c)))
    {
        on_page(browser, page, |driver| async move {
            settled(&driver, 10).await?;
            // A quote in the middle of the screen, focused as Tab would.
            let focus = format!(
                r#"const q = document.querySelectorAll('{quote}')[4];
                   q.scrollIntoView({{ block: 'center' }});
                   await new Promise(r => setTimeout(r, 100));
                   q.focus();
                   return q.dataset.quoteId;"#
            );
            for key in [Key::Space, Key::Enter] {
                let id = js(&driver, &focus).await?;
                let before = js(&driver, "return scrollY;").await?;
                press(&driver, key.clone()).await?;
                pause(500).await;
                let after = js(&driver, &format!(
                    "const p = root('{scope}').querySelector('.sl-panel'); const q = document.querySelector('{quote}[data-quote-id=\"' + {id} + '\"]');
                     return {{ open: !!p, scrolled: scrollY, quote: rect(q), height: innerHeight }};"
                )).await?;
                if after["open"] != true || after["scrolled"] != before {
                    return Err(format!("{page}: the key opened {} and scrolled from {before} to {}", after["open"], after["scrolled"]));
                }
                press(&driver, Key::Escape).await?;
                pause(200).await;
                let back = js(&driver, "return document.activeElement.dataset.quoteId ?? null;").await?;
                if back != id {
                    return Err(format!("{page}: after Esc focus is on {back}, not quote {id}"));
                }
            }
            let ends = js(&driver, &format!("const all = document.querySelectorAll('{quote}'); return [all[0].dataset.quoteId, all[all.length - 1].dataset.quoteId];")).await?;
            press(&driver, Key::End).await?;
            pause(300).await;
            let last = js(&driver, "return document.activeElement.dataset.quoteId ?? null;").await?;
            press(&driver, Key::Home).await?;
            pause(300).await;
            let first = js(&driver, "return document.activeElement.dataset.quoteId ?? null;").await?;
            if first != ends[0] || last != ends[1] {
                return Err(format!("{page}: Home went to {first}, End to {last}; the quotes run {} to {}", ends[0], ends[1]));
            }
            Ok(())
        })
        .await;
    }
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn failure_is_at_most_one_plain_sentence_after_the_article() {
    for browser in [Browser::Chromium, Browser::Firefox] {
        on_page(browser, "news-blocked.html", |driver| async move {
            settled(&driver, 10).await?;
            let seen = eval(&driver, r#"
                const el = document.getElementById('story');
                const notes = [...document.querySelectorAll('.stancelens-failure')];
                return { state: el.dataset.stancelensState, error: el.dataset.stancelensError ?? '',
                         notes: notes.map(n => n.textContent), after: el.nextElementSibling?.className ?? '',
                         before: !!(el.previousElementSibling && el.previousElementSibling.matches('.stancelens-failure, .stancelens-notice')) };"#).await?;
            let notes: Vec<String> = serde_json::from_value(seen["notes"].clone()).map_err(err)?;
            let plain = notes.len() == 1
                && notes[0].matches(['.', '!', '?']).count() == 1
                && !["WebAssembly", "wasm", "CSP", "eval", "Error"].iter().any(|w| notes[0].contains(w));
            if seen["state"] != "failed" || seen["after"] != "stancelens-failure" || seen["before"] != false || !plain || seen["error"].as_str().unwrap_or_default().len() < 10 {
                return Err(format!("failure shown to readers: {seen}"));
            }
            println!("failure: readers see {:?}; data-stancelens-error: {}", notes[0], seen["error"]);
            Ok(())
        })
        .await;
    }
    on_page(Browser::Chromium, "news.html", |driver| async move {
        settled(&driver, 10).await?;
        let silent = eval(&driver, r#"
            const el = document.getElementById('story');
            (await StanceLens.mount(el)).destroy();
            const h = await StanceLens.mount(el, { colour: 'red', failure: 'silent' });
            return { notes: document.querySelectorAll('.stancelens-failure').length, error: el.dataset.stancelensError ?? '', message: h.error ?? '' };"#).await?;
        if silent["notes"] != 0 || !silent["error"].as_str().unwrap_or_default().contains("colour") {
            return Err(format!("failure: 'silent': {silent}"));
        }
        Ok(())
    })
    .await;
}

/// The sum of `layout-shift` entries without recent input, from an observer installed before
/// the page's scripts (and the entries' sources, to say what moved).
const CLS_OBSERVER: &str = r#"
    window.__cls = { total: 0, shifts: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls.total += e.value;
        window.__cls.shifts.push({ value: +e.value.toFixed(4), at: Math.round(e.startTime),
          moved: (e.sources || []).map(s => s.node ? (s.node.nodeName + (s.node.className ? '.' + s.node.className : '') + (s.node.id ? '#' + s.node.id : '')) : '?').slice(0, 3) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
"#;

/// Every demo page.
const PAGES: [&str; 7] = [
    "index.html",
    "news.html",
    "news-csp.html",
    "news-blocked.html",
    "news-two.html",
    "news-jsonld.html",
    "news-large.html",
];

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn no_demo_page_moves_while_the_widget_loads() {
    let mut failures = Vec::new();
    // Full speed; the CPU four times slower; and that on a slow network too.
    for (throttle, slow_network) in [(None, false), (Some(4.0), false), (Some(4.0), true)] {
        for (width, height) in [(1366, 900), (390, 844)] {
            for page in PAGES {
                let mut v = Visit::new(page, width, height);
                v.before = Some(CLS_OBSERVER);
                v.throttle = throttle;
                v.slow_network = slow_network;
                let found = std::sync::Arc::new(std::sync::Mutex::new(None));
                let out = found.clone();
                visit(v, |driver| async move {
                    settled(&driver, 60).await?;
                    pause(1500).await;
                    let cls = eval(&driver, "return window.__cls;").await?;
                    *out.lock().map_err(err)? = Some(cls);
                    Ok(())
                })
                .await;
                let cls = found
                    .lock()
                    .map(|c| c.clone())
                    .ok()
                    .flatten()
                    .unwrap_or(Value::Null);
                let total = num(&cls, "total");
                let net = if slow_network { ", slow network" } else { "" };
                let slow = throttle.map_or(String::new(), |t| format!(", CPU {t}× slower{net}"));
                println!(
                    "CLS {page} {width}x{height}{slow}: {total:.4} {}",
                    cls["shifts"]
                );
                if total.is_nan() || total > 0.02 {
                    failures.push(format!(
                        "{page} {width}x{height}{slow}: {total:.4} {}",
                        cls["shifts"]
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "cumulative layout shift over 0.02: {failures:#?}"
    );
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn the_paste_flow_answers_and_shows_the_results() {
    visit(Visit::new("index.html", 1280, 900), |driver| async move {
        settled(&driver, 10).await?;
        let empty = js(&driver, r#"
            document.querySelector('.sl-paste button[type="submit"]').click();
            await new Promise(r => setTimeout(r, 100));
            return { alert: document.querySelector('.sl-paste [role="alert"]')?.textContent ?? '',
                     invalid: document.getElementById('sl-paste-text').getAttribute('aria-invalid'),
                     focused: document.activeElement.id };"#).await?;
        if !empty["alert"].as_str().unwrap_or_default().contains("empty") || empty["invalid"] != "true" || empty["focused"] != "sl-paste-text" {
            return Err(format!("an empty Analyse: {empty}"));
        }
        let pasted = js(&driver, r#"
            // Which workers the page starts: the pasted article is analysed in one.
            const workers = [];
            const Real = window.Worker;
            window.Worker = class extends Real { constructor(url, options) { super(url, options); workers.push(String(url)); } };
            const seen = [];
            const status = document.querySelector('.sl-paste-status');
            new MutationObserver(() => seen.push(status.textContent)).observe(status, { childList: true, subtree: true, characterData: true });
            const area = document.getElementById('sl-paste-text');
            area.value = 'Ann Lee, a GP in Leeds, said: “Locking people up does not work.”\n\n“Decriminalisation would be a disaster,” said Bob Ray, a councillor.';
            area.dispatchEvent(new Event('input', { bubbles: true }));
            // The reader is down at the box, below the sample article.
            area.scrollIntoView({ block: 'center' });
            await new Promise(r => setTimeout(r, 100));
            const from = scrollY;
            document.querySelector('.sl-paste button[type="submit"]').click();
            await new Promise(r => setTimeout(r, 1200));
            const results = document.querySelector('.sl-results');
            const r = results.getBoundingClientRect();
            window.Worker = Real;
            return { seen, from, scrolled: scrollY, top: r.top, height: innerHeight, workers,
                     focused: document.activeElement === results, quotes: document.querySelectorAll('.sl-quote').length };"#).await?;
        let analysing = pasted["seen"].to_string().contains("Analysing");
        if !pasted["workers"].to_string().contains("stancelens-worker.js") {
            return Err(format!("the pasted article was not analysed in a worker: {pasted}"));
        }
        let top = num(&pasted, "top");
        if !analysing || !(0.0..=num(&pasted, "height") / 3.0).contains(&top) || pasted["focused"] != true || pasted["quotes"] != 2 {
            return Err(format!("the paste flow: {pasted}"));
        }
        // A readable measure: characters per line of the article's longest paragraph.
        let measure = js(&driver, r#"
            document.querySelector('.sl-paste button[type="button"]').click();
            await new Promise(r => setTimeout(r, 300));
            // The text a reader sees (not the words for screen readers, not the icons).
            const seen = (p) => { const c = p.cloneNode(true); c.querySelectorAll('.sl-said, .sl-icon').forEach(e => e.remove()); return c.textContent; };
            const p = [...document.querySelectorAll('.sl-p')].sort((a, b) => seen(b).length - seen(a).length)[0];
            const chars = seen(p).length;
            const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
            // The last line is partly filled: about half a line.
            return { chars, lines, perLine: chars / (lines - 0.5),
                     width: p.getBoundingClientRect().width, height: p.getBoundingClientRect().height, lineHeight: getComputedStyle(p).lineHeight };"#).await?;
        println!("paste flow: {pasted}; measure: {measure}");
        let per_line = num(&measure, "perLine");
        if !(60.0..=80.0).contains(&per_line) {
            return Err(format!("lines of {per_line:.0} characters: {measure}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn an_editor_corrects_a_label_and_publishes_the_fix() {
    visit(Visit::new("news.html", 1280, 900), |driver| async move {
        settled(&driver, 10).await?;
        let fixed = js(&driver, r#"
            const el = document.getElementById('story');
            (await StanceLens.mount(el)).destroy();
            await StanceLens.mount(el, { editor: true });
            const q = () => el.querySelector('.stancelens-quote[data-quote-id="1"]');
            q().click();
            await new Promise(r => setTimeout(r, 300));
            const r = root('#story');
            const form = r.querySelector('.sl-correct');
            form.querySelector('#sl-fix-speaker').value = 'Jo Bloggs';
            form.querySelector('#sl-fix-stance').value = 'oppose';
            form.querySelector('button[type="submit"]').click();
            await new Promise(r => setTimeout(r, 300));
            const corrected = { stance: q().dataset.stance, speaker: q().dataset.speaker, confidence: q().dataset.confidence };
            [...r.querySelectorAll('.sl-disclose')].find(b => b.textContent.startsWith('Corrections')).click();
            await new Promise(r => setTimeout(r, 200));
            return corrected;"#).await?;
        // The editor's view (panel with "Wrong label?", corrections open) is accessible too.
        let violations = axe(&driver).await?;
        if !violations.is_empty() {
            return Err(format!("axe in editor mode: {violations:?}"));
        }
        let published = js(&driver, r#"
            const el = document.getElementById('story');
            const q = () => el.querySelector('.stancelens-quote[data-quote-id="1"]');
            const json = root('#story').querySelector('.sl-json').textContent;
            (await StanceLens.mount(el)).destroy();
            await StanceLens.mount(el, { overrides: JSON.parse(json).overrides });
            const published = { stance: q().dataset.stance, speaker: q().dataset.speaker };
            return { json: JSON.parse(json), published };"#).await?;
        let fixed = serde_json::json!({ "corrected": fixed, "json": published["json"], "published": published["published"] });
        println!("editor: {fixed}");
        let want = serde_json::json!({ "stance": "oppose", "speaker": "Jo Bloggs" });
        if fixed["published"] != want || fixed["corrected"]["stance"] != "oppose" || fixed["corrected"]["speaker"] != "Jo Bloggs" || fixed["corrected"]["confidence"] != "1.00" {
            return Err(format!("the correction: {fixed}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn print_keeps_the_key_and_the_labels_as_text() {
    for (page, scope) in [("news.html", "#story"), ("index.html", "")] {
        visit(Visit::new(page, 1280, 900), |driver| async move {
            settled(&driver, 10).await?;
            emulate_media(&driver, "print").await?;
            pause(200).await;
            let printed = js(&driver, &format!(r#"
                const r = root('{scope}');
                const key = r.querySelector('.sl-print-key');
                const host = document.querySelector('.stancelens-quote[data-stancelens-last]');
                const said = document.querySelector('.sl-quote .sl-said');
                return {{ key: getComputedStyle(key).display, keyText: key.textContent,
                         line: getComputedStyle(r.querySelector('.sl-line')).display,
                         label: host ? getComputedStyle(host, '::after').content : getComputedStyle(said).position,
                         labelText: host ? host.dataset.stancelensLabel : said.textContent }};"#)).await?;
            println!("print {page}: {printed}");
            let key = printed["keyText"].as_str().unwrap_or_default();
            let labelled = printed["label"].as_str().is_some_and(|l| l.contains("attr(") || l.contains('—') || l == "static");
            if printed["key"] != "block" || printed["line"] != "none" || !key.contains("mixed") || !key.contains("unclear") || !labelled {
                return Err(format!("print {page}: {printed}"));
            }
            emulate_media(&driver, "").await
        })
        .await;
    }
}

/// Screenshots for a person to look at: `target/screenshots/*.png`. Run with
/// `--ignored --nocapture measure_screenshots`.
#[tokio::test]
#[ignore = "screenshots: run by hand"]
async fn measure_screenshots() {
    // (file name, page, viewport, dark, quote to open: -1 the last, MAX none)
    type Shot = (&'static str, &'static str, (u32, u32), bool, i64);
    let shots: [Shot; 6] = [
        ("desktop-news-panel", "news.html", (1366, 900), false, -1),
        ("phone-news-sheet", "news.html", (390, 844), false, 8),
        ("desktop-demo-panel", "index.html", (1366, 900), false, -1),
        ("dark-demo-panel", "index.html", (1366, 900), true, 3),
        ("phone-demo-sheet", "index.html", (390, 844), false, -1),
        ("phone-news-top", "news.html", (390, 844), false, i64::MAX),
    ];
    for (name, page, (w, h), dark, nth) in shots {
        let mut v = Visit::new(page, w, h);
        v.dark = dark;
        visit(v, |driver| async move {
            settled(&driver, 10).await?;
            let (scope, quote, column) = if page == "index.html" {
                ("", ".sl-quote", "section.stancelens")
            } else {
                (
                    "#story",
                    "#story .stancelens-quote[data-stancelens-first]",
                    "#story",
                )
            };
            if nth != i64::MAX {
                choose(&driver, scope, quote, column, nth).await?;
            }
            screenshot(&driver, name).await
        })
        .await;
    }
    visit(Visit::new("news.html", 1366, 900), |driver| async move {
        settled(&driver, 10).await?;
        js(&driver, r#"
            const r = root('#story');
            [...r.querySelectorAll('.sl-disclose')].find(b => b.textContent.startsWith('About')).click();
            await new Promise(res => setTimeout(res, 200));
            document.querySelector('#story [data-stancelens-bar]').scrollIntoView();
            return true;"#).await?;
        screenshot(&driver, "desktop-news-about").await
    })
    .await;
    for page in ["news.html", "index.html"] {
        visit(Visit::new(page, 1000, 1300), |driver| async move {
            settled(&driver, 10).await?;
            emulate_media(&driver, "print").await?;
            pause(300).await;
            screenshot(
                &driver,
                &format!("print-{}", page.trim_end_matches(".html")),
            )
            .await
        })
        .await;
    }
}
