//! The `qujat` command: parses arguments and calls the library.

use clap::{Parser, Subcommand};
use qujat::app::{self, exit};
use qujat::document;
use qujat::lang::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "qujat",
    version,
    about = "One YAML plan in, parallel Kazakh and Russian documents out",
    after_help = "Exit codes: 0 success, 1 internal error, 2 invalid input, 3 an output could not be written."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum MessageFormat {
    Human,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Validate plans and print a one-line summary of each; problems go to stderr.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// `human` (with source snippets) or `json` (one object per diagnostic on stdout).
        #[arg(long, value_enum, default_value = "human")]
        message_format: MessageFormat,
    },
    /// Write a starter plan, with comments explaining each field, that passes `check`.
    Init {
        /// action-plan or schedule.
        #[arg(long, default_value = "action-plan")]
        template: String,
        /// Where to write it.
        #[arg(default_value = "plan.yaml")]
        path: PathBuf,
    },
    /// Print the JSON Schema of the plan format (for editors: yaml-language-server, VS Code).
    Schema,
    /// Print the document model of a plan as text (to review it or diff two versions).
    Dump {
        file: PathBuf,
        /// Language: kk or ru.
        #[arg(long, default_value = "kk")]
        lang: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Check {
            files,
            message_format,
        } => check(&files, message_format),
        Command::Dump { file, lang } => dump(&file, &lang),
        Command::Schema => schema(),
        Command::Init { template, path } => init(&template, &path),
    };
    ExitCode::from(code as u8)
}

fn check(files: &[PathBuf], format: MessageFormat) -> i32 {
    let mut code = exit::OK;
    for file in files {
        let (path, source, report, summary) = match app::load(file) {
            Ok(loaded) => {
                let summary = app::summary(&loaded);
                (loaded.path, loaded.source, loaded.report, Some(summary))
            }
            Err(rejected) => (rejected.path, rejected.source, rejected.report, None),
        };
        if format == MessageFormat::Json {
            let name = path.display().to_string();
            for d in &report.diagnostics {
                println!("{}", d.to_json(&name));
            }
        } else {
            eprint!("{}", app::render_report(&path, &source, &report));
            match &summary {
                Some(line) => println!("{line}"),
                None => eprintln!(
                    "{}: {} error(s), {} warning(s)",
                    path.display(),
                    report.errors(),
                    report.warnings()
                ),
            }
        }
        if summary.is_none() {
            code = exit::INVALID_INPUT;
        }
    }
    code
}

fn init(template: &str, path: &std::path::Path) -> i32 {
    match app::init(template, path) {
        Ok(files) => {
            for f in files {
                println!("{}", f.display());
            }
            exit::OK
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit::INVALID_INPUT
        }
    }
}

fn schema() -> i32 {
    match serde_json::to_string_pretty(qujat::plan::schema::json_schema()) {
        Ok(text) => {
            println!("{text}");
            exit::OK
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit::INTERNAL
        }
    }
}

fn dump(file: &std::path::Path, lang: &str) -> i32 {
    let Some(lang) = Lang::from_code(lang) else {
        eprintln!("error: unknown language `{lang}`: use kk or ru");
        return exit::INVALID_INPUT;
    };
    let loaded = match app::load(file) {
        Ok(l) => l,
        Err(r) => {
            eprint!("{}", app::render_report(&r.path, &r.source, &r.report));
            return exit::INVALID_INPUT;
        }
    };
    match document::build(&loaded.plan, &loaded.template, lang) {
        Ok(doc) => {
            print!("{}", document::dump(&doc));
            exit::OK
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit::INTERNAL
        }
    }
}
