//! The `qujat` command: parses arguments and calls the library.

use anstream::{eprint, eprintln, print, println};
use clap::{CommandFactory, Parser, Subcommand};
use qujat::app::{self, exit};
use qujat::diagnostic::{QuotedLines, Report};
use qujat::document;
use qujat::lang::Lang;
use qujat::message_format::{self as formats, Checked, Totals};
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
    after_help = "Exit codes: 0 success, 1 internal error, 2 invalid input, 3 an output could not be written, 64 wrong usage (an unknown option, a missing or invalid argument), 130/143 stopped by Ctrl-C/SIGTERM (the unfinished write undone)."
)]
struct Cli {
    /// Language of messages: kk, ru or en (default: from LC_ALL, LC_MESSAGES or LANG, else en).
    #[arg(long, global = true, value_name = "LANG", value_parser = ["kk", "ru", "en"])]
    ui_lang: Option<String>,
    /// Colour the messages: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(
        long,
        value_enum,
        global = true,
        default_value = "auto",
        value_name = "WHEN"
    )]
    color: Color,
    /// Print nothing on success: no progress bar, list of files or summary; problems and
    /// failures are still printed.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args)]
struct RenderArgs {
    /// Plan files, and folders whose *.yaml plans are all rendered (YAML files without a
    /// `qujat:` key are skipped with a note).
    #[arg(required = true, value_name = "PLANS_OR_FOLDERS")]
    files: Vec<PathBuf>,
    /// Languages to render: kk, ru, or both.
    #[arg(long, value_delimiter = ',', default_value = "kk,ru", value_parser = ["kk", "ru"])]
    lang: Vec<String>,
    /// Formats to write: docx, pdf, or both.
    #[arg(long, value_delimiter = ',', default_value = "docx,pdf", value_parser = ["docx", "pdf"])]
    format: Vec<String>,
    /// Output folder (default: next to each plan).
    #[arg(short = 'o', long = "out", value_name = "DIR")]
    out: Option<PathBuf>,
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

/// How `check` prints its diagnostics.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum CheckFormat {
    /// `error[code]: message`, `--> file:line:column`, the source line and the help (stderr).
    Human,
    /// One JSON object per diagnostic, then a summary object (stdout).
    Json,
    /// GitHub Actions workflow commands, shown as annotations on the lines (stdout).
    Github,
    /// One SARIF 2.1.0 log for code scanning (stdout).
    Sarif,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum MessageFormat {
    /// One line per change.
    Human,
    /// One JSON object per change, then a summary object.
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Validate plans and print a one-line summary of each; problems go to stderr.
    Check {
        /// Plan files; `-` reads a plan from standard input.
        #[arg(required = true, value_name = "PLANS")]
        files: Vec<PathBuf>,
        /// How to print the problems: human, json, github or sarif.
        #[arg(long, value_enum, default_value = "human", value_name = "FORMAT")]
        message_format: CheckFormat,
        /// Fail (exit code 2) on warnings too, not only on errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Render plans into Kazakh and Russian DOCX and PDF files, written all or nothing.
    Render(RenderArgs),
    /// Write a starter plan, with comments explaining each field, that passes `check`, and
    /// plan.schema.json beside it for editors.
    Init {
        /// The template of the starter plan.
        #[arg(long, default_value = "action-plan", value_parser = ["action-plan", "schedule"])]
        template: String,
        /// Where to write the plan.
        #[arg(default_value = "plan.yaml")]
        path: PathBuf,
        /// Only write plan.schema.json into PATH's folder (PATH itself when it is a folder), or
        /// bring it up to date: for a plan copied from elsewhere, such as a sample.
        #[arg(long)]
        schema_only: bool,
    },
    /// List the changes between two versions of a plan (old, then new), with old and new item
    /// numbers: what an amendment of the plan in force must say.
    Diff {
        /// The plan in force.
        old: PathBuf,
        /// The amended plan.
        new: PathBuf,
        /// `human` (one line per change) or `json` (one object per change, then a summary).
        #[arg(long, value_enum, default_value = "human")]
        message_format: MessageFormat,
    },
    /// Write the documents of an amendment (old version, then new), per language: the changes
    /// and additions and the comparative table (DOCX, PDF), the redline (DOCX); all or nothing.
    Amend {
        /// The plan in force.
        old: PathBuf,
        /// The amended plan (its `amendment:` block gives the grif and justifications).
        new: PathBuf,
        /// Languages: kk, ru, or both.
        #[arg(long, value_delimiter = ',', default_value = "kk,ru", value_parser = ["kk", "ru"])]
        lang: Vec<String>,
        /// Formats: docx, pdf, or both (the redline is DOCX only).
        #[arg(long, value_delimiter = ',', default_value = "docx,pdf", value_parser = ["docx", "pdf"])]
        format: Vec<String>,
        /// Output folder (default: next to the new version).
        #[arg(short = 'o', long = "out", value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Print the JSON Schema of the plan format (for editors: yaml-language-server, VS Code).
    Schema {
        /// The language of the titles and descriptions an editor shows (all three are in the
        /// `x-title-*` and `x-description-*` keys in any case).
        #[arg(long, default_value = "en", value_parser = ["en", "kk", "ru"])]
        lang: String,
    },
    /// Read a plan kept in Word (a Kazakh and a Russian DOCX, one file holding both, or one
    /// language) into a plan YAML; report what was read, guessed and different.
    Import {
        /// The Word file or files.
        #[arg(required = true, num_args = 1..=2, value_name = "DOCX")]
        files: Vec<PathBuf>,
        /// Where to write the plan (default: beside the first file, named after it).
        #[arg(short = 'o', long = "out")]
        out: Option<PathBuf>,
        /// The plan's template (default: chosen from the table's columns).
        #[arg(long, value_parser = ["action-plan", "schedule"])]
        template: Option<String>,
    },
    /// Print the document model of a plan as text (to review it or diff two versions).
    Dump {
        /// The plan file; `-` reads it from standard input.
        file: PathBuf,
        /// The document's language.
        #[arg(long, default_value = "kk", value_parser = ["kk", "ru"])]
        lang: String,
    },
    /// Print a shell completion script: `source <(qujat completions bash)`.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write one per command into a folder.
    Man {
        /// Write qujat.1 and a page per command (qujat-check.1, …) into this folder.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    tune_malloc();
    // The language is needed before the arguments are parsed: `--help` speaks it too.
    ui::set(UiLang::resolve(ui_lang_argument()));
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Chosen before the arguments are parsed, so that clap's own messages obey it too.
    anstream::ColorChoice::write_global(color_choice(&args));
    let cli = match parse(&args) {
        Ok(cli) => cli,
        Err(e) => {
            // clap exits 2 on a usage error, which qujat uses for invalid plans: a script must
            // tell a wrong command line from a plan to fix.
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code as u8);
        }
    };
    if let Err(e) = qujat::output::handle_signals() {
        eprintln!(
            "warning: {}",
            msg!("signals-unavailable", error = e.to_string())
        );
    }
    let quiet = cli.quiet;
    let code = match cli.command {
        Command::Check {
            files,
            message_format,
            deny_warnings,
        } => check(&files, message_format, deny_warnings, quiet),
        Command::Render(args) => render(args, quiet),
        Command::Dump { file, lang } => dump(&file, &lang),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "qujat", &mut std::io::stdout());
            exit::OK
        }
        Command::Man { out_dir } => man(out_dir.as_deref()),
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
        Command::Schema { lang } => schema(&lang),
        Command::Init {
            path,
            schema_only: true,
            ..
        } => refresh_schema(&path, quiet),
        Command::Init { template, path, .. } => init(&template, &path, quiet),
        Command::Import {
            files,
            out,
            template,
        } => import(&files, out, template.as_deref(), quiet),
    };
    ExitCode::from(code as u8)
}

fn amend(old: &Path, new: &Path, lang: &[String], format: &[String], out: Option<PathBuf>) -> i32 {
    let langs: Option<Vec<Lang>> = lang.iter().map(|l| Lang::from_code(l)).collect();
    let formats: Option<Vec<Format>> = format.iter().map(|f| Format::from_name(f)).collect();
    let (Some(langs), Some(formats)) = (langs, formats) else {
        error(msg!("bad-lang-or-format"));
        return exit::USAGE;
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

/// Keeps freed blocks of up to a megabyte for reuse instead of handing them back to the
/// kernel: glibc at first serves blocks from 128 KiB up (a face's glyph records, the
/// compressor's window, the pages' content) with a fresh mapping each and trims the heap as
/// soon as its top is free, so every such block is faulted in page by page again. Measured:
/// the action-plan sample 1,070 -> 940 page faults a process (-0.3 ms CPU); a 10,000-item
/// plan the same CPU and a 5 % lower peak. Larger limits (32 MiB) cost that plan 13 % more
/// peak memory for no further gain.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_malloc() {
    const MMAP_THRESHOLD: libc::c_int = 1 << 20;
    const TRIM_THRESHOLD: libc::c_int = 2 << 20;
    // SAFETY: mallopt only sets allocator parameters; it is called before any other thread
    // exists, and a value it refuses leaves glibc's default in place, which is still correct.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_malloc() {}

/// The arguments, with the descriptions of qujat and its commands in the user's language
/// (clap's own words, "Usage:" and the options' lines, stay English).
fn parse(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    use clap::error::ErrorKind;
    // The descriptions are only shown by help, and formatting them means parsing the user's
    // catalogue (most of what `qujat --version` costs): they are added only when clap is
    // about to show help, and the arguments parsed again so that clap shows them.
    let matches = match Cli::command().try_get_matches_from(args) {
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            described().try_get_matches_from(args)?
        }
        parsed => parsed?,
    };
    Cli::from_arg_matches(&matches)
}

/// The command with its descriptions in the user's language, as help shows them.
fn described() -> clap::Command {
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
    command
}

/// The colour choice `--color` asks for, read before clap parses the arguments; `auto` leaves
/// it to the stream (a terminal, `NO_COLOR`, `CLICOLOR_FORCE`).
fn color_choice(args: &[std::ffi::OsString]) -> anstream::ColorChoice {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut choice = None;
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(value) = word.strip_prefix("--color=") {
            choice = Some(value.to_string());
        } else if word == "--color" {
            choice = words.next().map(|v| v.into_owned());
        }
    }
    match choice.as_deref() {
        Some("always") => anstream::ColorChoice::Always,
        Some("never") => anstream::ColorChoice::Never,
        _ => anstream::ColorChoice::Auto,
    }
}

/// `error: …` in cargo's colours.
fn error(message: impl std::fmt::Display) {
    let style = anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Red.into()));
    eprintln!("{style}error{style:#}: {message}");
}

