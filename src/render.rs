//! `qujat render`: a plan file → its documents in the chosen languages and formats, written
//! all or nothing next to the plan or in an output folder.

use crate::app::{self, Loaded, Rejected, exit};
use crate::diagnostic::QuotedLines;
use crate::document::{self, BuildError, Document, RowSource};
use crate::docx::DocxError;
use crate::lang::Lang;
use crate::layout::{LayoutError, Unfit};
use crate::output::{self, Output, WriteError};
use crate::pdf::PdfError;
use crate::plan::Plan;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Docx,
    Pdf,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Docx, Format::Pdf];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.extension() == name)
    }
}

#[derive(Clone, Debug)]
pub struct Options {
    pub langs: Vec<Lang>,
    pub formats: Vec<Format>,
    /// Where to write; `None` writes next to the plan.
    pub out_dir: Option<PathBuf>,
    /// One file per format holding every language, in the template's order, instead of one
    /// file per language.
    pub combined: bool,
    /// Threads one plan may use: its languages are rendered side by side.
    pub threads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            langs: Lang::ALL.to_vec(),
            formats: Format::ALL.to_vec(),
            out_dir: None,
            combined: false,
            threads: 1,
        }
    }
}

pub enum Failure {
    Invalid(Box<Rejected>),
    Internal(RenderError),
    Write(WriteError),
}

/// A plan that loaded but could not be rendered: the stage, the language(s) and the writer's
/// own error. `check` rejects every input that would cause one, so each is a fault of qujat's.
#[derive(Debug)]
pub enum RenderError {
    /// Building a language's document (a fixed phrase the locale could not give).
    Document {
        lang: Lang,
        error: BuildError,
    },
    /// Laying out a language's pages.
    Layout {
        lang: Lang,
        error: LayoutError,
    },
    Docx {
        langs: Vec<Lang>,
        error: DocxError,
    },
    Pdf {
        langs: Vec<Lang>,
        error: PdfError,
    },
    /// A rendering thread panicked; the panic's message is on stderr already.
    Panicked,
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let codes = |langs: &[Lang]| langs.iter().map(|l| l.code()).collect::<Vec<_>>().join("+");
        match self {
            RenderError::Document { lang, error } => write!(f, "{lang} document: {error}"),
            RenderError::Layout { lang, error } => write!(f, "{lang} page layout: {error}"),
            RenderError::Docx { langs, error } => write!(f, "{} DOCX: {error}", codes(langs)),
            RenderError::Pdf { langs, error } => write!(f, "{} PDF: {error}", codes(langs)),
            RenderError::Panicked => f.write_str("the renderer stopped (see the message above)"),
        }
    }
}

impl std::error::Error for RenderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RenderError::Document { error, .. } => Some(error),
            RenderError::Layout { error, .. } => Some(error),
            RenderError::Docx { error, .. } => Some(error),
            RenderError::Pdf { error, .. } => Some(error),
            RenderError::Panicked => None,
        }
    }
}

impl Failure {
    pub fn exit_code(&self) -> i32 {
        match self {
            Failure::Invalid(_) => exit::INVALID_INPUT,
            Failure::Internal(_) => exit::INTERNAL,
            Failure::Write(_) => exit::CANNOT_WRITE,
        }
    }
}

/// A file a render wrote, with what a publisher needs to know of it.
#[derive(Clone, Debug)]
pub struct FileInfo {
    pub path: PathBuf,
    pub langs: Vec<Lang>,
    pub format: Format,
    /// Pages as qujat lays the document out: the PDF's, and the DOCX's as it expresses them.
    pub pages: usize,
    pub bytes: usize,
    pub sha256: String,
}

pub struct Rendered {
    /// The plan as loaded, without its text: its `source` is empty.
    pub loaded: Loaded,
    /// The plan's diagnostics as `render` prints them (every error, ten warnings of each
    /// kind and a note counting the rest: [`crate::diagnostic::Report::capped`]), styled: a
    /// stream that shows no colour strips the styles.
    pub problems: String,
    pub files: Vec<FileInfo>,
}

/// How many warnings of one code `render` prints for a plan; one note counts the rest and
/// points to `qujat check`, which lists them all.
pub const WARNINGS_SHOWN_PER_CODE: usize = 10;

/// One output in memory, before it is written.
pub struct Produced {
    pub output: Output,
    pub langs: Vec<Lang>,
    pub format: Format,
    pub pages: usize,
    /// The SHA-256 of the bytes, in lower-case hexadecimal: taken where the bytes are made,
    /// on the language's thread, rather than on the one thread that writes them afterwards.
    pub sha256: String,
}

/// Loads, renders and writes one plan.
pub fn render_file(path: &Path, options: &Options) -> Result<Rendered, Failure> {
    prepare_in_background();
    let mut loaded = app::load(path).map_err(|r| Failure::Invalid(Box::new(r)))?;
    // The text is kept only to quote it in the diagnostics printed, and each quotes one
    // line: the whole text would sit beside the layouts (20 MB of a 10,000-item plan) for the
    // few lines printed at the end.
    let shown = loaded.report.capped(WARNINGS_SHOWN_PER_CODE);
    let quoted = QuotedLines::of_plan(&std::mem::take(&mut loaded.source), &shown.shown);
    let files = render_loaded(&loaded, &output_dir(path, options), options)?;
    let problems = shown.render_styled(&loaded.path.display().to_string(), &quoted);
    Ok(Rendered {
        problems,
        files,
        loaded,
    })
}

