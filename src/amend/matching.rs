//! Which section, item and note of the new plan is which of the old.
//!
//! Items are matched by their stable `id` first, wherever they stand; then, inside sections
//! that correspond, by identical wording, by similar wording (a guess) and by position between
//! items already matched (a guess); last, leftovers are looked for in the other sections (an
//! item moved without an id). Sections correspond by identical titles, by the items they share
//! and by similar titles, then by position. Two items with different ids are never the same.

use super::align::{Lists, Pair, align};
use super::view::Words;
use super::{Match, Side};
use crate::lang::Lang;
use crate::plan::Plan;
use std::collections::{HashMap, HashSet};

/// Least similarity of wording for two items of corresponding sections to be one item.
const ITEM_THRESHOLD: f64 = 0.6;
/// Across sections an item must be nearly the same to be taken for a moved one.
const MOVED_THRESHOLD: f64 = 0.8;
const SECTION_THRESHOLD: f64 = 0.5;
const NOTE_THRESHOLD: f64 = 0.5;
pub const STEP_THRESHOLD: f64 = 0.6;

/// An item of the old plan found in the new (indices through the table).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemPair {
    pub old: usize,
    pub new: usize,
    pub by: Match,
    /// It left its place: another section, or out of order inside its own.
    pub moved: bool,
}

pub struct Matching {
    /// Sections that stay in place (in order), by section index.
    pub sections: Vec<Pair>,
    pub items: Vec<ItemPair>,
    /// Notes that stay in place, by note index.
    pub notes: Vec<Pair>,
}

impl Matching {
    pub fn section_of_new(&self, new: usize) -> Option<&Pair> {
        self.sections.iter().find(|p| p.new == new)
    }
    pub fn section_of_old(&self, old: usize) -> Option<&Pair> {
        self.sections.iter().find(|p| p.old == old)
    }
}

/// Each unit's identity across the two plans: its key, or for an old unit whose key is gone,
/// the key of a new unit with exactly the same names (a key renamed, nothing printed changed).
pub fn unit_ids(old: &Plan, new: &Plan) -> (Vec<String>, Vec<String>) {
    let new_ids: Vec<String> = new.units.iter().map(|u| u.key.clone()).collect();
    let old_keys: HashSet<&str> = old.units.iter().map(|u| u.key.as_str()).collect();
    let old_ids = old
        .units
        .iter()
        .map(|u| {
            if new_ids.contains(&u.key) {
                return u.key.clone();
            }
            new.units
                .iter()
                .find(|n| !old_keys.contains(n.key.as_str()) && n.kk == u.kk && n.ru == u.ru)
                .map_or_else(|| format!("\u{0}old {}", u.key), |n| n.key.clone())
        })
        .collect();
    (old_ids, new_ids)
}

/// The wording an item is recognised by, per language: its text, or its steps' texts when it
/// has none.
fn signature(side: &Side, item: usize) -> [String; 2] {
    Lang::ALL.map(|lang| {
        let v = &side.view(lang).items[item];
        if v.text.is_empty() {
            v.steps
                .iter()
                .map(|s| s.text.join(" "))
                .collect::<Vec<_>>()
                .join(" / ")
        } else {
            v.text.join(" ")
        }
    })
}

/// Both languages' wordings in one key: identical keys, identical wording.
fn key(sig: &[String; 2]) -> String {
    if sig[0].is_empty() && sig[1].is_empty() {
        return String::new();
    }
    format!("{}\u{1}{}", sig[0], sig[1])
}

/// Similarity of two wordings in both languages, 0..1 (the mean of the two).
pub fn similarity(a: &[String; 2], b: &[String; 2]) -> f64 {
    (text_similarity(&a[0], &b[0]) + text_similarity(&a[1], &b[1])) / 2.0
}

/// Texts up to this many characters are also compared letter by letter.
const SHORT_TEXT: usize = 200;

