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
    let text = use_state(|| Rc::<str>::from(SEED_TEXT));
    let on_submit = {
        let text = text.clone();
        Callback::from(move |t: String| text.set(Rc::from(t)))
    };
    let on_reset = {
        let text = text.clone();
        Callback::from(move |()| text.set(Rc::from(SEED_TEXT)))
    };
    html! {
        <>
            <Lens key={text.len()} text={(*text).clone()} />
            <PasteBox {on_submit} {on_reset} />
        </>
    }
}

/// Mounts the demo on the element with id `stancelens`, else on the body.
pub fn start() {
    super::lens::mark("stancelens:start");
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
