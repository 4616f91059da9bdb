//! Annotated articles (`shared/fixtures/FORMAT.md`) and the corpus's fold assignment.
//!
//! The corpus is other people's text: it is read from where it lies (`../shared/corpus`) and
//! never copied into the project; what the project keeps is what it derives (weights).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

/// What went wrong reading a corpus.
#[derive(Debug, Error)]
pub enum CorpusError {
    /// A file or folder could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The path.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// An article that is not in the annotated format.
    #[error("{path}: {message}")]
    Format {
        /// The path.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// `folds.tsv` names no fold for an article, or a fold that is not a number.
    #[error("folds.tsv: {0}")]
    Folds(String),
    /// Nothing to learn from.
    #[error("no annotated articles in {0}")]
    Empty(String),
}

/// One gold quote.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldQuote {
    /// The quoted words, verbatim from the text.
    pub text: String,
    /// "direct", "partial" or "indirect".
    #[serde(default)]
    pub kind: String,
    /// The canonical speaker name, or "unknown".
    pub speaker: String,
    /// "support", "oppose" or "neutral".
    pub stance: String,
    /// Optional quotes (reported speech by default) are neither rewarded nor penalised.
    #[serde(default)]
    pub optional: Option<bool>,
    /// A second annotator's label, where there is one.
    #[serde(default)]
    pub stance_alt: Option<String>,
}

impl GoldQuote {
    /// The FORMAT.md rule: the flag if given, else true for reported speech.
    pub fn is_optional(&self) -> bool {
        self.optional.unwrap_or(self.kind == "indirect")
    }

    /// True when both annotators gave the same label (or only one labelled it).
    pub fn annotators_agree(&self) -> bool {
        self.stance_alt
            .as_deref()
            .is_none_or(|alt| alt.trim().eq_ignore_ascii_case(self.stance.trim()))
    }
}

/// One gold speaker.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldSpeaker {
    /// The canonical name.
    pub name: String,
    /// Other names the article uses.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Roles and affiliations stated in the article.
    #[serde(default)]
    pub description: Option<String>,
    /// "support", "oppose", "neutral" or "mixed".
    #[serde(default)]
    pub stance: String,
    /// "person", "org"… when the annotation says.
    #[serde(default, alias = "kind")]
    pub r#type: Option<String>,
}

/// One annotated article.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldArticle {
    /// Its identifier (the file name without `.json` when missing).
    #[serde(default)]
    pub id: String,
    /// The headline.
    #[serde(default)]
    pub title: Option<String>,
    /// The body, paragraphs separated by blank lines.
    pub text: String,
    /// Every quote.
    pub quotes: Vec<GoldQuote>,
    /// Every speaker.
    #[serde(default)]
    pub speakers: Vec<GoldSpeaker>,
}

impl GoldArticle {
    /// The speaker record of a quote's speaker name.
    pub fn speaker(&self, name: &str) -> Option<&GoldSpeaker> {
        self.speakers.iter().find(|s| s.name == name)
    }
}

/// Annotated articles, each with its cross-validation fold (0 when there is no fold file).
#[derive(Clone, Debug)]
pub struct Corpus {
    /// Where it was read from.
    pub dir: PathBuf,
    /// The articles, sorted by id.
    pub articles: Vec<GoldArticle>,
    /// The fold of each article (same order), 0-based.
    pub folds: Vec<usize>,
}

impl Corpus {
    /// Reads `DIR/articles/*.json` and `DIR/folds.tsv` (a corpus), or `DIR/*.json` (a fixed
    /// test set such as `shared/fixtures/dev`, all in fold 0).
    pub fn load(dir: &Path) -> Result<Corpus, CorpusError> {
        let articles_dir = dir.join("articles");
        let (articles_dir, folds_file) = if articles_dir.is_dir() {
            (articles_dir, Some(dir.join("folds.tsv")))
        } else {
            (dir.to_path_buf(), None)
        };
        let mut articles = read_articles(&articles_dir)?;
        if articles.is_empty() {
            return Err(CorpusError::Empty(articles_dir.display().to_string()));
        }
        articles.sort_by(|a, b| a.id.cmp(&b.id));
        let folds = match folds_file {
            Some(path) => {
                let tsv = std::fs::read_to_string(&path).map_err(|source| CorpusError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
                let table = parse_folds(&tsv)?;
                let mut folds = Vec::with_capacity(articles.len());
                for a in &articles {
                    let fold = table
                        .get(&a.id)
                        .ok_or_else(|| CorpusError::Folds(format!("no fold for {}", a.id)))?;
                    folds.push(*fold);
                }
                // Folds are numbered as in the file; make them 0-based and dense.
                let mut seen: Vec<usize> = folds.clone();
                seen.sort_unstable();
                seen.dedup();
                folds
                    .iter()
                    .map(|f| seen.iter().position(|s| s == f).unwrap_or(0))
                    .collect()
            }
            None => vec![0; articles.len()],
        };
        Ok(Corpus {
            dir: dir.to_path_buf(),
            articles,
            folds,
        })
    }

    /// How many folds there are.
    pub fn fold_count(&self) -> usize {
        self.folds.iter().max().map_or(0, |m| m + 1)
    }
}

fn read_articles(dir: &Path) -> Result<Vec<GoldArticle>, CorpusError> {
    let read_err = |source| CorpusError::Read {
        path: dir.display().to_string(),
        source,
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(read_err)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut out = Vec::with_capacity(paths.len());
    for path in paths {
        let shown = path.display().to_string();
        let json = std::fs::read_to_string(&path).map_err(|source| CorpusError::Read {
            path: shown.clone(),
            source,
        })?;
        let mut article: GoldArticle =
            serde_json::from_str(&json).map_err(|e| CorpusError::Format {
                path: shown.clone(),
                message: e.to_string(),
            })?;
        if article.id.is_empty() {
            article.id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
        }
        out.push(article);
    }
    Ok(out)
}

/// `id<TAB>fold` lines, with a header.
fn parse_folds(tsv: &str) -> Result<BTreeMap<String, usize>, CorpusError> {
    let mut out = BTreeMap::new();
    for (n, line) in tsv.lines().enumerate() {
        let mut cols = line.split('\t');
        let (Some(id), Some(fold)) = (cols.next(), cols.next()) else {
            continue;
        };
        let (id, fold) = (id.trim(), fold.trim());
        if n == 0 && fold.parse::<usize>().is_err() {
            continue; // header
        }
        let fold = fold
            .parse::<usize>()
            .map_err(|_| CorpusError::Folds(format!("line {}: fold {fold:?}", n + 1)))?;
        out.insert(id.to_string(), fold);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_skip_the_header_and_reject_bad_numbers() {
        let t = parse_folds("id\tfold\na\t3\nb\t1\n").expect("parses");
        assert_eq!(t.get("a"), Some(&3));
        assert_eq!(t.get("b"), Some(&1));
        assert!(parse_folds("id\tfold\na\tx\n").is_err());
    }

    #[test]
    fn optional_defaults_to_reported_speech() {
        let q: GoldQuote = serde_json::from_str(
            r#"{"text":"t","kind":"indirect","speaker":"unknown","stance":"neutral"}"#,
        )
        .expect("parses");
        assert!(q.is_optional());
        assert!(q.annotators_agree());
        let q: GoldQuote = serde_json::from_str(
            r#"{"text":"t","kind":"direct","speaker":"A","stance":"support","stance_alt":"neutral"}"#,
        )
        .expect("parses");
        assert!(!q.is_optional());
        assert!(!q.annotators_agree());
    }
}