/// How much of two texts is the same words in the same order (1 − word edit distance over
/// the longer); for short texts, where one changed ending weighs a whole word, letter by letter
/// too, and the better of the two. (strsim's Sørensen–Dice counts bytes, not letters, and
/// would halve every Cyrillic score.)
fn text_similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    let longest = wa.len().max(wb.len()).max(1);
    let words = 1.0 - strsim::generic_levenshtein(&wa, &wb) as f64 / longest as f64;
    if a.chars().count().max(b.chars().count()) <= SHORT_TEXT {
        words.max(strsim::normalized_levenshtein(a, b))
    } else {
        words
    }
}

fn joined(side: &Side, words: impl Fn(&super::view::PlanView) -> &Words) -> [String; 2] {
    Lang::ALL.map(|l| words(side.view(l)).join(" "))
}

pub fn match_plans(old: &Side, new: &Side) -> Matching {
    let old_sig: Vec<[String; 2]> = (0..old.items.len()).map(|i| signature(old, i)).collect();
    let new_sig: Vec<[String; 2]> = (0..new.items.len()).map(|i| signature(new, i)).collect();
    let old_keys: Vec<String> = old_sig.iter().map(key).collect();
    let new_keys: Vec<String> = new_sig.iter().map(key).collect();
    let by_id = id_pairs(old, new);
    // An item whose id is in both plans is paired by it and by nothing else.
    let mut old_by_id = vec![false; old.items.len()];
    let mut new_by_id = vec![false; new.items.len()];
    for &(o, n) in &by_id {
        old_by_id[o] = true;
        new_by_id[n] = true;
    }
    let compatible = |o: usize, n: usize| {
        !old_by_id[o]
            && !new_by_id[n]
            && match (&old.items[o].id, &new.items[n].id) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    };
    let sections = match_sections(old, new, &by_id, &old_keys, &new_keys);

    let mut items: Vec<ItemPair> = Vec::new();
    let mut taken_old = vec![false; old.items.len()];
    let mut taken_new = vec![false; new.items.len()];
    for sp in &sections {
        let o_range = range(old, sp.old);
        let n_range = range(new, sp.new);
        let fixed = by_id
            .iter()
            .filter(|(o, n)| o_range.contains(o) && n_range.contains(n))
            .map(|&(o, n)| (o - o_range.start, n - n_range.start, Match::Id))
            .collect();
        let similarity_at = |o: usize, n: usize| {
            similarity(&old_sig[o_range.start + o], &new_sig[n_range.start + n])
        };
        let compatible_at = |o: usize, n: usize| compatible(o_range.start + o, n_range.start + n);
        let pairs = align(&Lists {
            fixed,
            old_keys: &old_keys[o_range.clone()],
            new_keys: &new_keys[n_range.clone()],
            similarity: &similarity_at,
            threshold: ITEM_THRESHOLD,
            compatible: &compatible_at,
            by_position: true,
        });
        for p in pairs {
            let (o, n) = (o_range.start + p.old, n_range.start + p.new);
            taken_old[o] = true;
            taken_new[n] = true;
            items.push(ItemPair {
                old: o,
                new: n,
                by: p.by,
                moved: !p.in_order,
            });
        }
    }
    // Ids found in sections that do not correspond: moved.
    for &(o, n) in &by_id {
        if !taken_old[o] {
            taken_old[o] = true;
            taken_new[n] = true;
            items.push(ItemPair {
                old: o,
                new: n,
                by: Match::Id,
                moved: true,
            });
        }
    }
    moved_without_id(
        (&old_sig, &old_keys, &mut taken_old),
        (&new_sig, &new_keys, &mut taken_new),
        &compatible,
        &mut items,
    );
    items.sort_by_key(|p| p.old);
    Matching {
        sections,
        items,
        notes: match_notes(old, new),
    }
}

fn range(side: &Side, section: usize) -> std::ops::Range<usize> {
    let start = side.first_item[section];
    start..start + side.plan.sections[section].items.len()
}

