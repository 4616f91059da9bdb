//! The article, paragraph by paragraph, with every quote highlighted by stance and every
//! speaker's name marked. The text is rendered as text nodes only: nothing from the article
//! is ever parsed as markup.

use std::rc::Rc;

use yew::prelude::*;

use super::labels;
use super::segments::{Inline, Piece};
use super::shared::Shared;
use super::state::ViewState;
use crate::analysis::Analysis;
use crate::paragraphs::ParagraphRole;

/// Props of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The analysed text.
    pub text: Rc<str>,
    /// Its analysis.
    pub analysis: Shared<Analysis>,
    /// Its paragraphs cut into pieces.
    pub pieces: Rc<Vec<Vec<Piece>>>,
    /// Filters and the open quote.
    pub view: Rc<ViewState>,
    /// Open a quote's panel.
    pub on_open: Callback<usize>,
}

fn inline(text: &str, analysis: &Analysis, i: &Inline) -> Html {
    match i {
        Inline::Text(span) => html! { { span.slice(text) } },
        Inline::Name { span, speaker } => {
            let name = analysis
                .speakers
                .get(*speaker)
                .map(|s| s.name.clone())
                .unwrap_or_default();
            html! { <span class="sl-name" data-speaker={name} data-speaker-id={speaker.to_string()}>{ span.slice(text) }</span> }
        }
    }
}

fn quote(props: &ArticleViewProps, id: usize, content: &[Inline]) -> Html {
    let Some(q) = props.analysis.quotes.get(id) else {
        return html! {};
    };
    let text = &props.text;
    let shown = props.view.shows(q);
    let open = props.view.open == Some(id);
    let class = labels::highlight_class(q, "sl-quote", "sl-", shown, open);
    let [stance, confidence, certainty, kind, speaker] = labels::highlight_data(q).map(|(_, v)| v);
    let spoken = format!(" — {}", labels::said_by(q));
    let onclick = props.on_open.reform(move |_: MouseEvent| id);
    let tabindex = if shown { "0" } else { "-1" };
    html! {
        <span {class} role="button" {tabindex} {onclick}
            data-quote-id={id.to_string()} data-stance={stance} data-confidence={confidence}
            data-certainty={certainty} data-kind={kind} data-speaker={speaker}
            aria-haspopup="dialog" aria-expanded={open.to_string()}>
            <span class="sl-icon" aria-hidden="true">{ labels::Look::of(q).icon() }</span>
            { for content.iter().map(|i| inline(text, &props.analysis, i)) }
            <span class="sl-sr sl-said">{ spoken }</span>
        </span>
    }
}

fn paragraph_class(role: ParagraphRole) -> &'static str {
    match role {
        ParagraphRole::Body => "sl-p",
        ParagraphRole::Promo => "sl-p sl-promo",
        ParagraphRole::Byline => "sl-p sl-byline",
    }
}

/// The highlighted article.
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let paragraphs = props
        .analysis
        .paragraphs
        .iter()
        .zip(props.pieces.iter())
        .map(|(p, pieces)| {
            let content = pieces.iter().map(|piece| match piece {
                Piece::Inline(i) => inline(&props.text, &props.analysis, i),
                Piece::Quote { id, content } => quote(props, *id, content),
            });
            html! { <p class={paragraph_class(p.role)}>{ for content }</p> }
        });
    html! { <div class="sl-article">{ for paragraphs }</div> }
}
