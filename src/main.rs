//! `stancelens`: the analysis core on the command line, for batch use and measurement.
//!
//! ```text
//! stancelens analyze [FILE|-] [--topic FILE] [--format json|text] [--jsonl]
//! stancelens topic
//! stancelens eval [--corpus DIR] [--dev DIR] [--out DIR] [--ablation] [--curve] [--spread N]
//! stancelens eval --attribution-only [--corpus DIR] [--errors FILE]
//! stancelens eval --topic FILE [--corpus DIR] [--out DIR]
//! stancelens train [--corpus DIR] [--out DIR] [--topic FILE]
//! ```

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use stancelens::input::{self, InputError};
use stancelens::learn::corpus::{Corpus, CorpusError};
use stancelens::learn::crossval;
use stancelens::{Analysis, Analyzer, SpeakerStance, Stance, Topic, TopicError};

#[derive(Parser)]
#[command(
    name = "stancelens",
    version,
    about = "Who is quoted in a news article, what they say, and where each stands."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse an article: plain text (paragraphs split by blank lines), HTML, or JSON with a
    /// "text" field.
    Analyze {
        /// The article; "-" or nothing reads standard input.
        file: Option<PathBuf>,
        /// A topic profile (JSON); the default is decriminalisation of drug use.
        #[arg(long)]
        topic: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// One JSON object {"id", "text"} per input line; one analysis per output line.
        #[arg(long)]
        jsonl: bool,
        /// Colours in text output.
        #[arg(long, value_enum, default_value_t = Color::Auto)]
        color: Color,
    },
    /// Print the built-in topic profile (a starting point for your own).
    Topic,
    /// Cross-validate the learned models on an annotated corpus (fit on all folds but one,
    /// predict that one, pool and score), with ablation and learning curve on request.
    Eval {
        /// The corpus: a folder with `articles/*.json` and `folds.tsv`.
        #[arg(long, default_value = "../shared/corpus")]
        corpus: PathBuf,
        /// A fixed test set (a folder of annotated articles) scored with the full model.
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Write the pooled held-out predictions here (one JSON per article, for score.py).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Leave out each feature group in turn.
        #[arg(long)]
        ablation: bool,
        /// Train on 25/50/75/100 % of the training folds.
        #[arg(long)]
        curve: bool,
        /// Refit the full model this many times, each without a seeded one in 32 of its
        /// training articles, and report the figures' mean and deviation: how far a
        /// retraining alone moves them (about 15 s a run; with `--dev`, the fixed set is
        /// scored by models refit the same way on the whole corpus).
        #[arg(long, default_value_t = 0)]
        spread: usize,
        /// Also write every quote's features and gold label as JSON lines to this file.
        #[arg(long)]
        features: Option<PathBuf>,
        /// Only the attribution model (stance by the lexicon rules): quoted F1, speaker
        /// accuracy and errors by cause, in a fraction of the time (the loop of attribution
        /// work).
        #[arg(long)]
        attribution_only: bool,
        /// With --attribution-only: list every wrong speaker, missed and spurious quote here.
        #[arg(long, requires = "attribution_only")]
        errors: Option<PathBuf>,
        /// Another topic's profile: cross-validate only the stance toward it, as
        /// `train --topic` would learn it, on a folder annotated toward it (dealt into five
        /// folds by article when it has no `folds.tsv`).
        #[arg(long, conflicts_with_all = ["attribution_only", "ablation", "curve", "spread", "dev", "features"])]
        topic: Option<PathBuf>,
    },
    /// Train the models on a whole annotated corpus and write their weights.
    Train {
        /// The corpus: a folder with `articles/*.json`.
        #[arg(long, default_value = "../shared/corpus")]
        corpus: PathBuf,
        /// Where the weights go.
        #[arg(long, default_value = "src/models")]
        out: PathBuf,
        /// Another topic's profile: learn only the stance toward it, from a folder of
        /// articles annotated toward it, and write the profile with its model in it
        /// (`OUT/ID.json`), for a publisher to supply as their topic.
        #[arg(long)]
        topic: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: io::Error },
    #[error("{path}: {source}")]
    Input { path: String, source: InputError },
    #[error("topic {path}: {source}")]
    Topic { path: String, source: TopicError },
    #[error("cannot write output: {0}")]
    Write(#[from] io::Error),
    #[error("{0}")]
    Corpus(#[from] CorpusError),
    #[error("no quote found in {path} matches an annotated one: nothing to learn from")]
    NothingToLearn { path: String },
}

#[derive(Serialize)]
struct Output<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

/// What `--jsonl` writes for a line it could not analyse, in place of its analysis.
#[derive(Serialize)]
struct LineError {
    line: usize,
    error: String,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze {
            file,
            topic,
            format,
            jsonl,
            color,
        } => analyze(file, topic, format, jsonl, color),
        Command::Topic => print_topic(),
        Command::Eval {
            corpus,
            dev,
            out,
            ablation,
            curve,
            spread,
            features,
            attribution_only,
            errors,
            topic,
        } => {
            if let Some(topic) = topic {
                eval_topic(&corpus, topic, out.as_deref())
            } else if attribution_only {
                eval_attribution(&corpus, errors.as_deref(), out.as_deref())
            } else {
                eval(
                    &corpus,
                    dev.as_deref(),
                    out.as_deref(),
                    (ablation, curve, spread),
                    features.as_deref(),
                )
            }
        }
        Command::Train { corpus, out, topic } => match topic {
            Some(topic) => train_topic(&corpus, &out, topic),
            None => train(&corpus, &out),
        },
    };
    match result {
        Ok(code) => code,
        Err(CliError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stancelens: {e}");
            ExitCode::from(2)
        }
    }
}

