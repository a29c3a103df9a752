//! A large plan's YAML parsed on two threads: the `sections:` list cut in two between its
//! sections, the second half parsed on a thread of its own, the trees joined.
//!
//! The text is cut into three slices of the same `&str`, each starting at a line start: A,
//! from the beginning to the section line nearest the middle of the list (a document whose
//! `sections:` list has fewer sections); B, from there to the end of the list (a block list
//! indented as the sections are, which YAML reads as a document of its own); C, the rest (a
//! mapping of the keys after the list). B's and C's places are moved by the lines and bytes
//! before them (columns stay, since each slice starts a line); then B's sections follow A's,
//! and C's keys follow A's.
//!
//! The result must be the tree the whole parse gives, to the last place; so any doubt gives
//! `None`, and the caller parses the whole text as it always has, with its errors, their
//! places and its budget stops. Doubts: anything that may be an anchor, alias, directive,
//! document marker or merge key; a tab or a lone carriage return; a line inside the list
//! indented less than the sections but not at column 0; any slice the parser rejects or
//! reads as something else than expected (the count of sections on each side is checked);
//! a key after the list that is a key before it; a tree near the node or depth budget.

use super::{Node, Pos, Span, Value};
use serde_saphyr::NonFiniteFloatPolicy;
use std::borrow::Cow;

/// Texts shorter than this are parsed whole: the samples and every ordinary plan.
pub(super) const SPLIT_MIN_BYTES: usize = 1 << 20;

/// Budgets of the whole parse the split parse stays well clear of, so that a text the whole
/// parse would stop is never read by the split one.
const MAX_NODES: usize = 1_000_000;
const MAX_DEPTH: usize = 40;
const MAX_BYTES: usize = 32 << 20;

/// Where the sections of the list start, and where the list ends.
#[derive(Debug)]
pub(super) struct Layout {
    /// The byte offset of each section's `- ` line start, with the number of lines before it.
    pub(super) items: Vec<(usize, u32)>,
    /// The byte offset where the list ends (the next line at column 0, or the text's end),
    /// with the number of lines before it.
    pub(super) end: (usize, u32),
}

/// The whole tree, parsed in two halves on two threads; `None` when the text is to be parsed
/// whole. `body` is the text without its byte order mark.
pub(super) fn parse(body: &str, non_finite: NonFiniteFloatPolicy) -> Option<Node<'_>> {
    let layout = layout(body)?;
    let middle = (layout.items[0].0 + layout.end.0) / 2;
    let cut = (1..layout.items.len()).min_by_key(|&k| layout.items[k].0.abs_diff(middle))?;
    parse_at(body, &layout, cut, non_finite)
}

/// The sections' layout, or `None` when the text is not one to split: see the module's doubts.
pub(super) fn layout(body: &str) -> Option<Layout> {
    if body.len() > MAX_BYTES {
        return None;
    }
    let mut lines = Lines::new(body);
    // The top-level key `sections:`, alone on its line (a comment may follow).
    loop {
        let (_, _, line) = lines.next()?;
        let Some(rest) = line.strip_prefix("sections:") else {
            continue;
        };
        if rest.is_empty() || (rest.starts_with(' ') && rest.trim_start().starts_with('#')) {
            break;
        }
    }
    let mut indent = None;
    let mut items = Vec::new();
    let end = loop {
        let Some((at, number, line)) = lines.next() else {
            break (body.len(), lines.number);
        };
        let text = line.trim_start_matches(' ');
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let spaces = line.len() - text.len();
        if spaces == 0 {
            break (at, number);
        }
        let n = *indent.get_or_insert(spaces);
        let item = text == "-" || text.starts_with("- ");
        if spaces < n || (spaces == n && !item) {
            return None;
        }
        if spaces == n {
            items.push((at, number));
        }
    };
    (items.len() >= 2).then_some(Layout { items, end })
}