/// Items with the same id in both plans. An id written on two items of one plan says nothing
/// about which is which, and is not used.
fn id_pairs(old: &Side, new: &Side) -> Vec<(usize, usize)> {
    let unique = |side: &Side| -> HashMap<String, usize> {
        let mut seen: HashMap<String, Option<usize>> = HashMap::new();
        for (i, item) in side.items.iter().enumerate() {
            if let Some(id) = &item.id {
                seen.entry(id.clone())
                    .and_modify(|e| *e = None)
                    .or_insert(Some(i));
            }
        }
        seen.into_iter()
            .filter_map(|(id, i)| Some((id, i?)))
            .collect()
    };
    let (old_ids, new_ids) = (unique(old), unique(new));
    let mut pairs: Vec<(usize, usize)> = old_ids
        .iter()
        .filter_map(|(id, &o)| Some((o, *new_ids.get(id)?)))
        .collect();
    pairs.sort_unstable();
    pairs
}

/// Sections correspond by identical titles, by sharing items (same id or same wording) or by
/// similar titles, then by position; only those that keep their order stay in place (a section
/// moved is removed and added, as an amendment would have to say).
fn match_sections(
    old: &Side,
    new: &Side,
    by_id: &[(usize, usize)],
    old_keys: &[String],
    new_keys: &[String],
) -> Vec<Pair> {
    let old_titles: Vec<[String; 2]> = (0..old.plan.sections.len())
        .map(|s| joined(old, |v| &v.sections[s]))
        .collect();
    let new_titles: Vec<[String; 2]> = (0..new.plan.sections.len())
        .map(|s| joined(new, |v| &v.sections[s]))
        .collect();
    // How many items each pair of sections shares by id: sections that send each other most
    // of their items are one section, whatever their titles (not a guess).
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for &(o, n) in by_id {
        *shared
            .entry((old.section_of[o], new.section_of[n]))
            .or_default() += 1;
    }
    let fixed = mutual_best(&shared);
    // Then items of the same wording, for items without ids.
    let mut new_by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, k) in new_keys.iter().enumerate() {
        if !k.is_empty() && new.items[n].id.is_none() {
            new_by_key.entry(k).or_default().push(n);
        }
    }
    for (o, k) in old_keys.iter().enumerate() {
        if old.items[o].id.is_some() {
            continue;
        }
        if let Some([n]) = new_by_key.get(k.as_str()).map(Vec::as_slice) {
            *shared
                .entry((old.section_of[o], new.section_of[*n]))
                .or_default() += 1;
        }
    }
    let score = |o: usize, n: usize| {
        let size = old.plan.sections[o]
            .items
            .len()
            .max(new.plan.sections[n].items.len());
        let share = shared.get(&(o, n)).copied().unwrap_or(0) as f64 / size.max(1) as f64;
        similarity(&old_titles[o], &new_titles[n]).max(share)
    };
    let old_keys: Vec<String> = old_titles.iter().map(key).collect();
    let new_keys: Vec<String> = new_titles.iter().map(key).collect();
    let all = |_: usize, _: usize| true;
    align(&Lists {
        fixed,
        old_keys: &old_keys,
        new_keys: &new_keys,
        similarity: &score,
        threshold: SECTION_THRESHOLD,
        compatible: &all,
        by_position: true,
    })
    .into_iter()
    .filter(|p| p.in_order)
    .collect()
}

/// Pairs of sections each of which shares more items with the other than with any other
/// section (ties to the earlier section).
fn mutual_best(shared: &HashMap<(usize, usize), usize>) -> Vec<(usize, usize, Match)> {
    let best = |from_old: bool| -> HashMap<usize, (usize, usize)> {
        let mut best: HashMap<usize, (usize, usize)> = HashMap::new();
        let mut entries: Vec<_> = shared.iter().collect();
        entries.sort();
        for (&(o, n), &count) in entries {
            let (from, to) = if from_old { (o, n) } else { (n, o) };
            let e = best.entry(from).or_insert((to, count));
            if count > e.1 {
                *e = (to, count);
            }
        }
        best
    };
    let (by_old, by_new) = (best(true), best(false));
    let mut pairs: Vec<(usize, usize, Match)> = by_old
        .iter()
        .filter(|&(&o, &(n, _))| by_new.get(&n).is_some_and(|&(back, _)| back == o))
        .map(|(&o, &(n, _))| (o, n, Match::Id))
        .collect();
    pairs.sort_by_key(|p| p.0);
    pairs
}