/// A plan's diagnostics as `check` prints them, coloured (the stream drops the colours where
/// none are wanted), from the lines of the plan they quote.
fn human(path: &Path, lines: &QuotedLines, report: &Report) -> String {
    report.render_styled(&path.display().to_string(), lines)
}

/// Why a plan was rejected, as `check` prints it.
fn human_rejected(r: &app::Rejected) -> String {
    human(
        &r.path,
        &QuotedLines::of_plan(&r.source, &r.report),
        &r.report,
    )
}

/// A plan file, or standard input for `-`.
fn load(file: &Path) -> Result<app::Loaded, app::Rejected> {
    if file == Path::new("-") {
        app::load_stdin()
    } else {
        app::load(file)
    }
}

/// A plan as `check` found it.
struct CheckedFile {
    name: String,
    /// The lines of the plan that its diagnostics quote; the rest of its text is let go.
    quoted: QuotedLines,
    report: Report,
    /// `check`'s one-line summary, when the plan loads.
    summary: Option<String>,
    /// Rejected, or warned about under `--deny-warnings`.
    failed: bool,
}

impl CheckedFile {
    fn read(file: &Path, deny_warnings: bool) -> CheckedFile {
        let (path, source, report, summary) = match load(file) {
            Ok(loaded) => {
                let summary = app::summary(&loaded).text();
                (loaded.path, loaded.source, loaded.report, Some(summary))
            }
            Err(rejected) => (rejected.path, rejected.source, rejected.report, None),
        };
        let failed = summary.is_none() || (deny_warnings && report.warnings() > 0);
        CheckedFile {
            name: path.display().to_string(),
            quoted: QuotedLines::of_plan(&source, &report),
            report,
            summary,
            failed,
        }
    }