fn eval(
    corpus: &Path,
    dev: Option<&Path>,
    out: Option<&Path>,
    (ablation, curve, spread): (bool, bool, usize),
    features: Option<&Path>,
) -> Result<ExitCode, CliError> {
    let corpus = Corpus::load(corpus)?;
    let analyzer = Analyzer::new(Topic::builtin())
        .with_attribution(None)
        .with_quotes(None);
    if let Some(path) = features {
        crossval::dump_features(path, &corpus, &analyzer)?;
    }
    let plan = crossval::Plan {
        ablation,
        curve,
        spread,
        dev: dev.map(Corpus::load).transpose()?,
    };
    let report = crossval::evaluate(&corpus, &analyzer, &plan, out)?;
    write!(io::stdout(), "{report}")?;
    Ok(ExitCode::SUCCESS)
}

fn eval_attribution(
    corpus: &Path,
    errors: Option<&Path>,
    out: Option<&Path>,
) -> Result<ExitCode, CliError> {
    let corpus = Corpus::load(corpus)?;
    let analyzer = Analyzer::new(Topic::builtin())
        .with_attribution(None)
        .with_quotes(None);
    let report = crossval::evaluate_attribution(&corpus, &analyzer, errors, out)?;
    write!(io::stdout(), "{report}")?;
    Ok(ExitCode::SUCCESS)
}

fn train(corpus: &Path, out: &Path) -> Result<ExitCode, CliError> {
    let corpus = Corpus::load(corpus)?;
    // Trained from the rules alone, whatever model the binary ships.
    let analyzer = Analyzer::new(Topic::builtin())
        .with_attribution(None)
        .with_quotes(None);
    let models = crossval::train_all(&corpus, &analyzer);
    std::fs::create_dir_all(out)?;
    for (name, bytes, features) in [
        (
            "attribution",
            models.attribution.to_bytes(),
            models.attribution.pairs.len(),
        ),
        (
            "stance",
            models.stance.to_bytes(),
            models.stance.quote.len(),
        ),
        (
            "quotes",
            models.quotes.to_bytes(),
            models.quotes.passages.len(),
        ),
    ] {
        let path = out.join(format!("{name}.bin"));
        std::fs::write(&path, &bytes)?;
        eprintln!(
            "{name} model: {features} features, {} bytes → {}",
            bytes.len(),
            path.display()
        );
    }
    eprintln!(
        "stance consensus chosen by the inner folds (per mille): {}",
        crossval::consensus_list(&[crossval::Consensus::of(&models.stance)])
    );
    Ok(ExitCode::SUCCESS)
}

/// Cross-validates the stance toward a publisher's topic on a folder annotated toward it.
fn eval_topic(corpus: &Path, topic: PathBuf, out: Option<&Path>) -> Result<ExitCode, CliError> {
    let topic = load_topic(Some(topic))?;
    let corpus = Corpus::load(corpus)?;
    let report = crossval::evaluate_topic(&corpus, &topic, out)?;
    write!(io::stdout(), "{report}")?;
    Ok(ExitCode::SUCCESS)
}

