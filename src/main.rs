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

#[derive(Subcommand)]
enum Command {
    /// Validate plans and print a one-line summary of each; problems go to stderr.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
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
        Command::Check { files } => check(&files),
        Command::Dump { file, lang } => dump(&file, &lang),
        Command::Schema => schema(),
    };
    ExitCode::from(code as u8)
}

fn check(files: &[PathBuf]) -> i32 {
    let mut code = exit::OK;
    for file in files {
        match app::load(file) {
            Ok(loaded) => {
                eprint!(
                    "{}",
                    app::render_report(&loaded.path, &loaded.source, &loaded.report)
                );
                println!("{}", app::summary(&loaded));
            }
            Err(rejected) => {
                eprint!(
                    "{}",
                    app::render_report(&rejected.path, &rejected.source, &rejected.report)
                );
                eprintln!(
                    "{}: {} error(s), {} warning(s)",
                    file.display(),
                    rejected.report.errors(),
                    rejected.report.warnings()
                );
                code = exit::INVALID_INPUT;
            }
        }
    }
    code
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