    fn checked(&self) -> Checked<'_> {
        Checked {
            path: &self.name,
            quoted: &self.quoted,
            report: &self.report,
        }
    }

    /// The diagnostics on stderr, then the summary line: stdout when the plan passed.
    fn print_human(&self, quiet: bool) {
        eprint!("{}", self.report.render_styled(&self.name, &self.quoted));
        match &self.summary {
            Some(line) if !self.failed => {
                if !quiet {
                    println!("{line}")
                }
            }
            Some(_) => eprintln!(
                "{}",
                msg!(
                    "check-denied",
                    path = self.name.clone(),
                    warnings = self.report.warnings()
                )
            ),
            None => eprintln!(
                "{}",
                msg!(
                    "check-failed",
                    path = self.name.clone(),
                    errors = self.report.errors(),
                    warnings = self.report.warnings()
                )
            ),
        }
    }
}

fn check(files: &[PathBuf], format: CheckFormat, deny_warnings: bool, quiet: bool) -> i32 {
    let mut totals = Totals::default();
    // SARIF is one document for the whole run; the other forms print as each plan is checked.
    let mut for_sarif = Vec::new();
    for file in files {
        let one = CheckedFile::read(file, deny_warnings);
        totals.add(&one.report, one.failed);
        match format {
            CheckFormat::Human => one.print_human(quiet),
            CheckFormat::Json => print!("{}", formats::json_lines(&one.checked())),
            CheckFormat::Github => print!("{}", formats::github(&one.checked())),
            CheckFormat::Sarif => for_sarif.push(one),
        }
    }
    let code = if totals.failed > 0 {
        exit::INVALID_INPUT
    } else {
        exit::OK
    };
    match format {
        CheckFormat::Json => println!("{}", formats::json_summary(&totals)),
        CheckFormat::Sarif => {
            let files: Vec<Checked> = for_sarif.iter().map(CheckedFile::checked).collect();
            let cwd = std::env::current_dir().unwrap_or_default();
            println!("{:#}", formats::sarif(&files, &cwd));
        }
        CheckFormat::Github if !quiet || code != exit::OK => eprintln!(
            "{}",
            msg!(
                "check-totals",
                plans = totals.files,
                failed = totals.failed,
                errors = totals.errors,
                warnings = totals.warnings
            )
        ),
        CheckFormat::Github | CheckFormat::Human => {}
    }
    code
}