/// Renders a loaded plan into `dir`, all or nothing. The folder is touched only from here, so
/// an invalid plan never locks it nor leaves a journal. The write begins before the rendering
/// and each file goes to its hidden name as soon as its language has made it, so that no
/// finished file is held while the next is made and the disk works while the rendering goes
/// on; any error after that undoes the write, and the folder holds what it held. A folder
/// that another write holds (another plan of a batch, another process) is not waited for:
/// the files are made in memory meanwhile and written at the end, as one write.
pub fn render_loaded(
    loaded: &Loaded,
    dir: &Path,
    options: &Options,
) -> Result<Vec<FileInfo>, Failure> {
    let names = output_names(loaded, options);
    match output::try_begin(dir, &names).map_err(Failure::Write)? {
        Some(staging) => render_staged(loaded, options, &names, staging),
        None => render_in_memory(loaded, dir, options),
    }
}

/// What the summary and the manifest say of a file, kept once its bytes are written.
struct About {
    langs: Vec<Lang>,
    format: Format,
    pages: usize,
    bytes: usize,
    sha256: String,
}

impl About {
    fn of(p: &Produced) -> About {
        About {
            langs: p.langs.clone(),
            format: p.format,
            pages: p.pages,
            bytes: p.output.bytes.len(),
            sha256: p.sha256.clone(),
        }
    }

    fn file(self, path: PathBuf) -> FileInfo {
        FileInfo {
            path,
            langs: self.langs,
            format: self.format,
            pages: self.pages,
            bytes: self.bytes,
            sha256: self.sha256,
        }
    }
}

/// Every file made in memory, then written in one write.
fn render_in_memory(
    loaded: &Loaded,
    dir: &Path,
    options: &Options,
) -> Result<Vec<FileInfo>, Failure> {
    let produced = outputs(loaded, options).map_err(Failure::Internal)?;
    let (files, about): (Vec<Output>, Vec<About>) = produced
        .into_iter()
        .map(|p| {
            let about = About::of(&p);
            (p.output, about)
        })
        .unzip();
    let paths = output::write_all(dir, &files).map_err(Failure::Write)?;
    Ok(about
        .into_iter()
        .zip(paths)
        .map(|(a, p)| a.file(p))
        .collect())
}

/// Every file staged as soon as its language has made it, then committed.
fn render_staged(
    loaded: &Loaded,
    options: &Options,
    names: &[String],
    staging: output::Staging<'static>,
) -> Result<Vec<FileInfo>, Failure> {
    let stager = Stager {
        staging: &staging,
        names,
        about: Mutex::new(names.iter().map(|_| None).collect()),
        failed: AtomicBool::new(false),
    };
    let (rendered, staged) = std::thread::scope(|scope| {
        let pending = Mutex::new(Vec::new());
        let sink = |files| stager.hand_over(scope, &pending, files);
        let rendered = outputs_into(loaded, options, &sink);
        let pending = pending.into_inner().unwrap_or_else(PoisonError::into_inner);
        (rendered, Staged::joined(pending))
    });
    if let Err(Stopped::Render(e)) = rendered {
        // `staging` is dropped: the write is undone.
        return Err(Failure::Internal(e));
    }
    for result in staged {
        match result {
            None => return Err(Failure::Internal(RenderError::Panicked)),
            Some(Err(e)) => return Err(Failure::Write(staging.fail(e))),
            Some(Ok(())) => {}
        }
    }
    let about = stager.about.into_inner();
    let paths = staging.commit().map_err(Failure::Write)?;
    let about = about.unwrap_or_else(PoisonError::into_inner);
    Ok(about
        .into_iter()
        .zip(paths)
        .filter_map(|(a, p)| Some(a?.file(p)))
        .collect())
}

/// The files of a render on their way to disk.
struct Stager<'a> {
    staging: &'a output::Staging<'static>,
    /// The names the write began with, in their order.
    names: &'a [String],
    about: Mutex<Vec<Option<About>>>,
    /// A file could not be staged: the write will fail, no further language need start.
    failed: AtomicBool,
}

