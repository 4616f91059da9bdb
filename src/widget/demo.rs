//! The demo page: the seed article, and a box to paste any other.

use std::rc::Rc;

use yew::prelude::*;

use super::lens::Lens;
use super::paste_box::PasteBox;

/// The article the demo opens on: the project's built-in default.
pub const SEED_TEXT: &str = include_str!("../../www/seed.txt");

/// The demo application.
#[function_component(Demo)]
pub fn demo() -> Html {
    // Each new article gets a fresh widget (filters and panel start over): the revision keys it.
    let article = use_state(|| (0u32, Rc::<str>::from(SEED_TEXT)));
    let show = |article: &UseStateHandle<(u32, Rc<str>)>, text: Rc<str>| {
        article.set((article.0 + 1, text))
    };
    let on_submit = {
        let article = article.clone();
        Callback::from(move |t: String| show(&article, Rc::from(t)))
    };
    let on_reset = {
        let article = article.clone();
        Callback::from(move |()| show(&article, Rc::from(SEED_TEXT)))
    };
    html! {
        <>
            <Lens key={article.0} text={article.1.clone()} />
            <PasteBox {on_submit} {on_reset} />
        </>
    }
}

/// Mounts the demo on the element with id `stancelens`, else on the body.
pub fn start() {
    super::browser::mark("stancelens:start");
    let document = web_sys::window().and_then(|w| w.document());
    let root = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("stancelens"));
    match root {
        Some(root) => {
            yew::Renderer::<Demo>::with_root(root).render();
        }
        None => {
            yew::Renderer::<Demo>::new().render();
        }
    }
}
