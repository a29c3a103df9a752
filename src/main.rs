//! The `qujat` command: parses arguments and calls the library.

use clap::{Parser, Subcommand};
use qujat::app::{self, exit};
use qujat::document;
use qujat::lang::Lang;
use qujat::msg;
use qujat::render::{self, Format};
use qujat::ui::{self, UiLang};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "qujat",
    version,
    about = "One YAML plan in, parallel Kazakh and Russian documents out",
    after_help = "Exit codes: 0 success, 1 internal error, 2 invalid input, 3 an output could not be written, 130/143 stopped by Ctrl-C/SIGTERM (the unfinished write undone)."
)]
struct Cli {
    /// Language of messages: kk, ru or en (default: from LC_ALL, LC_MESSAGES or LANG, else en).
    #[arg(long, global = true, value_name = "LANG", value_parser = ["kk", "ru", "en"])]
    ui_lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct RenderArgs {
    /// Plan files, and folders whose *.yaml plans are all rendered.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Languages to render: kk, ru, or both.
    #[arg(long, value_delimiter = ',', default_value = "kk,ru")]
    lang: Vec<String>,
    /// Formats to write: docx, pdf, or both.
    #[arg(long, value_delimiter = ',', default_value = "docx,pdf")]
    format: Vec<String>,
    /// Output folder (default: next to each plan).
    #[arg(short = 'o', long = "out")]
    out: Option<PathBuf>,
    /// No progress bar and no list of files; problems and the summary still go to stderr.
    #[arg(short, long)]
    quiet: bool,
    /// Threads to use (default: one per core). A batch renders that many plans at once; fewer
    /// plans than threads share the rest, a plan's languages side by side.
    #[arg(short, long)]
    jobs: Option<usize>,
    /// One DOCX and one PDF holding both languages, each starting on a new page, in the
    /// template's order, instead of a file per language.
    #[arg(long)]
    combined: bool,
    /// Also write manifest.json beside the outputs: every file's language, format, pages,
    /// bytes and SHA-256, and each plan's title.
    #[arg(long)]
    manifest: bool,
    /// After rendering, render again whenever a plan or its template changes (Ctrl-C stops).
    #[arg(long)]
    watch: bool,
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
    /// Render plans into Kazakh and Russian DOCX and PDF files, written all or nothing.
    Render(RenderArgs),
    /// Write a starter plan, with comments explaining each field, that passes `check`.
    Init {
        /// action-plan or schedule.
        #[arg(long, default_value = "action-plan")]
        template: String,
        /// Where to write it.
        #[arg(default_value = "plan.yaml")]
        path: PathBuf,
    },
    /// List the changes between two versions of a plan (old, then new), with old and new item
    /// numbers: what an amendment of the plan in force must say.
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// `human` (one line per change) or `json` (one object per change, then a summary).
        #[arg(long, value_enum, default_value = "human")]
        message_format: MessageFormat,
    },
    /// Write the documents of an amendment (old version, then new), per language: the changes
    /// and additions and the comparative table (DOCX, PDF), the redline (DOCX); all or nothing.
    Amend {
        old: PathBuf,
        new: PathBuf,
        /// Languages: kk, ru, or both.
        #[arg(long, value_delimiter = ',', default_value = "kk,ru")]
        lang: Vec<String>,
        /// Formats: docx, pdf, or both (the redline is DOCX only).
        #[arg(long, value_delimiter = ',', default_value = "docx,pdf")]
        format: Vec<String>,
        /// Output folder (default: next to the new version).
        #[arg(short = 'o', long = "out")]
        out: Option<PathBuf>,
    },
    /// Print the JSON Schema of the plan format (for editors: yaml-language-server, VS Code).
    Schema,
    /// Read a plan kept in Word (a Kazakh and a Russian DOCX, one file holding both, or one
    /// language) into a plan YAML; report what was read, guessed and different.
    Import {
        /// The Word file or files.
        #[arg(required = true, num_args = 1..=2)]
        files: Vec<PathBuf>,
        /// Where to write the plan (default: beside the first file, named after it).
        #[arg(short = 'o', long = "out")]
        out: Option<PathBuf>,
        /// action-plan or schedule (default: chosen from the table's columns).
        #[arg(long)]
        template: Option<String>,
    },
    /// Print the document model of a plan as text (to review it or diff two versions).
    Dump {
        file: PathBuf,
        /// Language: kk or ru.
        #[arg(long, default_value = "kk")]
        lang: String,
    },
}

