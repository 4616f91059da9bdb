//! The demo page's entry point (built by Trunk from `index.html`).

fn main() {
    stancelens::widget::demo::start();
}