impl Stager<'_> {
    /// Takes one language's files: what is said of them is kept, and their bytes go to a
    /// thread of their own that writes and syncs them, so that the language's thread goes on
    /// (a large plan's next language) while the disk works. The bytes are dropped as soon as
    /// they are on disk.
    fn hand_over<'scope>(
        &'scope self,
        scope: &'scope std::thread::Scope<'scope, '_>,
        pending: &Mutex<Vec<Staged<'scope>>>,
        files: Vec<Produced>,
    ) -> Result<(), ()> {
        if self.failed.load(Ordering::SeqCst) {
            return Err(());
        }
        let (first, batch) = self.keep_about(files);
        // The thread's copy is the last one once this returns.
        let batch = Arc::new(batch);
        let theirs = Arc::clone(&batch);
        let spawned = std::thread::Builder::new()
            .name("stage".into())
            .spawn_scoped(scope, move || self.stage(&theirs));
        let staged = match spawned {
            Ok(handle) => Staged::Thread(first, handle),
            // No thread to be had: staged on this one.
            Err(_) => Staged::Done(first, self.stage(&batch)),
        };
        pending
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(staged);
        Ok(())
    }

    /// Keeps what the summary and the manifest say of `files`: their bytes, and the index of
    /// the first of them among the names.
    fn keep_about(&self, files: Vec<Produced>) -> (usize, Vec<Output>) {
        let mut about = self.about.lock().unwrap_or_else(PoisonError::into_inner);
        let mut first = self.names.len();
        let mut batch = Vec::with_capacity(files.len());
        for p in files {
            if let Some(i) = self.names.iter().position(|n| *n == p.output.name) {
                about[i] = Some(About::of(&p));
                first = first.min(i);
            }
            batch.push(p.output);
        }
        (first, batch)
    }

    fn stage(&self, batch: &[Output]) -> Result<(), WriteError> {
        let result = self.staging.stage(batch);
        if result.is_err() {
            self.failed.store(true, Ordering::SeqCst);
        }
        result
    }
}

/// A language's files being staged: on a thread of their own, or staged already where no
/// thread could be had. Tagged with the index of their first file, for the order of errors.
enum Staged<'scope> {
    Thread(
        usize,
        std::thread::ScopedJoinHandle<'scope, Result<(), WriteError>>,
    ),
    Done(usize, Result<(), WriteError>),
}

impl Staged<'_> {
    /// How each staging ended (`None`: its thread panicked), in the order of the names.
    fn joined(pending: Vec<Staged>) -> Vec<Option<Result<(), WriteError>>> {
        let mut ended: Vec<(usize, Option<Result<(), WriteError>>)> = pending
            .into_iter()
            .map(|s| match s {
                Staged::Thread(i, handle) => (i, handle.join().ok()),
                Staged::Done(i, result) => (i, Some(result)),
            })
            .collect();
        ended.sort_by_key(|(i, _)| *i);
        ended.into_iter().map(|(_, r)| r).collect()
    }
}

/// Starts, once per process and on a thread of its own, what every render sets up once: the
/// bundled faces (for measuring and for the PDF), the built-in templates, the Russian
/// hyphenation patterns, the Fluent locales, a PDF compressor for each language's thread, the
/// CPU's features and heap room faulted in for the threads that render (see [`crate::warm`]).
/// Loading the plan runs meanwhile on the calling thread, where these used to wait for it: a
/// few milliseconds of a sample's render. Whoever needs one of them first waits for it, so
/// nothing is set up twice (a compressor not ready yet is set up by its thread instead).
fn prepare_in_background() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        // Room in this thread's heap for loading and its language, faulted in over there.
        let room = crate::warm::make_room(crate::warm::MAIN_ROOM);
        // Without a thread (the system refuses one) everything is set up on first use instead.
        let started = std::thread::Builder::new()
            .name("prepare".into())
            .spawn(move || {
                crate::warm::cpu_features();
                crate::warm::fault_in(room);
                crate::fonts::Style::Regular.face();
                crate::template::Template::prepare();
                for lang in Lang::ALL {
                    let _ = crate::locale::Locale::get(lang);
                    crate::layout::hyphenate::points("подготовка", lang);
                }
                crate::pdf::prepare(Lang::ALL.len());
                // This thread's heap goes to the next thread started (the other language's):
                // faulted in here, it is room that thread need not fault in itself.
                crate::warm::fault_in(crate::warm::make_room(crate::warm::THREAD_ROOM));
            });
        if let (Ok(thread), Ok(mut slot)) = (started, PREPARING.lock()) {
            *slot = Some(thread);
        }
    });
}

/// The `prepare` thread while it runs.
static PREPARING: std::sync::Mutex<Option<std::thread::JoinHandle<()>>> =
    std::sync::Mutex::new(None);

/// Waits for the `prepare` thread to end, if it has not: glibc hands a thread's heap to the
/// next thread that allocates after it ended, and the other language's thread, started next,
/// should get that heap with its room faulted in (see [`crate::warm`]), not a fresh one. The
/// thread ends well before a plan has loaded, so this rarely waits.
fn prepared() {
    let running = PREPARING.lock().ok().and_then(|mut slot| slot.take());
    if let Some(thread) = running {
        let _ = thread.join();
    }
}