fn main() -> ExitCode {
    // The language is needed before the arguments are parsed: `--help` speaks it too.
    ui::set(UiLang::resolve(ui_lang_argument()));
    let cli = parse();
    if let Err(e) = qujat::output::handle_signals() {
        eprintln!(
            "warning: {}",
            msg!("signals-unavailable", error = e.to_string())
        );
    }
    let code = match cli.command {
        Command::Check {
            files,
            message_format,
        } => check(&files, message_format),
        Command::Render(args) => render(args),
        Command::Dump { file, lang } => dump(&file, &lang),
        Command::Diff {
            old,
            new,
            message_format,
        } => {
            let out = qujat::amend::report::diff(&old, &new, message_format == MessageFormat::Json);
            eprint!("{}", out.stderr);
            print!("{}", out.stdout);
            out.code
        }
        Command::Amend {
            old,
            new,
            lang,
            format,
            out,
        } => amend(&old, &new, &lang, &format, out),
        Command::Schema => schema(),
        Command::Init { template, path } => init(&template, &path),
        Command::Import {
            files,
            out,
            template,
        } => import(&files, out, template.as_deref()),
    };
    ExitCode::from(code as u8)
}

fn amend(old: &Path, new: &Path, lang: &[String], format: &[String], out: Option<PathBuf>) -> i32 {
    let langs: Option<Vec<Lang>> = lang.iter().map(|l| Lang::from_code(l)).collect();
    let formats: Option<Vec<Format>> = format.iter().map(|f| Format::from_name(f)).collect();
    let (Some(langs), Some(formats)) = (langs, formats) else {
        eprintln!("error: {}", msg!("bad-lang-or-format"));
        return exit::INVALID_INPUT;
    };
    let options = qujat::amend::command::Options {
        langs: once_each(langs),
        formats: once_each(formats),
        out_dir: out,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        ..Default::default()
    };
    let out = qujat::amend::command::amend(old, new, &options);
    eprint!("{}", out.stderr);
    print!("{}", out.stdout);
    out.code
}

/// `--ui-lang X` or `--ui-lang=X` among the arguments (before a `--`), read ahead of clap.
fn ui_lang_argument() -> Option<UiLang> {
    let args: Vec<String> = std::env::args().skip(1).take_while(|a| a != "--").collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--ui-lang") {
            Some("") => args.get(i + 1)?.as_str(),
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        UiLang::from_code(value)
    })
}

/// The arguments, with the descriptions of qujat and its commands in the user's language
/// (clap's own words, "Usage:" and the options' lines, stay English).
fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    let about = [
        ("check", msg!("about-check")),
        ("render", msg!("about-render")),
        ("init", msg!("about-init")),
        ("diff", msg!("about-diff")),
        ("amend", msg!("about-amend")),
        ("schema", msg!("about-schema")),
        ("import", msg!("about-import")),
        ("dump", msg!("about-dump")),
    ];
    let mut command = Cli::command()
        .about(msg!("about-qujat").text())
        .after_help(msg!("about-exit-codes").text());
    for (name, text) in about {
        command = command.mut_subcommand(name, |c| c.about(text.text()));
    }
    let matches = command.get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
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
                None => eprintln!("{}", app::rejected_summary(&path, &report)),
            }
        }
        if summary.is_none() {
            code = exit::INVALID_INPUT;
        }
    }
    code
}

fn render(args: RenderArgs) -> i32 {
    let langs: Option<Vec<Lang>> = args.lang.iter().map(|l| Lang::from_code(l)).collect();
    let formats: Option<Vec<Format>> = args.format.iter().map(|f| Format::from_name(f)).collect();
    let (Some(langs), Some(formats)) = (langs, formats) else {
        eprintln!("error: {}", msg!("bad-lang-or-format"));
        return exit::INVALID_INPUT;
    };
    let plans = match render::collect_plans(&args.files) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::INVALID_INPUT;
        }
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let jobs = args.jobs.unwrap_or(cores).max(1);
    let options = render::Options {
        langs: once_each(langs),
        formats: once_each(formats),
        out_dir: args.out.clone(),
        combined: args.combined,
        // For --watch, which renders one changed plan at a time; a batch divides `jobs` itself.
        threads: jobs,
    };
    if let Err(clash) = render::check_batch(&plans, &options) {
        eprintln!("error: {clash}");
        return exit::INVALID_INPUT;
    }
    if let Some(dir) = &args.out
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!(
            "error: {}",
            msg!(
                "cannot-create-out",
                path = dir.display().to_string(),
                error = e.to_string()
            )
        );
        return exit::CANNOT_WRITE;
    }
    let bar = progress_bar(plans.len(), args.quiet);
    let results = render::render_many(&plans, &options, jobs, &|_| bar.inc(1));
    bar.finish_and_clear();
    let mut code = report_results(&plans, &results, args.quiet);
    if args.manifest && code == exit::OK {
        code = write_manifests(&results);
    } else if args.manifest {
        eprintln!("{}", msg!("manifest-skipped"));
    }
    if args.watch {
        watch(&plans, &options, &results);
    }
    code
}