fn man(out_dir: Option<&Path>) -> i32 {
    let command = Cli::command();
    let done = match out_dir {
        None => clap_mangen::Man::new(command).render(&mut std::io::stdout()),
        Some(dir) => {
            std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(command, dir))
        }
    };
    let Err(e) = done else {
        return exit::OK;
    };
    match out_dir {
        Some(dir) => error(msg!(
            "man-cannot-write",
            path = dir.display().to_string(),
            error = e.to_string()
        )),
        None => error(e),
    }
    exit::CANNOT_WRITE
}

fn render(args: RenderArgs, quiet: bool) -> i32 {
    let langs: Option<Vec<Lang>> = args.lang.iter().map(|l| Lang::from_code(l)).collect();
    let formats: Option<Vec<Format>> = args.format.iter().map(|f| Format::from_name(f)).collect();
    let (Some(langs), Some(formats)) = (langs, formats) else {
        error(msg!("bad-lang-or-format"));
        return exit::USAGE;
    };
    let collected = match render::collect_plans(&args.files) {
        Ok(c) => c,
        Err(e) => {
            error(e);
            return exit::INVALID_INPUT;
        }
    };
    if !quiet {
        for skipped in &collected.skipped {
            eprintln!(
                "note: {}",
                msg!("skipped-not-plan", path = skipped.display().to_string())
            );
        }
    }
    let plans = collected.plans;
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
        error(clash);
        return exit::INVALID_INPUT;
    }
    if let Some(dir) = &args.out
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        error(msg!(
            "cannot-create-out",
            path = dir.display().to_string(),
            error = e.to_string()
        ));
        return exit::CANNOT_WRITE;
    }
    let bar = progress_bar(plans.len(), quiet);
    let results = render::render_many(&plans, &options, jobs, &|_| bar.inc(1));
    bar.finish_and_clear();
    let mut code = report_results(&plans, &results, quiet);
    if args.manifest && code == exit::OK {
        code = write_manifests(&results, quiet);
    } else if args.manifest {
        eprintln!("{}", msg!("manifest-skipped"));
    }
    if args.watch {
        watch(&plans, &options, &results);
    }
    // The process ends with this command: the system takes its memory back at once, where
    // freeing a large plan's model piece by piece took 15–20 ms of the main thread after the
    // files were written (10,000 items).
    std::mem::forget(results);
    code
}