/// The folder a plan's files go to: `-o`, or the plan's own folder.
pub fn output_dir(plan: &Path, options: &Options) -> PathBuf {
    match &options.out_dir {
        Some(d) => d.clone(),
        None => plan
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf(),
    }
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Every requested output of a loaded plan, in memory: `<stem>.<lang>.<ext>`, or with
/// `combined` one `<stem>.<lang>-<lang>.<ext>` per format; in the order of [`output_names`].
pub fn outputs(loaded: &Loaded, options: &Options) -> Result<Vec<Produced>, RenderError> {
    let made = Mutex::new(Vec::new());
    let kept = outputs_into(loaded, options, &|files| {
        made.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend(files);
        Ok::<(), std::convert::Infallible>(())
    });
    if let Err(stopped) = kept {
        return Err(match stopped {
            Stopped::Render(e) => e,
            Stopped::Sink(never) => match never {},
        });
    }
    let mut made = made.into_inner().unwrap_or_else(PoisonError::into_inner);
    let names = output_names(loaded, options);
    made.sort_by_key(|p| names.iter().position(|n| *n == p.output.name));
    Ok(made)
}

/// Why [`outputs_into`] stopped: a render error, or its sink's.
pub enum Stopped<E> {
    Render(RenderError),
    Sink(E),
}

/// Every requested output of a loaded plan, handed to `sink` as soon as it is made: each
/// language's files together, on that language's thread (two languages may call it at once).
/// After an error, of the render or of the sink, no further language starts; the first
/// error in the order of the languages is returned.
pub fn outputs_into<E: Send>(
    loaded: &Loaded,
    options: &Options,
    sink: &(dyn Fn(Vec<Produced>) -> Result<(), E> + Sync),
) -> Result<(), Stopped<E>> {
    prepared();
    let stem = stem(&loaded.path);
    if options.combined {
        let files = combined(loaded, options, &stem).map_err(Stopped::Render)?;
        return sink(files).map_err(Stopped::Sink);
    }
    // Each language is independent of the other: on two threads the plan takes half the time.
    // Threads left over (one language asked for, or more threads than languages) go to each
    // language's PDF, written on a thread of its own as the pages come.
    let lang_threads = options.threads.clamp(1, options.langs.len().max(1));
    let writer_threads = (options.threads / lang_threads).max(1);
    let stop = AtomicBool::new(false);
    let language = |lang: &Lang| {
        if stop.load(Ordering::SeqCst) {
            // An earlier language's error is the one returned.
            return Ok(());
        }
        let made = language_outputs(loaded, *lang, &options.formats, &stem, writer_threads)
            .map_err(Stopped::Render)
            .and_then(|files| sink(files).map_err(Stopped::Sink));
        if made.is_err() {
            stop.store(true, Ordering::SeqCst);
        }
        made
    };
    // Loading a large plan leaves this thread's heap (glibc's main arena) holding the plan
    // among tens of megabytes of the parse's freed chunks, where every allocation of a
    // language rendered here costs more: a large plan's languages get threads, and so heaps,
    // of their own (generated 10,000 items: CPU -7 %, peak +2.4 MB). A small plan's heap is
    // not worth a thread start and a fresh heap's page faults (the sample +0.5 ms of CPU).
    let per_language = if large(&loaded.plan) {
        crate::parallel::map_spawned(&options.langs, lang_threads, language)
    } else {
        crate::parallel::map(&options.langs, lang_threads, language)
    };
    for result in per_language {
        result.ok_or(Stopped::Render(RenderError::Panicked))??;
    }
    Ok(())
}

/// The names of the files [`outputs`] makes of this plan, in its order: known before anything
/// is made, so that their write can begin first.
pub fn output_names(loaded: &Loaded, options: &Options) -> Vec<String> {
    let stem = stem(&loaded.path);
    let bases: Vec<String> = if options.combined {
        let codes: Vec<&str> = combined_langs(loaded, options)
            .iter()
            .map(|l| l.code())
            .collect();
        vec![codes.join("-")]
    } else {
        options.langs.iter().map(|l| l.code().to_string()).collect()
    };
    bases
        .iter()
        .flat_map(|base| {
            let stem = &stem;
            options
                .formats
                .iter()
                .map(move |f| format!("{stem}.{base}.{}", f.extension()))
        })
        .collect()
}

/// The fewest items for which a plan's table rows are built as the paginator reaches them
/// rather than all at once: below it the whole document is small and building it whole was
/// measured cheaper (docs/performance.md, "Rows built as the paginator reaches them", when
/// the glyph check still built each row a second time). Above it, too, the languages run on threads of their own (see
/// [`outputs_into`]).
pub const STREAMED_ROWS_MIN_ITEMS: usize = 2_500;

/// A plan of more than [`STREAMED_ROWS_MIN_ITEMS`] items.
fn large(plan: &Plan) -> bool {
    plan.items().nth(STREAMED_ROWS_MIN_ITEMS).is_some()
}

/// Drawn pages on their way to the PDF's thread at most: enough to keep both threads busy.
const PAGES_IN_FLIGHT: usize = 16;

/// The first part of every output's name: the plan file's name without its extension.
fn stem(plan: &Path) -> String {
    plan.file_stem()
        .map_or("plan".into(), |s| s.to_string_lossy().into_owned())
}

/// One language's files, from one layout: the DOCX and the PDF show the same pages. Each page
/// goes to both writers as soon as it is laid out, and what no later page shows is dropped.
/// With `threads` above one, the PDF is written on a thread of its own.
fn language_outputs(
    loaded: &Loaded,
    lang: Lang,
    formats: &[Format],
    stem: &str,
    threads: usize,
) -> Result<Vec<Produced>, RenderError> {
    let built = |error| RenderError::Document { lang, error };
    let (plan, template) = (&loaded.plan, &loaded.template);
    // A large plan's table rows are built as the paginator reaches them, so that the language
    // holds about a page of its document model. A small plan's document is built whole:
    // small either way, and measured cheaper when each streamed row was built twice (the
    // action-plan sample 82.1 -> 80.2 M instructions).
    if large(plan) {
        let (doc, mut rows) = document::build_streamed(plan, template, lang).map_err(built)?;
        language_files(&doc, &mut rows, lang, formats, stem, threads)
    } else {
        let doc = document::build(plan, template, lang).map_err(built)?;
        language_files(
            &doc,
            &mut doc.table.rows.as_slice(),
            lang,
            formats,
            stem,
            threads,
        )
    }
}

/// [`language_outputs`] of `doc`, its table's rows from `rows`.
fn language_files<R: RowSource>(
    doc: &Document,
    rows: &mut R,
    lang: Lang,
    formats: &[Format],
    stem: &str,
    threads: usize,
) -> Result<Vec<Produced>, RenderError>
where
    BuildError: From<R::Error>,
{
    let style = crate::layout::style::Style::of(doc);
    let (docx, pdf) = (
        formats.contains(&Format::Docx),
        formats.contains(&Format::Pdf),
    );
    let mut files = Vec::new();
    let pages = if docx && pdf && threads > 1 {
        std::thread::scope(|scope| {
            let (pages, drawn) = std::sync::mpsc::sync_channel(PAGES_IN_FLIGHT);
            let mut w = crate::pdf::Writer::new(&doc.meta);
            let written = scope.spawn(move || {
                // After an error the pages are still taken, so that the layout never waits.
                let failed = drawn.into_iter().find_map(|page| w.page(&page).err());
                failed
                    .map_or_else(|| w.finish(), Err)
                    .map_err(pdf_error(lang))
            });
            // A PDF thread that stopped has its error; the pages it would have had are dropped.
            let sent = stream_pages(
                doc,
                rows,
                &style,
                lang,
                true,
                Some(move |page| {
                    let _ = pages.send(page);
                    Ok(())
                }),
            )?;
            files.push((
                Format::Pdf,
                written.join().map_err(|_| RenderError::Panicked)??,
            ));
            Ok::<_, RenderError>(sent)
        })?
    } else {
        let mut w = pdf.then(|| crate::pdf::Writer::new(&doc.meta));
        let sink = w
            .as_mut()
            .map(|w| |page: crate::layout::Page| w.page(&page).map_err(pdf_error(lang)));
        let sent = stream_pages(doc, rows, &style, lang, docx, sink)?;
        if let Some(w) = w {
            files.push((Format::Pdf, w.finish().map_err(pdf_error(lang))?));
        }
        sent
    };
    let (docx_bytes, count) = pages;
    if let Some(bytes) = docx_bytes {
        files.push((Format::Docx, bytes));
    }
    // In the order the formats were asked for.
    files.sort_by_key(|(f, _)| formats.iter().position(|x| x == f));
    Ok(files
        .into_iter()
        .map(|(format, bytes)| produced(format!("{stem}.{lang}"), format, bytes, vec![lang], count))
        .collect())
}

/// Lays `doc` out in `style`, its table's rows from `rows`, each page written into a DOCX
/// (with `docx`) and drawn for `pdf` as soon as it is complete: the DOCX's bytes, and how many
/// pages there were. Laid out even for a DOCX alone: the page count goes into the summary and
/// the manifest. A writer's error stops the writing; the layout runs to its end regardless.
fn stream_pages<R: RowSource>(
    doc: &Document,
    rows: &mut R,
    style: &crate::layout::style::Style,
    lang: Lang,
    docx: bool,
    mut pdf: Option<impl FnMut(crate::layout::Page) -> Result<(), RenderError>>,
) -> Result<(Option<Vec<u8>>, usize), RenderError>
where
    BuildError: From<R::Error>,
{
    let docx_error = |error| RenderError::Docx {
        langs: vec![lang],
        error,
    };
    let mut writer = match docx {
        true => Some(crate::docx::Writer::new(&doc.meta, style).map_err(docx_error)?),
        false => None,
    };
    if let Some(w) = &mut writer {
        w.begin(doc, 0, true);
    }
    let mut index = 0;
    let mut page = |blocks: &[crate::layout::flow::Block], plan| -> Result<(), RenderError> {
        let i = index;
        index += 1;
        if let Some(w) = &mut writer {
            w.page(style, blocks, &plan).map_err(docx_error)?;
        }
        if let Some(pdf) = &mut pdf {
            pdf(crate::layout::draw_page(style, blocks, &plan, i))?;
        }
        Ok(())
    };
    let mut failed = None;
    let streamed = crate::layout::stream(doc, rows, style, |blocks, plan| {
        if failed.is_none() {
            failed = page(blocks, plan).err();
        }
    })
    .map_err(|unfit| match unfit {
        Unfit::Row(error) => RenderError::Document {
            lang,
            error: error.into(),
        },
        Unfit::Glyph(error) => RenderError::Layout {
            lang,
            error: LayoutError::Glyph(error),
        },
        Unfit::Grid(error) => RenderError::Layout {
            lang,
            error: LayoutError::Grid(error),
        },
    })?;
    if let Some(e) = failed {
        return Err(e);
    }
    let bytes = match writer {
        Some(mut w) => {
            w.end(style, &streamed.blocks).map_err(docx_error)?;
            Some(w.finish().map_err(docx_error)?)
        }
        None => None,
    };
    Ok((bytes, streamed.pages))
}

fn pdf_error(lang: Lang) -> impl Fn(PdfError) -> RenderError {
    move |error| RenderError::Pdf {
        langs: vec![lang],
        error,
    }
}

/// One file per format holding every language, in the template's order.
fn combined(loaded: &Loaded, options: &Options, stem: &str) -> Result<Vec<Produced>, RenderError> {
    let langs = combined_langs(loaded, options);
    let docs = langs
        .iter()
        .map(|&lang| {
            document::build(&loaded.plan, &loaded.template, lang)
                .map_err(|error| RenderError::Document { lang, error })
        })
        .collect::<Result<Vec<Document>, _>>()?;
    // Laid out once: both writers follow these layouts, and their pages go into the summary.
    let laid = docs
        .iter()
        .zip(&langs)
        .map(|(doc, &lang)| {
            crate::layout::lay_out(doc).map_err(|error| RenderError::Layout { lang, error })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let pages = laid.iter().map(|l| l.pages()).sum();
    let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
    let mut out = Vec::new();
    for &format in &options.formats {
        let bytes = match format {
            Format::Docx => {
                let pairs: Vec<_> = docs.iter().zip(&laid).collect();
                crate::docx::write_combined_laid(&pairs).map_err(|error| RenderError::Docx {
                    langs: langs.clone(),
                    error,
                })?
            }
            Format::Pdf => {
                let drawn: Vec<_> = laid.iter().flat_map(crate::layout::draw).collect();
                crate::pdf::write_combined_drawn(&docs, drawn).map_err(|error| {
                    RenderError::Pdf {
                        langs: langs.clone(),
                        error,
                    }
                })?
            }
        };
        out.push(produced(
            format!("{stem}.{}", codes.join("-")),
            format,
            bytes,
            langs.clone(),
            pages,
        ));
    }
    Ok(out)
}

/// The languages of a combined file: the requested ones, in the template's order.
fn combined_langs(loaded: &Loaded, options: &Options) -> Vec<Lang> {
    loaded
        .template
        .language_order()
        .into_iter()
        .filter(|l| options.langs.contains(l))
        .collect()
}

fn produced(
    base: String,
    format: Format,
    bytes: Vec<u8>,
    langs: Vec<Lang>,
    pages: usize,
) -> Produced {
    Produced {
        sha256: sha256(&bytes),
        output: Output {
            name: format!("{base}.{}", format.extension()),
            bytes,
        },
        langs,
        format,
        pages,
    }
}

/// A folder named on the command line that cannot be listed.
#[derive(Debug)]
pub struct CollectError {
    pub folder: PathBuf,
    pub error: std::io::Error,
}

impl fmt::Display for CollectError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let m = crate::msg!(
            "cannot-read-folder",
            path = self.folder.display().to_string(),
            error = self.error.to_string()
        );
        f.write_str(&m.text())
    }
}

impl std::error::Error for CollectError {}

/// The plans a render was given, and the YAML files of its folders that are not plans.
#[derive(Debug, Default)]
pub struct Collected {
    pub plans: Vec<PathBuf>,
    /// YAML files found in a named folder without a top-level `qujat:` key (a CI config, a
    /// template file): not rendered, so that one folder can hold plans and other YAML.
    pub skipped: Vec<PathBuf>,
}

/// The plan files named by `inputs`: files as given, and every `*.yaml` plan directly inside a
/// named folder, sorted so that runs are repeatable. A plan named twice (`plans plans/a.yaml`)
/// is rendered once.
pub fn collect_plans(inputs: &[PathBuf]) -> Result<Collected, CollectError> {
    let mut collected = Collected::default();
    let mut seen = std::collections::HashSet::new();
    for input in inputs {
        let found = if input.is_dir() {
            let entries = std::fs::read_dir(input).map_err(|error| CollectError {
                folder: input.clone(),
                error,
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect();
            found.sort();
            let (plans, others) = found.into_iter().partition(|p| is_plan_file(p));
            collected.skipped.extend::<Vec<PathBuf>>(others);
            plans
        } else {
            vec![input.clone()]
        };
        for plan in found {
            // A path that does not resolve stays, to be reported when it is read.
            if seen.insert(plan.canonicalize().unwrap_or_else(|_| plan.clone())) {
                collected.plans.push(plan);
            }
        }
    }
    Ok(collected)
}

/// Whether a YAML file of a folder is a plan: it has a top-level `qujat:` key. A file that
/// cannot be read counts as a plan, so that loading it says why.
fn is_plan_file(path: &Path) -> bool {
    std::fs::read_to_string(path).map_or(true, |text| has_qujat_key(&text))
}

/// A top-level `qujat` key, in block style (`qujat: 1` at the start of a line, quoted or not)
/// or in a flow mapping (`{qujat: 1, …}`). Every plan has one; reading the lines is enough, and
/// costs nothing next to parsing a large plan twice.
fn has_qujat_key(text: &str) -> bool {
    let key = |line: &str| {
        ["qujat", "\"qujat\"", "'qujat'"].iter().any(|k| {
            line.strip_prefix(k)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
    };
    text.lines().any(|line| {
        key(line)
            || line
                .strip_prefix('{')
                .is_some_and(|rest| key(rest.trim_start()))
    })
}

/// Two plans of one batch that would write a file of the same name into the same folder.
#[derive(Debug)]
pub struct Clash {
    pub first: PathBuf,
    pub second: PathBuf,
    /// The file both would write.
    pub path: PathBuf,
}

impl fmt::Display for Clash {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let m = crate::msg!(
            "batch-clash",
            first = self.first.display().to_string(),
            second = self.second.display().to_string(),
            path = self.path.display().to_string()
        );
        f.write_str(&m.text())
    }
}

impl std::error::Error for Clash {}

/// Checks, before anything is rendered, that no two plans of a batch would write a file of the
/// same name into one folder (same-named plans from two folders with one `-o`): one would
/// silently replace the other's files.
///
/// A plan's files are `<stem>.<languages>.<format>`, and the `languages` part never contains
/// a dot, so two plans share a file only if they share a stem and a folder; manifest.json, one
/// per folder, is never a plan's file. With `--combined` the languages come in the order of the
/// plan's template, not known before it loads, so both orders count as files the plan writes.
pub fn check_batch(plans: &[PathBuf], options: &Options) -> Result<(), Clash> {
    let mut writers: std::collections::HashMap<String, &PathBuf> = Default::default();
    for plan in plans {
        let dir = output_dir(plan, options);
        let dir = dir.canonicalize().unwrap_or(dir);
        for name in names_of(&stem(plan), options) {
            let path = dir.join(&name);
            if let Some(first) = writers.insert(path_key(&path), plan) {
                return Err(Clash {
                    first: first.clone(),
                    second: plan.clone(),
                    path: output_dir(plan, options).join(name),
                });
            }
        }
    }
    Ok(())
}

/// Every name a plan of this stem may write with these options.
fn names_of(stem: &str, options: &Options) -> Vec<String> {
    let mut bases: Vec<String> = Vec::new();
    if options.combined {
        let codes: Vec<&str> = Lang::ALL
            .iter()
            .filter(|l| options.langs.contains(l))
            .map(|l| l.code())
            .collect();
        bases.push(codes.join("-"));
        bases.push(codes.iter().rev().copied().collect::<Vec<_>>().join("-"));
        bases.dedup();
    } else {
        bases.extend(options.langs.iter().map(|l| l.code().to_string()));
    }
    let mut names = Vec::new();
    for base in &bases {
        for format in &options.formats {
            let name = format!("{stem}.{base}.{}", format.extension());
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Paths as the file system compares them: on macOS and Windows, whose usual file systems
/// ignore case, `Plan.kk.pdf` and `plan.kk.pdf` are one file.
fn path_key(path: &Path) -> String {
    let text = path.to_string_lossy();
    if cfg!(any(target_os = "macos", windows)) {
        text.to_lowercase()
    } else {
        text.into_owned()
    }
}

/// Renders every plan on `jobs` threads; one failing plan does not stop the others. Results
/// come back in the order of `plans`; `done` is called as each plan finishes (for progress).
pub fn render_many(
    plans: &[PathBuf],
    options: &Options,
    jobs: usize,
    done: &(dyn Fn(&Path) + Sync),
) -> Vec<Result<Rendered, Failure>> {
    // Threads go to plans first; a batch smaller than `jobs` lends the rest to each plan's
    // languages, so one plan alone still uses every core.
    let workers = jobs.clamp(1, plans.len().max(1));
    let per_plan = Options {
        threads: (jobs / workers).max(1),
        ..options.clone()
    };
    crate::parallel::map(plans, workers, |plan| {
        let result = render_file(plan, &per_plan);
        done(plan);
        result
    })
    .into_iter()
    .map(|r| r.unwrap_or(Err(Failure::Internal(RenderError::Panicked))))
    .collect()
}

/// What a render gives, for batch and watch callers.
pub type Outcome = Result<Rendered, Failure>;

/// Renders each plan again whenever it or its template file changes, calling `report` after
/// each render with the plan, the result and the time it took. Never returns.
pub fn watch(
    plans: &[PathBuf],
    options: &Options,
    first: &[Outcome],
    report: &mut dyn FnMut(&Path, &Outcome, std::time::Duration),
) -> ! {
    let mut watched: Vec<Watched> = plans
        .iter()
        .zip(first)
        .map(|(plan, result)| Watched::new(plan, result.as_ref().ok()))
        .collect();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(250));
        for w in watched.iter_mut().filter(|w| w.changed()) {
            let started = std::time::Instant::now();
            let result = render_file(&w.plan, options);
            report(&w.plan, &result, started.elapsed());
            w.update(result.as_ref().ok());
        }
    }
}

/// A plan under `--watch`: the modification times of the plan and of its template file.
struct Watched {
    plan: PathBuf,
    template: Option<PathBuf>,
    stamps: (Option<std::time::SystemTime>, Option<std::time::SystemTime>),
}

impl Watched {
    fn new(plan: &Path, rendered: Option<&Rendered>) -> Watched {
        let mut w = Watched {
            plan: plan.to_path_buf(),
            template: None,
            stamps: (None, None),
        };
        w.update(rendered);
        w
    }

    /// Remembers the current state after a render (the template may have been renamed).
    fn update(&mut self, rendered: Option<&Rendered>) {
        if let Some(r) = rendered {
            self.template = match &r.loaded.plan.template {
                crate::plan::TemplateRef::Path(rel) => {
                    Some(self.plan.parent().unwrap_or(Path::new(".")).join(rel))
                }
                crate::plan::TemplateRef::Builtin(_) => None,
            };
        }
        self.stamps = self.now();
    }

    fn now(&self) -> (Option<std::time::SystemTime>, Option<std::time::SystemTime>) {
        let stamp = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        (stamp(&self.plan), self.template.as_deref().and_then(stamp))
    }

    /// Whether the plan or its template changed since the last render.
    fn changed(&self) -> bool {
        self.now() != self.stamps
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn load(sample: &str) -> Loaded {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join(sample);
        app::load(&path).ok().expect("the sample loads")
    }

    /// Every entry of `dir`, hidden ones included: name → bytes.
    fn folder(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let name = e.file_name().into_string().unwrap();
                (name, std::fs::read(e.path()).unwrap())
            })
            .collect()
    }

    /// The write begins with the names the render then makes, in its order.
    #[test]
    fn the_names_known_up_front_are_the_files_made() {
        let loaded = load("vakr-schedule-2026.yaml");
        let variants = [
            (
                vec![Lang::Kk, Lang::Ru],
                vec![Format::Docx, Format::Pdf],
                false,
            ),
            (
                vec![Lang::Ru, Lang::Kk],
                vec![Format::Pdf, Format::Docx],
                false,
            ),
            (vec![Lang::Ru], vec![Format::Pdf], false),
            (
                vec![Lang::Ru, Lang::Kk],
                vec![Format::Pdf, Format::Docx],
                true,
            ),
            (vec![Lang::Kk], vec![Format::Docx], true),
        ];
        for (langs, formats, combined) in variants {
            let options = Options {
                langs,
                formats,
                combined,
                threads: 2,
                ..Options::default()
            };
            let made: Vec<String> = outputs(&loaded, &options)
                .unwrap()
                .into_iter()
                .map(|p| p.output.name)
                .collect();
            assert_eq!(output_names(&loaded, &options), made, "{options:?}");
        }
    }

    /// A render that fails after its write began (here a character no bundled face has, which
    /// `check` would have refused, in the Kazakh title only): the Russian files may be staged
    /// already, and are removed; the folder holds the earlier files, byte for byte, and
    /// nothing else, not even the lock.
    #[test]
    fn a_render_error_after_the_write_began_leaves_the_folder_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = load("vakr-schedule-2026.yaml");
        let earlier_options = Options {
            langs: vec![Lang::Kk],
            ..Options::default()
        };
        assert!(render_loaded(&loaded, dir.path(), &earlier_options).is_ok());
        let earlier = folder(dir.path());
        assert_eq!(earlier.len(), 2);
        let mut broken = load("vakr-schedule-2026.yaml");
        broken.plan.title.kk.push('\u{1F600}');
        for threads in [1, 2] {
            let options = Options {
                langs: vec![Lang::Ru, Lang::Kk],
                threads,
                ..Options::default()
            };
            let failure = render_loaded(&broken, dir.path(), &options).err();
            assert!(
                matches!(
                    failure,
                    Some(Failure::Internal(RenderError::Layout {
                        lang: Lang::Kk,
                        ..
                    }))
                ),
                "{threads} threads"
            );
            assert_eq!(folder(dir.path()), earlier, "{threads} threads");
        }
    }

    /// A folder another write holds: the render makes its files meanwhile and writes them once
    /// the folder is free, the same files as a render that staged them.
    #[test]
    fn a_render_into_a_busy_folder_writes_once_the_folder_is_free() {
        let (staged, waited) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let loaded = load("vakr-schedule-2026.yaml");
        let options = Options::default();
        let direct = render_loaded(&loaded, staged.path(), &options)
            .ok()
            .unwrap();
        let other = output::begin(waited.path(), &["other.pdf".to_string()]).unwrap();
        let files = std::thread::scope(|s| {
            let render = s.spawn(|| render_loaded(&loaded, waited.path(), &options));
            std::thread::sleep(std::time::Duration::from_millis(50));
            // The other write still holds the folder: nothing of this render's is there yet.
            let now = folder(waited.path());
            assert!(now.keys().all(|n| !n.starts_with("vakr")), "{now:?}");
            drop(other);
            render.join().unwrap()
        });
        let files = files.ok().expect("written once the folder was free");
        assert_eq!(folder(waited.path()), folder(staged.path()));
        for (a, b) in files.iter().zip(&direct) {
            assert_eq!(a.path.file_name(), b.path.file_name());
            assert_eq!((a.bytes, &a.sha256, a.pages), (b.bytes, &b.sha256, b.pages));
        }
    }

    #[test]
    fn plans_are_told_from_other_yaml_by_their_qujat_key() {
        assert!(has_qujat_key("# a plan\nqujat: 1\ntemplate: schedule\n"));
        assert!(has_qujat_key("\"qujat\" : 1\n"));
        assert!(has_qujat_key("{qujat: 1, template: schedule}\n"));
        assert!(!has_qujat_key("on: push\njobs:\n  qujat: {runs-on: x}\n"));
        assert!(!has_qujat_key("qujatx: 1\n# qujat: 1\n"));
    }
}