/// The tree with the list cut before section `cut` (1 ≤ `cut` < the number of sections).
pub(super) fn parse_at<'a>(
    body: &'a str,
    layout: &Layout,
    cut: usize,
    non_finite: NonFiniteFloatPolicy,
) -> Option<Node<'a>> {
    let (b_start, b_lines) = *layout.items.get(cut)?;
    let (c_start, c_lines) = layout.end;
    let a_text = &body[..b_start];
    let b_text = &body[b_start..c_start];
    let c_text = &body[c_start..];
    // A slice is parsed only if its text is plain (the three slices are the whole text), and
    // measured where it was parsed: the calling thread has only B's copy to make after the
    // join.
    let parse = |text: &'a str| {
        if !plain_text(text) {
            return None;
        }
        let node = super::parse_document(text, non_finite).ok()?;
        let measure = Measure::of(&node);
        Some((node, measure))
    };
    let (a, b, c, spawned) = std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("qujat-parse".into())
            // The calling thread's stack, not a spawned thread's smaller default: the parser
            // recurses once per level of nesting.
            .stack_size(8 << 20)
            .spawn_scoped(scope, || parse(b_text));
        let a = parse(a_text);
        let c = if c_text.is_empty() {
            None
        } else {
            Some(parse(c_text))
        };
        match spawned {
            Ok(handle) => (a, handle.join().ok().flatten(), c, true),
            Err(_) => (a, parse(b_text), c, false),
        }
    });
    let (mut a, a_measure) = a?;
    let (b, b_measure) = b?;
    let (mut c, c_measure) = match c {
        None => (None, Measure::default()),
        Some(c) => c.map(|(c, m)| (Some(c), m))?,
    };
    // A value that runs to a slice's end may run on in the whole text (a block text's span
    // takes the indentation of the line after it): the whole parse says where it ends.
    if a_measure.reach as usize >= a_text.len()
        || (b_measure.reach as usize >= b_text.len() && c.is_some())
    {
        return None;
    }
    let nodes = a_measure.nodes + b_measure.nodes + c_measure.nodes;
    let depth = a_measure
        .depth
        .max(b_measure.depth + 1)
        .max(c_measure.depth);
    if nodes >= MAX_NODES || depth >= MAX_DEPTH {
        return None;
    }
    // B and C as they stand in the whole text. B's tree is copied into this thread's heap
    // and its first copy freed and handed back: the loader frees the tree section by section
    // as it builds the plan here, and this thread's heap reuses only what is freed in it.
    // Left in the parsing thread's heap, the sections' room stayed unused while this heap
    // grew (generated 10,000 items, `qujat check`: peak 64.2 -> 73.6 MB; copied, 64.5 MB).
    let mut b = b;
    if spawned {
        b = b.copied(b_lines, b_start as u32);
        release_freed();
    } else {
        b.shift_lines(b_lines, b_start as u32);
    }
    if let Some(c) = &mut c {
        c.shift_lines(c_lines, c_start as u32);
    }
    let Value::Map(a_entries) = &mut a.value else {
        return None;
    };
    let Value::Seq(b_items) = std::mem::replace(&mut b.value, Value::Null) else {
        return None;
    };
    let c_entries = match c.map(|c| c.value) {
        None => Box::default(),
        Some(Value::Map(entries)) => entries,
        Some(_) => return None,
    };
    // Keys are plain texts, and none after the list repeats one before it: the whole parse
    // reports a repeated key, and only it can say where.
    let key = |(k, _): &(Node, Node)| match &k.value {
        Value::Str(s) if k.pos.column == 1 => Some(s.to_string()),
        _ => None,
    };
    let mut keys = a_entries.iter().map(key).collect::<Option<Vec<_>>>()?;
    keys.extend(c_entries.iter().map(key).collect::<Option<Vec<_>>>()?);
    if keys
        .get(a_entries.len().wrapping_sub(1))
        .map(String::as_str)
        != Some("sections")
    {
        return None;
    }
    keys.sort_unstable();
    if keys.windows(2).any(|w| w[0] == w[1]) {
        return None;
    }
    // Each side has exactly the sections its lines start: no section line stood inside a
    // value that the parser read another way.
    let (_, sections) = a_entries.last_mut()?;
    let Value::Seq(a_items) = &mut sections.value else {
        return None;
    };
    if a_items.len() != cut || b_items.len() != layout.items.len() - cut {
        return None;
    }
    let mut joined = std::mem::take(a_items).into_vec();
    joined.extend(b_items.into_vec());
    *a_items = joined.into_boxed_slice();
    if !c_entries.is_empty() {
        let mut joined = std::mem::take(a_entries).into_vec();
        joined.extend(c_entries.into_vec());
        *a_entries = joined.into_boxed_slice();
    }
    Some(a)
}