/// One manifest.json in every folder the render wrote into.
fn write_manifests(results: &[Result<render::Rendered, render::Failure>]) -> i32 {
    let rendered: Vec<&render::Rendered> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    match qujat::manifest::write(&rendered) {
        Ok(paths) => {
            paths.iter().for_each(|p| eprintln!("{}", p.display()));
            exit::OK
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit::CANNOT_WRITE
        }
    }
}

/// Re-renders a plan when it or its template file changes, printing one line per render.
fn watch(
    plans: &[PathBuf],
    options: &render::Options,
    first: &[Result<render::Rendered, render::Failure>],
) {
    eprintln!("{}", msg!("watching", plans = plans.len()));
    render::watch(
        plans,
        options,
        first,
        &mut |plan, result, took| match result {
            Ok(done) => {
                eprint!(
                    "{}",
                    app::render_report(&done.loaded.path, &done.loaded.source, &done.loaded.report)
                );
                println!(
                    "{}",
                    msg!(
                        "watch-rendered",
                        path = plan.display().to_string(),
                        files = done.files.len(),
                        ms = took.as_millis() as u64
                    )
                );
            }
            Err(failure) => {
                let kept = match failure {
                    render::Failure::Invalid(r) => {
                        eprint!("{}", app::render_report(&r.path, &r.source, &r.report));
                        true
                    }
                    render::Failure::Internal(e) => {
                        eprintln!("error: {}", internal(plan, e));
                        true
                    }
                    render::Failure::Write(e) => {
                        eprintln!("error: {}: {e}", plan.display());
                        e.changed_nothing()
                    }
                };
                println!(
                    "{}",
                    msg!(
                        "watch-failed",
                        path = plan.display().to_string(),
                        code = failure.exit_code(),
                        kept = if kept { "yes" } else { "no" }
                    )
                );
            }
        },
    );
}

/// A progress bar on a terminal; nothing when piped or quiet.
fn progress_bar(len: usize, quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(&msg!("progress").text()) {
        bar.set_style(style);
    }
    bar
}

/// Prints every plan's problems and files, then one summary line; returns the exit code of
/// the first failure.
fn report_results(
    plans: &[PathBuf],
    results: &[Result<render::Rendered, render::Failure>],
    quiet: bool,
) -> i32 {
    let (mut files, mut warnings, mut failed, mut code) = (0, 0, 0, exit::OK);
    for (plan, result) in plans.iter().zip(results) {
        match result {
            Ok(done) => {
                eprint!(
                    "{}",
                    app::render_report(&done.loaded.path, &done.loaded.source, &done.loaded.report)
                );
                warnings += done.loaded.report.warnings();
                files += done.files.len();
                if !quiet {
                    for f in &done.files {
                        println!("{}", f.path.display());
                    }
                }
            }
            Err(failure) => {
                match failure {
                    render::Failure::Invalid(r) => {
                        warnings += r.report.warnings();
                        eprint!("{}", app::render_report(&r.path, &r.source, &r.report))
                    }
                    render::Failure::Internal(e) => eprintln!("error: {}", internal(plan, e)),
                    render::Failure::Write(e) => eprintln!("error: {}: {e}", plan.display()),
                }
                failed += 1;
                if code == exit::OK {
                    code = failure.exit_code();
                }
            }
        }
    }
    eprintln!(
        "{}",
        msg!(
            "render-summary",
            plans = plans.len(),
            files = files,
            warnings = warnings,
            failed = failed
        )
    );
    code
}

/// `--lang kk,kk` asks for Kazakh once.
fn once_each<T: PartialEq>(items: Vec<T>) -> Vec<T> {
    let mut unique = Vec::with_capacity(items.len());
    for item in items {
        if !unique.contains(&item) {
            unique.push(item);
        }
    }
    unique
}

/// A fault of qujat's while rendering `plan`.
fn internal(plan: &std::path::Path, e: &impl std::fmt::Display) -> qujat::message::Message {
    msg!(
        "internal-error",
        path = plan.display().to_string(),
        error = e.to_string()
    )
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
            e.exit_code()
        }
    }
}

fn import(files: &[PathBuf], out: Option<PathBuf>, template: Option<&str>) -> i32 {
    let path = out.unwrap_or_else(|| qujat::import::default_output(&files[0]));
    let done = qujat::import::import(files, template, &path)
        .and_then(|imported| Ok((qujat::import::write(&imported, &path)?, imported)));
    match done {
        Ok((written, imported)) => {
            eprint!("{}", qujat::import::summary(&imported, &path));
            for f in written {
                println!("{}", f.display());
            }
            exit::OK
        }
        Err(e) => {
            eprintln!("error: {e}");
            e.exit_code()
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
        eprintln!("error: {}", msg!("dump-unknown-lang", lang = lang));
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
