//! Pairs the elements of two ordered lists (sections, items, steps, notes): by a given pairing
//! first (stable ids), then by identical wording, then by similar wording, then by position
//! between pairs already made. Which pairs keep their relative order is worked out too: an
//! element that did not keep it has moved.

use super::Match;
use std::collections::{HashMap, VecDeque};

/// Above this many candidate pairs, similarity is not tried (a list of thousands of rewritten
/// elements); position still pairs what stands at the same place.
const MAX_SIMILARITY_PAIRS: usize = 40_000;

/// Two elements paired, with how; `in_order` is false for a pair that crosses others (moved).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    pub old: usize,
    pub new: usize,
    pub by: Match,
    pub in_order: bool,
}

/// What the alignment of two lists knows about their elements.
pub struct Lists<'a> {
    /// Pairs already decided (by id), with how.
    pub fixed: Vec<(usize, usize, Match)>,
    /// Identical keys mean identical wording; an empty key never matches.
    pub old_keys: &'a [String],
    pub new_keys: &'a [String],
    /// Similarity of an old and a new element, 0..1.
    pub similarity: &'a dyn Fn(usize, usize) -> f64,
    /// The least similarity that pairs two elements.
    pub threshold: f64,
    /// Whether two elements may be paired at all (two different ids never are).
    pub compatible: &'a dyn Fn(usize, usize) -> bool,
    /// Whether leftovers between pairs are paired by position.
    pub by_position: bool,
}

/// Pairs `old_keys.len()` old elements with `new_keys.len()` new ones. Every element is in at
/// most one pair; the pairs are sorted by old index.
pub fn align(lists: &Lists) -> Vec<Pair> {
    let (n_old, n_new) = (lists.old_keys.len(), lists.new_keys.len());
    let mut taken_old = vec![false; n_old];
    let mut taken_new = vec![false; n_new];
    let mut pairs: Vec<(usize, usize, Match)> = Vec::new();
    for &(o, n, by) in &lists.fixed {
        taken_old[o] = true;
        taken_new[n] = true;
        pairs.push((o, n, by));
    }
    // Identical wording, in order: the k-th old element with a key takes the k-th new one.
    let mut by_key: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (n, key) in lists.new_keys.iter().enumerate() {
        if !taken_new[n] && !key.is_empty() {
            by_key.entry(key).or_default().push_back(n);
        }
    }
    for (o, key) in lists.old_keys.iter().enumerate() {
        if taken_old[o] || key.is_empty() {
            continue;
        }
        let Some(queue) = by_key.get_mut(key.as_str()) else {
            continue;
        };
        if let Some(pos) = queue.iter().position(|&n| (lists.compatible)(o, n)) {
            let n = queue.remove(pos).unwrap_or_default();
            taken_old[o] = true;
            taken_new[n] = true;
            pairs.push((o, n, Match::Same));
        }
    }
    similar(lists, &mut taken_old, &mut taken_new, &mut pairs);
    let mut pairs = ordered(pairs);
    if lists.by_position {
        let extra = by_position(lists, &pairs, &taken_old, &taken_new);
        pairs.extend(extra);
        pairs.sort_by_key(|p| p.old);
    }
    pairs
}

/// Pairs the most similar leftovers first, down to the threshold.
fn similar(
    lists: &Lists,
    taken_old: &mut [bool],
    taken_new: &mut [bool],
    pairs: &mut Vec<(usize, usize, Match)>,
) {
    let old: Vec<usize> = (0..taken_old.len()).filter(|&o| !taken_old[o]).collect();
    let new: Vec<usize> = (0..taken_new.len()).filter(|&n| !taken_new[n]).collect();
    if old.is_empty() || new.is_empty() || old.len() * new.len() > MAX_SIMILARITY_PAIRS {
        return;
    }
    let mut candidates = Vec::new();
    for &o in &old {
        for &n in &new {
            if !(lists.compatible)(o, n) {
                continue;
            }
            let score = (lists.similarity)(o, n);
            if score >= lists.threshold {
                candidates.push((score, o, n));
            }
        }
    }
    // Best first; equal scores in list order, so the result never depends on sorting details.
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (score, o, n) in candidates {
        if taken_old[o] || taken_new[n] {
            continue;
        }
        taken_old[o] = true;
        taken_new[n] = true;
        pairs.push((o, n, Match::Similar(percent(score))));
    }
}

fn percent(score: f64) -> u8 {
    (score * 100.0).floor().clamp(0.0, 100.0) as u8
}

/// Sorts the pairs by old index and marks those outside the longest run that keeps the order
/// of both lists: those elements moved.
fn ordered(mut pairs: Vec<(usize, usize, Match)>) -> Vec<Pair> {
    pairs.sort_by_key(|p| p.0);
    let news: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    let keep = longest_increasing(&news);
    pairs
        .into_iter()
        .zip(keep)
        .map(|((old, new, by), in_order)| Pair {
            old,
            new,
            by,
            in_order,
        })
        .collect()
}