/// Learns the stance toward a publisher's topic and writes the profile with the model in it.
fn train_topic(corpus: &Path, out: &Path, topic: PathBuf) -> Result<ExitCode, CliError> {
    let mut topic = load_topic(Some(topic))?;
    let corpus = Corpus::load(corpus)?;
    let model =
        crossval::train_stance(&corpus, &topic).ok_or_else(|| CliError::NothingToLearn {
            path: corpus.dir.display().to_string(),
        })?;
    let bytes = model.to_bytes();
    let size = bytes.len();
    topic.stance_model = Some(bytes);
    let json = serde_json::to_string_pretty(&topic).map_err(io::Error::other)?;
    std::fs::create_dir_all(out)?;
    let path = out.join(format!("{}.json", file_stem(&topic.id)));
    std::fs::write(&path, json + "\n")?;
    eprintln!(
        "stance model for {}: {} features, {size} bytes, from {} articles → {}",
        topic.name,
        model.quote.len(),
        corpus.articles.len(),
        path.display()
    );
    eprintln!(
        "stance consensus chosen by the inner folds (per mille): {}",
        crossval::consensus_list(&[crossval::Consensus::of(&model)])
    );
    Ok(ExitCode::SUCCESS)
}

/// A topic id as a file name: letters, digits, '-' and '_' kept, anything else '-'.
fn file_stem(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn print_topic() -> Result<ExitCode, CliError> {
    let json = serde_json::to_string_pretty(Topic::builtin()).map_err(io::Error::other)?;
    writeln!(io::stdout(), "{json}")?;
    Ok(ExitCode::SUCCESS)
}

fn load_topic(path: Option<PathBuf>) -> Result<Topic, CliError> {
    let Some(path) = path else {
        return Ok(Topic::default());
    };
    let shown = path.display().to_string();
    let json = std::fs::read_to_string(&path).map_err(|source| CliError::Read {
        path: shown.clone(),
        source,
    })?;
    Topic::from_json(&json).map_err(|source| CliError::Topic {
        path: shown,
        source,
    })
}

/// The article file, or standard input for "-" or nothing, with the name to report it by.
fn open(file: &Option<PathBuf>) -> Result<(String, Box<dyn BufRead>), CliError> {
    match file {
        Some(p) if p.as_os_str() != "-" => {
            let shown = p.display().to_string();
            let f = std::fs::File::open(p).map_err(|source| CliError::Read {
                path: shown.clone(),
                source,
            })?;
            Ok((shown, Box::new(io::BufReader::new(f))))
        }
        _ => Ok(("standard input".into(), Box::new(io::stdin().lock()))),
    }
}

fn analyze(
    file: Option<PathBuf>,
    topic: Option<PathBuf>,
    format: Format,
    jsonl: bool,
    color: Color,
) -> Result<ExitCode, CliError> {
    let analyzer = Analyzer::new(&load_topic(topic)?);
    let colored = match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    if jsonl {
        return analyze_lines(&analyzer, &file, format, colored);
    }
    let (path, mut reader) = open(&file)?;
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|source| CliError::Read {
            path: path.clone(),
            source,
        })?;
    let article = input::read(&bytes).map_err(|source| CliError::Input { path, source })?;
    let analysis = analyzer.analyze_titled(article.title.as_deref(), &article.text);
    let mut out = BufWriter::new(io::stdout().lock());
    write_one(
        &mut out,
        article.id.as_deref(),
        &analysis,
        format,
        colored,
        true,
    )?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Streams JSON lines: each is analysed and written before the next is read.
fn analyze_lines(
    analyzer: &Analyzer,
    file: &Option<PathBuf>,
    format: Format,
    colored: bool,
) -> Result<ExitCode, CliError> {
    let (_, reader) = open(file)?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failures = 0usize;
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|source| CliError::Read {
            path: format!("line {}", n + 1),
            source,
        })?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed = std::str::from_utf8(&line)
            .map_err(|e| InputError::NotUtf8(e.valid_up_to()))
            .and_then(input::from_json);
        match parsed {
            Ok(article) => {
                let analysis = analyzer.analyze_titled(article.title.as_deref(), &article.text);
                write_one(
                    &mut out,
                    article.id.as_deref(),
                    &analysis,
                    format,
                    colored,
                    false,
                )?;
            }
            Err(e) => {
                failures += 1;
                eprintln!("stancelens: line {}: {e}", n + 1);
                let record = LineError {
                    line: n + 1,
                    error: e.to_string(),
                };
                let json = serde_json::to_string(&record).map_err(io::Error::other)?;
                writeln!(out, "{json}")?;
            }
        }
        out.flush()?;
    }
    Ok(if failures > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn write_one(
    out: &mut impl Write,
    id: Option<&str>,
    analysis: &Analysis,
    format: Format,
    colored: bool,
    pretty: bool,
) -> Result<(), CliError> {
    match format {
        Format::Json => {
            let record = Output { id, analysis };
            let json = if pretty {
                serde_json::to_string_pretty(&record)
            } else {
                serde_json::to_string(&record)
            };
            writeln!(out, "{}", json.map_err(io::Error::other)?)?;
        }
        Format::Text => write_text(out, id, analysis, colored)?,
    }
    Ok(())
}

fn paint(colored: bool, code: &str, s: &str) -> String {
    if colored {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

fn stance_code(s: Stance) -> &'static str {
    match s {
        Stance::Support => "32",
        Stance::Oppose => "31",
        Stance::Neutral => "90",
    }
}

fn speaker_code(s: SpeakerStance) -> &'static str {
    match s {
        SpeakerStance::Support => "32",
        SpeakerStance::Oppose => "31",
        SpeakerStance::Mixed => "33",
        SpeakerStance::Neutral => "90",
    }
}

fn write_text(out: &mut impl Write, id: Option<&str>, a: &Analysis, c: bool) -> io::Result<()> {
    if let Some(id) = id {
        writeln!(out, "{}", paint(c, "1", id))?;
    }
    writeln!(
        out,
        "{} — {} quotes: {} support, {} oppose, {} neutral; {} speakers",
        paint(c, "1", &a.topic.name),
        a.quotes.len(),
        paint(
            c,
            stance_code(Stance::Support),
            &a.count(Stance::Support).to_string()
        ),
        paint(
            c,
            stance_code(Stance::Oppose),
            &a.count(Stance::Oppose).to_string()
        ),
        paint(
            c,
            stance_code(Stance::Neutral),
            &a.count(Stance::Neutral).to_string()
        ),
        a.speakers.len()
    )?;
    writeln!(out, "\n{}", paint(c, "1", "Speakers"))?;
    for s in &a.speakers {
        let desc = s
            .description
            .as_deref()
            .map(|d| format!(" — {d}"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {} {} ({}){}",
            paint(
                c,
                speaker_code(s.stance),
                &format!("[{}, {}]", s.stance.as_str(), s.certainty.as_str())
            ),
            paint(c, "1", &s.name),
            s.kind.as_str(),
            desc
        )?;
        writeln!(out, "      {}", s.reason)?;
    }
    writeln!(out, "\n{}", paint(c, "1", "Quotes"))?;
    for q in &a.quotes {
        let who = q.speaker.as_deref().unwrap_or("unknown speaker");
        let cue = q
            .cue
            .as_ref()
            .map(|c| format!(", {}", c.lemma))
            .unwrap_or_default();
        let promo = if q.promo { " (promo line)" } else { "" };
        writeln!(
            out,
            "  {} {}: “{}” ({}{}){}",
            paint(
                c,
                stance_code(q.stance),
                &format!("[{}]", q.stance.as_str())
            ),
            paint(c, "1", who),
            q.text,
            q.kind.as_str(),
            cue,
            promo
        )?;
        writeln!(out, "      {}", paint(c, "2", &q.reason))?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_output_says_how_sure_each_speaker_is() {
        let text = "Ann Lee, a councillor, said: “Locking up drug users does not work.”";
        let a = stancelens::analyze(text, Topic::builtin());
        let mut out = Vec::new();
        write_text(&mut out, None, &a, false).expect("writes");
        let out = String::from_utf8(out).expect("UTF-8");
        let s = &a.speakers[0];
        let tag = format!("[{}, {}] Ann Lee", s.stance.as_str(), s.certainty.as_str());
        assert!(out.contains(&tag), "{out}");
    }
}