type Leftovers<'a> = (&'a [[String; 2]], &'a [String], &'a mut Vec<bool>);

/// Items left over in both plans that have the same (or nearly the same) wording in different
/// sections: one item that moved.
fn moved_without_id(
    (old_sig, old_keys, taken_old): Leftovers,
    (new_sig, new_keys, taken_new): Leftovers,
    compatible: &dyn Fn(usize, usize) -> bool,
    items: &mut Vec<ItemPair>,
) {
    let old_left: Vec<usize> = (0..taken_old.len()).filter(|&o| !taken_old[o]).collect();
    let new_left: Vec<usize> = (0..taken_new.len()).filter(|&n| !taken_new[n]).collect();
    if old_left.is_empty() || new_left.is_empty() {
        return;
    }
    let ok: Vec<String> = old_left.iter().map(|&o| old_keys[o].clone()).collect();
    let nk: Vec<String> = new_left.iter().map(|&n| new_keys[n].clone()).collect();
    let sim = |o: usize, n: usize| similarity(&old_sig[old_left[o]], &new_sig[new_left[n]]);
    let comp = |o: usize, n: usize| compatible(old_left[o], new_left[n]);
    let pairs = align(&Lists {
        fixed: Vec::new(),
        old_keys: &ok,
        new_keys: &nk,
        similarity: &sim,
        threshold: MOVED_THRESHOLD,
        compatible: &comp,
        by_position: false,
    });
    for p in pairs {
        let (o, n) = (old_left[p.old], new_left[p.new]);
        taken_old[o] = true;
        taken_new[n] = true;
        items.push(ItemPair {
            old: o,
            new: n,
            by: p.by,
            moved: true,
        });
    }
}

fn match_notes(old: &Side, new: &Side) -> Vec<Pair> {
    let sigs = |side: &Side| -> Vec<[String; 2]> {
        (0..side.plan.notes.len())
            .map(|i| joined(side, |v| &v.notes[i]))
            .collect()
    };
    let (old_sig, new_sig) = (sigs(old), sigs(new));
    let old_keys: Vec<String> = old_sig.iter().map(key).collect();
    let new_keys: Vec<String> = new_sig.iter().map(key).collect();
    let sim = |o: usize, n: usize| similarity(&old_sig[o], &new_sig[n]);
    let all = |_: usize, _: usize| true;
    align(&Lists {
        fixed: Vec::new(),
        old_keys: &old_keys,
        new_keys: &new_keys,
        similarity: &sim,
        threshold: NOTE_THRESHOLD,
        compatible: &all,
        by_position: true,
    })
    .into_iter()
    .filter(|p| p.in_order)
    .collect()
}

/// Pairs the steps of two versions of one item, as items are paired (no ids: by wording, then
/// by similarity, then by position). Steps out of order are not paired: one removed, one added.
pub fn match_steps(old: &[[String; 2]], new: &[[String; 2]]) -> Vec<Pair> {
    let old_keys: Vec<String> = old.iter().map(key).collect();
    let new_keys: Vec<String> = new.iter().map(key).collect();
    let sim = |o: usize, n: usize| similarity(&old[o], &new[n]);
    let all = |_: usize, _: usize| true;
    align(&Lists {
        fixed: Vec::new(),
        old_keys: &old_keys,
        new_keys: &new_keys,
        similarity: &sim,
        threshold: STEP_THRESHOLD,
        compatible: &all,
        by_position: true,
    })
    .into_iter()
    .filter(|p| p.in_order)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_counts_letters_and_words_not_bytes() {
        let old = "Составление карты коррупционных рисков";
        let new = "Составление и актуализация карты коррупционных рисков";
        let score = text_similarity(old, new);
        assert!((0.7..0.8).contains(&score), "{score}");
        assert_eq!(text_similarity(old, old), 1.0);
        assert!(text_similarity(old, "Приём граждан") < 0.4);
        // A long text with one word changed stays close, by words.
        let long = "слово ".repeat(60);
        let edited = long.replacen("слово", "другое", 1);
        assert!(text_similarity(&long, &edited) > 0.95);
    }
}