/// Which elements of `seq` belong to one longest strictly increasing subsequence (patience
/// sorting, O(n log n)); of equally long ones, the one that ends latest.
fn longest_increasing(seq: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // index into seq of the last element of each length
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &v) in seq.iter().enumerate() {
        let len = tails.partition_point(|&t| seq[t] < v);
        prev[i] = len.checked_sub(1).map(|l| tails[l]);
        if len == tails.len() {
            tails.push(i);
        } else {
            tails[len] = i;
        }
    }
    let mut keep = vec![false; seq.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        keep[i] = true;
        at = prev[i];
    }
    keep
}

/// Between two consecutive in-order pairs, the leftovers of both lists are paired in order.
fn by_position(lists: &Lists, pairs: &[Pair], taken_old: &[bool], taken_new: &[bool]) -> Vec<Pair> {
    let anchors: Vec<(usize, usize)> = pairs
        .iter()
        .filter(|p| p.in_order)
        .map(|p| (p.old, p.new))
        .chain(std::iter::once((taken_old.len(), taken_new.len())))
        .collect();
    let mut out = Vec::new();
    let (mut from_old, mut from_new) = (0, 0);
    for (to_old, to_new) in anchors {
        let old = (from_old..to_old).filter(|&o| !taken_old[o]);
        let new: Vec<usize> = (from_new..to_new).filter(|&n| !taken_new[n]).collect();
        let mut new = new.into_iter().peekable();
        for o in old {
            // Skip new elements this one may not pair with (a different id).
            while new.peek().is_some_and(|&n| !(lists.compatible)(o, n)) {
                new.next();
            }
            let Some(n) = new.next() else { break };
            out.push(Pair {
                old: o,
                new: n,
                by: Match::Position,
                in_order: true,
            });
        }
        (from_old, from_new) = (to_old + 1, to_new + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(words: &str) -> Vec<String> {
        words.split_whitespace().map(str::to_string).collect()
    }

    fn run(old: &str, new: &str, by_position: bool) -> Vec<(usize, usize, Match, bool)> {
        let (old, new) = (keys(old), keys(new));
        let similarity = |o: usize, n: usize| strsim::normalized_levenshtein(&old[o], &new[n]);
        let compatible = |_: usize, _: usize| true;
        align(&Lists {
            fixed: Vec::new(),
            old_keys: &old,
            new_keys: &new,
            similarity: &similarity,
            threshold: 0.6,
            compatible: &compatible,
            by_position,
        })
        .into_iter()
        .map(|p| (p.old, p.new, p.by, p.in_order))
        .collect()
    }

    #[test]
    fn an_insertion_leaves_the_rest_in_order() {
        let pairs = run("a b c d", "a b x c d", true);
        assert_eq!(
            pairs,
            [
                (0, 0, Match::Same, true),
                (1, 1, Match::Same, true),
                (2, 3, Match::Same, true),
                (3, 4, Match::Same, true)
            ]
        );
    }

    #[test]
    fn similar_then_position() {
        // "beta" became "betas" (similar); "gamma" became "zzz" (only its place says so).
        let pairs = run("alpha beta gamma delta", "alpha betas zzz delta", true);
        assert_eq!(pairs[1], (1, 1, Match::Similar(80), true));
        assert_eq!(pairs[2], (2, 2, Match::Position, true));
        // Without position, the rewritten element is removed and a new one added.
        assert_eq!(run("alpha gamma", "alpha zzz", false).len(), 1);
    }

    #[test]
    fn a_move_is_out_of_order() {
        let pairs = run("a b c d e", "a c d e b", true);
        let b = pairs.iter().find(|p| p.0 == 1).unwrap();
        assert_eq!(*b, (1, 4, Match::Same, false));
        assert!(pairs.iter().filter(|p| p.0 != 1).all(|p| p.3));
    }

    #[test]
    fn incompatible_elements_are_never_paired() {
        let (old, new) = (keys("a b"), keys("a b"));
        let similarity = |_: usize, _: usize| 1.0;
        let compatible = |o: usize, n: usize| o != 1 || n != 1;
        let pairs = align(&Lists {
            fixed: Vec::new(),
            old_keys: &old,
            new_keys: &new,
            similarity: &similarity,
            threshold: 0.5,
            compatible: &compatible,
            by_position: true,
        });
        assert_eq!(pairs.len(), 1);
    }

    #[test]
    fn longest_increasing_run() {
        assert_eq!(
            longest_increasing(&[0, 4, 1, 2, 3]),
            [true, false, true, true, true]
        );
        assert_eq!(longest_increasing(&[]), Vec::<bool>::new());
        assert_eq!(longest_increasing(&[2, 1, 0]), [false, false, true]);
    }
}
