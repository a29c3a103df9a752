//! The ToUnicode map of a font: which character each code stands for, so that readers can
//! search, copy and extract the text. The same CMap program printpdf wrote, in `bfchar`
//! blocks of at most 100 entries (the limit PostScript's CMap operators allow).

use std::fmt::Write;

/// The CMap of a font named `name` whose code n (from 1) shows `chars[n - 1]`.
pub fn to_unicode(name: &str, chars: &[char]) -> Vec<u8> {
    let mut out = String::with_capacity(600 + 20 * chars.len());
    let _ = write!(
        out,
        "/CIDInit /ProcSet findresource begin\n\n12 dict begin\n\nbegincmap\n\n\
         %!PS-Adobe-3.0 Resource-CMap\n%%DocumentNeededResources: procset CIDInit\n\
         %%IncludeResource: procset CIDInit\n\n/CIDSystemInfo 3 dict dup begin\n\
         /Registry (FontSpecific) def\n/Ordering ({name}) def\n/Supplement 0 def\nend def\n\n\
         /CMapName /FontSpecific-{name} def\n/CMapVersion 1 def\n/CMapType 2 def\n\
         /WMode 0 def\n\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    );
    let codes = (1u32..).zip(chars.iter().copied());
    let entries: Vec<(u32, char)> = codes.collect();
    for block in entries.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", block.len());
        for &(code, c) in block {
            let _ = write!(out, "<{code:04X}> <");
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "{unit:04X}");
            }
            out.push_str(">\n");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_maps_to_its_character_in_utf16() {
        let cmap = String::from_utf8(to_unicode("QUJATR", &['қ', ' ', '😀'])).unwrap();
        assert!(cmap.contains("/Ordering (QUJATR) def"), "{cmap}");
        assert!(
            cmap.contains(
                "3 beginbfchar\n<0001> <049B>\n<0002> <0020>\n<0003> <D83DDE00>\nendbfchar\n"
            ),
            "{cmap}"
        );
    }

    #[test]
    fn blocks_hold_at_most_100_entries() {
        let chars: Vec<char> = ('a'..='z').cycle().take(250).collect();
        let cmap = String::from_utf8(to_unicode("QUJATB", &chars)).unwrap();
        assert_eq!(cmap.matches("100 beginbfchar").count(), 2);
        assert_eq!(cmap.matches("50 beginbfchar").count(), 1);
        assert!(cmap.contains("<00FA> <0070>"), "{cmap}");
    }
}