/// Hands back to the kernel the memory freed in the parsing thread's heap, which nothing
/// uses again before a render's first thread is started.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn release_freed() {
    // SAFETY: malloc_trim only returns free memory to the kernel; any thread may call it.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn release_freed() {}

/// No tab, no lone carriage return, no byte order mark inside, no line that starts with a
/// directive or a document marker, no `<<` (a merge key), and no `&` or `*` where an anchor
/// or an alias may stand:
/// at a line's start, after `-`, `?`, `:`, `[`, `{` or `,` (spaces between), or after a tag.
/// A `*` inside a text (`**bold**`, `R&D`) is fine.
fn plain_text(body: &str) -> bool {
    let bytes = body.as_bytes();
    let mut line_start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\n' => line_start = i + 1,
            b'\t' => return false,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => return false,
            0xEF if bytes[i..].starts_with("\u{feff}".as_bytes()) => return false,
            b'%' | b'-' | b'.' if i == line_start => {
                let line = &bytes[i..];
                if b == b'%' || line.starts_with(b"---") || line.starts_with(b"...") {
                    return false;
                }
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => return false,
            b'&' | b'*' => {
                let before = body[line_start..i].trim_end_matches(' ');
                let last = before.rsplit(' ').next().unwrap_or("");
                if before.is_empty()
                    || before.ends_with(['-', '?', ':', '[', '{', ','])
                    || last.starts_with('!')
                {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// A slice's tree: how many nodes, how deep, and the furthest end of a span in it.
#[derive(Clone, Copy, Default)]
struct Measure {
    nodes: usize,
    depth: usize,
    reach: u32,
}

impl Measure {
    fn of(node: &Node) -> Measure {
        let mut measure = Measure::default();
        measure.depth = node.measure(&mut measure.nodes, &mut measure.reach);
        measure
    }
}

/// Lines with their byte offset and the number of lines before them, without their ends.
struct Lines<'a> {
    text: &'a str,
    at: usize,
    number: u32,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            at: 0,
            number: 0,
        }
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = (usize, u32, &'a str);
    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.text.len() {
            return None;
        }
        let start = self.at;
        let rest = &self.text[start..];
        let (line, next) = match rest.find('\n') {
            Some(n) => (&rest[..n], start + n + 1),
            None => (rest, self.text.len()),
        };
        let number = self.number;
        self.at = next;
        if next > start + line.len() {
            self.number += 1;
        }
        Some((start, number, line.strip_suffix('\r').unwrap_or(line)))
    }
}

impl Node<'_> {
    /// The node's places moved down by `lines` lines and on by `bytes` bytes, and its
    /// children's: a slice's tree as it stands in the whole text.
    fn shift_lines(&mut self, lines: u32, bytes: u32) {
        self.pos.line += lines;
        self.span.start += bytes;
        self.span.end += bytes;
        match &mut self.value {
            Value::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
                k.shift_lines(lines, bytes);
                v.shift_lines(lines, bytes);
            }),
            Value::Seq(items) => items.iter_mut().for_each(|n| n.shift_lines(lines, bytes)),
            _ => {}
        }
    }

    /// A copy of the node as [`Self::shift_lines`] moves it, with every allocation of the
    /// tree made anew by the calling thread.
    fn copied(&self, lines: u32, bytes: u32) -> Self {
        let value = match &self.value {
            Value::Map(entries) => Value::Map(
                entries
                    .iter()
                    .map(|(k, v)| (k.copied(lines, bytes), v.copied(lines, bytes)))
                    .collect(),
            ),
            Value::Seq(items) => Value::Seq(items.iter().map(|n| n.copied(lines, bytes)).collect()),
            Value::Str(Cow::Owned(s)) => Value::Str(Cow::Owned(s.as_str().to_owned())),
            other => other.clone(),
        };
        Node {
            pos: Pos {
                line: self.pos.line + lines,
                column: self.pos.column,
            },
            span: Span {
                start: self.span.start + bytes,
                end: self.span.end + bytes,
            },
            value,
        }
    }

    /// The depth of the tree under the node (1 for a scalar); adds its nodes to `count` and
    /// raises `reach` to the furthest end of their spans.
    fn measure(&self, count: &mut usize, reach: &mut u32) -> usize {
        *count += 1;
        *reach = (*reach).max(self.span.end);
        match &self.value {
            Value::Map(entries) => {
                1 + entries
                    .iter()
                    .map(|(k, v)| k.measure(count, reach).max(v.measure(count, reach)))
                    .max()
                    .unwrap_or(0)
            }
            Value::Seq(items) => {
                1 + items
                    .iter()
                    .map(|n| n.measure(count, reach))
                    .max()
                    .unwrap_or(0)
            }
            _ => 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The first difference between two trees, places and all, or `None` when they are equal.
    fn difference(a: &Node, b: &Node, path: &str) -> Option<String> {
        if a.pos != b.pos || a.span != b.span {
            return Some(format!(
                "{path}: {:?} {:?} != {:?} {:?}",
                a.pos, a.span, b.pos, b.span
            ));
        }
        match (&a.value, &b.value) {
            (Value::Map(x), Value::Map(y)) if x.len() == y.len() => {
                x.iter().zip(y.iter()).enumerate().find_map(|(i, (p, q))| {
                    difference(&p.0, &q.0, &format!("{path}/key{i}"))
                        .or_else(|| difference(&p.1, &q.1, &format!("{path}/{i}")))
                })
            }
            (Value::Seq(x), Value::Seq(y)) if x.len() == y.len() => x
                .iter()
                .zip(y.iter())
                .enumerate()
                .find_map(|(i, (p, q))| difference(p, q, &format!("{path}[{i}]"))),
            (Value::Str(x), Value::Str(y))
                if x == y && matches!(x, Cow::Borrowed(_)) == matches!(y, Cow::Borrowed(_)) =>
            {
                None
            }
            (Value::Int(x), Value::Int(y)) if x == y => None,
            (Value::Float(x), Value::Float(y)) if x.to_bits() == y.to_bits() => None,
            (Value::Bool(x), Value::Bool(y)) if x == y => None,
            (Value::Null, Value::Null) => None,
            (x, y) => Some(format!("{path}: {x:?} != {y:?}")),
        }
    }

    /// Every cut the text allows parses to the whole parse's tree; returns how many cuts were
    /// taken (not bailed out of).
    fn every_cut_is_the_whole(name: &str, text: &str) -> usize {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let Some(layout) = layout(body) else {
            return 0;
        };
        let whole = super::super::parse_document(body, NonFiniteFloatPolicy::Reject);
        let mut taken = 0;
        for cut in 1..layout.items.len() {
            let Some(split) = parse_at(body, &layout, cut, NonFiniteFloatPolicy::Reject) else {
                continue;
            };
            let whole = whole
                .as_ref()
                .unwrap_or_else(|e| panic!("{name}: split at {cut} read what whole rejects: {e}"));
            if let Some(d) = difference(whole, &split, "") {
                panic!("{name}, cut before section {cut}: {d}");
            }
            taken += 1;
        }
        taken
    }

    fn yaml_files(dir: &Path, into: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                yaml_files(&path, into);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                into.push(path);
            }
        }
    }

    #[test]
    fn every_cut_of_every_plan_gives_the_whole_tree() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        yaml_files(&root.join("tests/plans"), &mut files);
        yaml_files(&root.join("samples"), &mut files);
        let mut taken = 0;
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            taken += every_cut_is_the_whole(&path.display().to_string(), &text);
        }
        for (items, seed) in [(10, 1), (100, 1), (100, 7), (300, 3)] {
            let text = crate::generate::plan_yaml(items, seed);
            let n = every_cut_is_the_whole(&format!("generated {items}/{seed}"), &text);
            assert!(n > 0, "generated {items}/{seed}: no cut was taken");
            taken += n;
        }
        assert!(taken > 100, "only {taken} cuts taken");
    }

    /// A generated plan above the threshold takes the split path, and its tree is the whole
    /// parse's, with the byte order mark too.
    #[test]
    fn a_large_plan_is_parsed_in_two_halves() {
        let text = crate::generate::plan_yaml(1000, 1);
        assert!(text.len() >= SPLIT_MIN_BYTES, "{} bytes", text.len());
        let split = parse(&text, NonFiniteFloatPolicy::Reject).expect("the split path is taken");
        let whole = super::super::parse_document(&text, NonFiniteFloatPolicy::Reject).unwrap();
        assert_eq!(difference(&whole, &split, ""), None);
        let via_parse = super::super::parse(&text).unwrap();
        assert_eq!(difference(&whole, &via_parse, ""), None);
        let bom = format!("\u{feff}{text}");
        let mut whole = whole;
        whole.shift(3);
        assert_eq!(
            difference(&whole, &super::super::parse(&bom).unwrap(), ""),
            None
        );
    }

    const LIST: &str = "a: 1\nsections:\n  - x: 1\n    y: [1, 2]\n  # c\n  - x: 2\n\n  - x: 3\n    z:\n      - 4\nb: 2\n";

    #[test]
    fn a_small_hand_written_list_splits_at_every_cut() {
        assert_eq!(every_cut_is_the_whole("list", LIST), 2);
        let no_tail = LIST.replace("b: 2\n", "");
        assert_eq!(every_cut_is_the_whole("no tail", &no_tail), 2);
        let comment = LIST.replace("sections:\n", "sections:  # the list\n# x\n");
        assert_eq!(every_cut_is_the_whole("comment", &comment), 2);
        // Values that end where the next section or the next key starts: empty ones, block
        // texts keeping their trailing lines, texts over several lines, comments.
        for (name, from, to) in [
            ("empty value", "x: 1\n", "x:\n"),
            ("empty value before a cut", "y: [1, 2]\n", "y:\n"),
            (
                "empty value and comment before a cut",
                "y: [1, 2]\n",
                "y: # none\n",
            ),
            (
                "empty list item before a cut",
                "y: [1, 2]\n",
                "y:\n      -\n",
            ),
            ("empty value before the tail", "      - 4\n", "      -\n"),
            ("empty section", "  - x: 2\n", "  -\n"),
            (
                "block at the end",
                "      - 4\n",
                "      - |\n        four\n\n# c\n",
            ),
            ("plain over lines", "x: 1\n", "x: one\n      two\n"),
            ("quoted over lines", "x: 2\n", "x: \"one\n     two\"\n"),
            ("crlf", "\n", "\r\n"),
            ("deeper list", "  - x: 1", "  - x:\n    - 1"),
        ] {
            let text = LIST.replace(from, to);
            assert_eq!(every_cut_is_the_whole(name, &text), 2, "{name}");
        }
        // A block text runs into the next line's indentation: the cut
        // after it is not taken, the other is.
        for block in ["|+", "|", ">-"] {
            let kept = LIST.replace("x: 2\n", &format!("x: {block}\n      kept\n\n"));
            assert_eq!(every_cut_is_the_whole(block, &kept), 1);
            assert_eq!(taken(&kept), [true, false]);
        }
    }

    /// Which cuts of a text are taken, and the whole parse's error when the split is bailed
    /// out of (so the caller's error is today's).
    fn taken(text: &str) -> Vec<bool> {
        let Some(layout) = layout(text) else {
            return Vec::new();
        };
        (1..layout.items.len())
            .map(|cut| parse_at(text, &layout, cut, NonFiniteFloatPolicy::Reject).is_some())
            .collect()
    }

    #[test]
    fn doubtful_texts_are_parsed_whole() {
        assert_eq!(taken(LIST), [true, true]);
        for (name, text) in [
            ("anchor", LIST.replace("x: 1", "x: &a 1")),
            (
                "alias",
                LIST.replace("x: 3", "x: *a").replace("x: 1", "x: &a 1"),
            ),
            ("alias in a flow list", LIST.replace("[1, 2]", "[1,*a]")),
            ("tagged anchor", LIST.replace("x: 1", "x: !!str &a 1")),
            ("merge key", LIST.replace("z:", "<<: {q: 1}\n    z:")),
            ("tab", LIST.replace("y: [1, 2]", "y: [1,\t2]")),
            ("lone carriage return", LIST.replace("b: 2\n", "b: 2\r")),
            (
                "byte order mark inside",
                LIST.replace("x: 3", "x: \u{feff}3"),
            ),
            ("directive", format!("%YAML 1.2\n---\n{LIST}")),
            ("document end", format!("{LIST}...\n")),
            ("second document", format!("{LIST}---\nc: 3\n")),
            (
                "under-indented line",
                LIST.replace("  - x: 2", " q: 1\n  - x: 2"),
            ),
            ("not a section line", LIST.replace("  # c\n", "  q: 1\n")),
            ("repeated key after the list", LIST.replace("b: 2", "a: 2")),
            ("sections repeated", LIST.replace("b: 2", "sections: 2")),
            ("syntax error in B", LIST.replace("x: 3", "x: [3")),
            ("syntax error in C", LIST.replace("b: 2", "b: [2")),
            ("list after the list", LIST.replace("b: 2", "- b")),
            (
                "section in a quoted text",
                LIST.replace("x: 2", "x: \"2\n  - x: 5\""),
            ),
        ] {
            assert!(
                taken(&text).iter().all(|t| !t),
                "{name}: split taken\n{text}"
            );
            // And the caller's answer is the whole parse's, error and place included.
            let mut body = text.clone();
            body.push_str(&format!("# {}\n", "x".repeat(SPLIT_MIN_BYTES)));
            let ours = super::super::parse(&body);
            let whole = super::super::parse_document(&body, NonFiniteFloatPolicy::Reject);
            match (ours, whole) {
                (Ok(ours), Ok(whole)) => assert_eq!(difference(&whole, &ours, ""), None),
                (Err(ours), Err(whole)) => {
                    let loc = whole.location().unwrap();
                    assert_eq!(
                        (ours.pos.line, ours.pos.column),
                        (loc.line() as u32, loc.column().max(1) as u32),
                        "{name}"
                    );
                }
                (ours, whole) => panic!("{name}: {ours:?} vs {whole:?}"),
            }
        }
        // Texts of the plans' own that are not aliases.
        for text in [
            "  - x: 1) **bold** R&D\n",
            "  - x: a * b & c\n",
            "  - {kk: a & b, ru: '**x**'}\n",
        ] {
            let text = format!("a: 1\nsections:\n  - x: 0\n{text}");
            assert_eq!(taken(&text), [true], "{text}");
        }
    }

    #[test]
    fn an_error_in_the_second_half_is_the_whole_parses() {
        let text = crate::generate::plan_yaml(1000, 1);
        let layout = layout(&text).unwrap();
        let (late, _) = layout.items[layout.items.len() * 3 / 4];
        for broken in [
            format!("{}  - title: [unclosed\n{}", &text[..late], &text[late..]),
            format!("{}qujat: 2\n", text),
        ] {
            assert!(parse(&broken, NonFiniteFloatPolicy::Reject).is_none());
            let ours = super::super::parse(&broken).unwrap_err();
            let whole =
                super::super::parse_document(&broken, NonFiniteFloatPolicy::Reject).unwrap_err();
            let loc = whole.location().unwrap();
            assert_eq!(
                (ours.pos.line, ours.pos.column),
                (loc.line() as u32, loc.column().max(1) as u32)
            );
            assert!(ours.pos.line > 1000, "{:?}", ours.pos);
        }
    }

    /// The measured large plans (`QUJAT_SPLIT_PLANS=a.yaml:b.yaml cargo test --release --lib
    /// -- --ignored split`): each is split at its middle and at a few other cuts, and each
    /// gives the whole parse's tree.
    #[test]
    #[ignore = "reads the plans named by QUJAT_SPLIT_PLANS"]
    fn named_large_plans_split_to_the_whole_tree() {
        let plans = std::env::var("QUJAT_SPLIT_PLANS").unwrap_or_default();
        for path in plans.split(':').filter(|p| !p.is_empty()) {
            let text = std::fs::read_to_string(path).unwrap();
            let whole = super::super::parse_document(&text, NonFiniteFloatPolicy::Reject).unwrap();
            let split = parse(&text, NonFiniteFloatPolicy::Reject).expect("the split is taken");
            assert_eq!(difference(&whole, &split, ""), None, "{path}");
            let layout = layout(&text).unwrap();
            let n = layout.items.len();
            for cut in [1, 2, n / 3, n - 2, n - 1] {
                let split = parse_at(&text, &layout, cut, NonFiniteFloatPolicy::Reject)
                    .unwrap_or_else(|| panic!("{path}: cut {cut} not taken"));
                assert_eq!(difference(&whole, &split, ""), None, "{path} at {cut}");
            }
        }
    }
}
