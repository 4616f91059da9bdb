//! Training the quote-or-term decision: every quoted passage the analysis weighs is an
//! example, positive when it matches a scored gold quote and negative when it matches
//! nothing; a passage matching an optional gold quote (reported speech, a promo line)
//! teaches nothing and is left out.

use crate::attribution::passages::QuoteModel;
use crate::features::Features;

use super::corpus::GoldArticle;
use super::logistic::{self, Example};
use super::score::greedy_match;

/// Labels an article's passages against its gold quotes.
pub fn label(gold: &GoldArticle, passages: Vec<(String, Features)>) -> Vec<(Features, bool)> {
    let g: Vec<&str> = gold.quotes.iter().map(|q| q.text.as_str()).collect();
    let p: Vec<&str> = passages.iter().map(|(t, _)| t.as_str()).collect();
    let mut gold_of: Vec<Option<usize>> = vec![None; p.len()];
    for (gi, pi) in greedy_match(&g, &p) {
        gold_of[pi] = Some(gi);
    }
    passages
        .into_iter()
        .zip(gold_of)
        .filter_map(|((_, f), gi)| match gi {
            Some(gi) if gold.quotes[gi].is_optional() => None,
            Some(_) => Some((f, true)),
            None => Some((f, false)),
        })
        .collect()
}

/// Fits the quote model.
pub fn train(data: &[&Vec<(Features, bool)>]) -> QuoteModel {
    let examples: Vec<Example> = data
        .iter()
        .flat_map(|set| set.iter())
        .map(|(f, quote)| Example {
            features: f,
            class: usize::from(*quote),
            weight: 1.0,
        })
        .collect();
    let config = logistic::Config {
        outputs: 1,
        l2: 1.0,
        min_count: 2,
        iterations: 300,
    };
    QuoteModel {
        passages: logistic::fit(&examples, &config),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_are_labelled_by_the_gold_quotes() {
        let gold: GoldArticle = serde_json::from_value(serde_json::json!({
            "id": "x", "text": "",
            "quotes": [
                {"text": "a total disaster", "kind": "partial", "speaker": "Jane Doe",
                 "stance": "neutral"},
                {"text": "read more here", "kind": "partial", "speaker": "unknown",
                 "stance": "neutral", "optional": true}
            ]
        }))
        .expect("an article");
        let passages = ["a total disaster", "read more here", "legal highs"]
            .iter()
            .map(|t| (t.to_string(), Features::default()))
            .collect();
        let labels: Vec<bool> = label(&gold, passages).into_iter().map(|(_, q)| q).collect();
        assert_eq!(labels, [true, false]);
    }
}