/// One manifest.json in every folder the render wrote into.
fn write_manifests(results: &[Result<render::Rendered, render::Failure>], quiet: bool) -> i32 {
    let rendered: Vec<&render::Rendered> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    match qujat::manifest::write(&rendered) {
        Ok(paths) => {
            for p in paths.iter().filter(|_| !quiet) {
                eprintln!("{}", p.display());
            }
            exit::OK
        }
        Err(e) => {
            error(e);
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
                eprint!("{}", done.problems);
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
                        eprint!("{}", human_rejected(r));
                        true
                    }
                    render::Failure::Internal(e) => {
                        error(internal(plan, e));
                        true
                    }
                    render::Failure::Write(e) => {
                        error(format!("{}: {e}", plan.display()));
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
                eprint!("{}", done.problems);
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
                        eprint!("{}", human_rejected(r))
                    }
                    render::Failure::Internal(e) => error(internal(plan, e)),
                    render::Failure::Write(e) => error(format!("{}: {e}", plan.display())),
                }
                failed += 1;
                if code == exit::OK {
                    code = failure.exit_code();
                }
            }
        }
    }
    if quiet && code == exit::OK {
        return code;
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

fn init(template: &str, path: &std::path::Path, quiet: bool) -> i32 {
    match app::init(template, path) {
        Ok(files) => {
            for f in files.iter().filter(|_| !quiet) {
                println!("{}", f.display());
            }
            exit::OK
        }
        Err(e) => {
            error(&e);
            e.exit_code()
        }
    }
}

fn import(files: &[PathBuf], out: Option<PathBuf>, template: Option<&str>, quiet: bool) -> i32 {
    let path = out.unwrap_or_else(|| qujat::import::default_output(&files[0]));
    let done = qujat::import::import(files, template, &path)
        .and_then(|imported| Ok((qujat::import::write(&imported, &path)?, imported)));
    match done {
        Ok((written, imported)) => {
            if !quiet {
                eprint!("{}", qujat::import::summary(&imported, &path));
                for f in written {
                    println!("{}", f.display());
                }
            }
            exit::OK
        }
        Err(e) => {
            error(&e);
            e.exit_code()
        }
    }
}

fn refresh_schema(path: &Path, quiet: bool) -> i32 {
    let dir = if path.is_dir() {
        path
    } else {
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
    };
    match app::refresh_schema(dir) {
        Ok(Some(file)) if !quiet => {
            println!("{}", file.display());
            exit::OK
        }
        Ok(_) => exit::OK,
        Err(e) => {
            error(&e);
            e.exit_code()
        }
    }
}

fn schema(lang: &str) -> i32 {
    let mut schema = qujat::plan::schema::json_schema().clone();
    qujat::plan::schema::texts::in_language(&mut schema, lang);
    match serde_json::to_string_pretty(&schema) {
        Ok(text) => {
            println!("{text}");
            exit::OK
        }
        Err(e) => {
            error(e);
            exit::INTERNAL
        }
    }
}

fn dump(file: &std::path::Path, lang: &str) -> i32 {
    let Some(lang) = Lang::from_code(lang) else {
        error(msg!("dump-unknown-lang", lang = lang));
        return exit::USAGE;
    };
    let loaded = match load(file) {
        Ok(l) => l,
        Err(r) => {
            eprint!("{}", human_rejected(&r));
            return exit::INVALID_INPUT;
        }
    };
    match document::build(&loaded.plan, &loaded.template, lang) {
        Ok(doc) => {
            print!("{}", document::dump(&doc));
            exit::OK
        }
        Err(e) => {
            error(e);
            exit::INTERNAL
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--help` describes every argument of every command.
    #[test]
    fn every_argument_has_a_description() {
        let mut command = Cli::command();
        command.build();
        let mut missing = Vec::new();
        let mut commands = vec![&command];
        while let Some(c) = commands.pop() {
            for arg in c.get_arguments() {
                let builtin = ["help", "version"].contains(&arg.get_id().as_str());
                if arg.get_help().is_none() && !builtin {
                    missing.push(format!("{} {}", c.get_name(), arg.get_id()));
                }
            }
            if c.get_about().is_none() {
                missing.push(c.get_name().to_string());
            }
            commands.extend(c.get_subcommands());
        }
        assert!(missing.is_empty(), "no description: {missing:?}");
        command.debug_assert();
    }

    #[test]
    fn color_is_chosen_before_parsing() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let choice = |a: &[&str]| color_choice(&args(a));
        assert_eq!(
            choice(&["qujat", "--color", "always", "check"]),
            anstream::ColorChoice::Always
        );
        assert_eq!(
            choice(&["qujat", "check", "--color=never"]),
            anstream::ColorChoice::Never
        );
        assert_eq!(
            choice(&["qujat", "check", "--", "--color=never"]),
            anstream::ColorChoice::Auto
        );
    }
}
